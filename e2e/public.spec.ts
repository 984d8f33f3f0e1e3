import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { DEMO_SLUG } from "./constants";
import { makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

/** Every public page of an edition: index, each day, its grid and print sheet, each venue and film, changes, search. */
async function publicPages(api: APIRequestContext, slug: string): Promise<string[]> {
  const body = await (await api.get(`/api/v1/editions/${slug}/schedule`)).json();
  const pages = new Set<string>(["/", `/schedule/${slug}`, `/schedule/${slug}/changes`, `/schedule/${slug}/search?q=a`]);
  for (const d of body.days) {
    pages.add(`/schedule/${slug}/${d.date}`);
    pages.add(`/schedule/${slug}/${d.date}/grid`);
    pages.add(`/schedule/${slug}/${d.date}/print`);
    for (const s of d.screenings) {
      pages.add(`/schedule/${slug}/venues/${s.venue.slug}`);
      for (const f of s.films) pages.add(new URL(f.url, "http://x").pathname);
    }
  }
  return [...pages];
}

async function publish(api: APIRequestContext, slug: string, note?: string) {
  const res = await api.post(`/api/v1/editions/${slug}/releases`, { data: note ? { note } : {} });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test.describe("public schedule", () => {
  test("publish -> the public day page changes at once -> the changes page lists it; a cancelled screening stays, struck through", async ({
    page,
  }) => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Bread and Roses", year: 2000, directors: ["Ken Loach"], runtimeMinutes: 110 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
    await publish(api, ed.slug, "Opening programme");

    const day = `/schedule/${ed.slug}/2026-10-23`;
    await page.goto(day);
    const item = page.locator("li[data-screening-id]").filter({ hasText: "Bread and Roses" });
    await expect(item.locator('[data-field="start"]')).toHaveText("18:00");
    await page.goto(day); // served from the page cache now
    const cached = await api.get(day);
    expect(cached.headers()["x-lineup-cache"]).toBe("HIT");
    expect(cached.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect((await api.get(day, { headers: { "if-none-match": cached.headers().etag ?? "" } })).status()).toBe(304);

    // Move it to 21:00 and publish: the cached page must show the new time at once.
    const moved = await api.patch(`/api/v1/editions/${ed.slug}/slots/${slot.id}`, {
      data: { startsAt: "2026-10-23T21:00:00+01:00", endsAt: "2026-10-23T23:00:00+01:00" },
    });
    expect(moved.status()).toBe(200);
    const r2 = await publish(api, ed.slug, "Later start");
    expect(r2.changes.map((c: { type: string }) => c.type)).toEqual(["retimed"]);
    await page.goto(day);
    await expect(item.locator('[data-field="start"]')).toHaveText("21:00");

    // Cancel and publish: still listed, struck through and marked Cancelled.
    const scr = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], status: "cancelled" } });
    expect(scr.status()).toBe(200);
    await publish(api, ed.slug);
    await page.goto(day);
    await expect(item).toContainText("Cancelled");
    await expect(item.locator(".line-through")).toContainText("Bread and Roses");

    await page.goto(`/schedule/${ed.slug}/changes`);
    const releases = page.locator("[data-release]");
    await expect(releases).toHaveCount(3);
    await expect(releases.nth(0)).toContainText("Release 3");
    await expect(releases.nth(0)).toContainText("Cancelled: Bread and Roses");
    await expect(releases.nth(1)).toContainText("Later start");
    await expect(releases.nth(1)).toContainText("Bread and Roses moved from Fri 23 Oct 18:00 to Fri 23 Oct 21:00");
    await expect(releases.nth(2)).toContainText("Opening programme");
  });

  test("every public page works without JavaScript", async ({ browser }) => {
    const api = await signedIn();
    const pages = await publicPages(api, DEMO_SLUG);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const p of pages) {
      const res = await page.goto(p);
      expect(res?.status(), p).toBe(200);
      await expect(page.locator("main"), p).toBeVisible();
      if (/\/\d{4}-\d\d-\d\d$/.test(p)) expect(await page.locator("li[data-screening-id]").count(), p).toBeGreaterThan(0);
    }
    // The filter form is a plain GET form.
    await page.goto(`/schedule/${DEMO_SLUG}`);
    const form = page.locator("form[method=get], form:not([method])").first();
    await expect(form).toBeVisible();
    await ctx.close();
  });

  test("every public page has no serious or critical accessibility violations (axe)", async ({ page }) => {
    const api = await signedIn();
    const pages = await publicPages(api, DEMO_SLUG);
    const failures: string[] = [];
    for (const p of pages) {
      await page.goto(p);
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations.filter((x) => x.impact === "serious" || x.impact === "critical"))
        failures.push(
          `${p}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
        );
    }
    expect(failures).toEqual([]);
  });

  test("a <script> typed into any field is shown as text on every page; internal notes and tentative screenings never appear", async ({
    page,
  }) => {
    const api = await signedIn();
    const xss = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
    const ed = await makeEdition(api, { name: `Fest ${xss}` });
    const venue = await api.post(`/api/v1/editions/${ed.slug}/venues`, { data: { name: `Room ${xss}`, changeoverMinutes: 0 } });
    expect(venue.status()).toBe(201);
    const film = await makeFilm(api, {
      title: `Title ${xss}`,
      originalTitle: `Orig ${xss}`,
      directors: [`Dir ${xss}`],
      cast: [`Cast ${xss}`],
      countries: [`Country ${xss}`],
      languages: [`Lang ${xss}`],
      subtitles: `Subs ${xss}`,
      genre: `Genre ${xss}`,
      synopsis: `Synopsis ${xss}`,
      runtimeMinutes: 90,
      year: 1999,
      internalNotes: "SECRET-NOTE call +351 912 345 678",
    });
    const hidden = await makeFilm(api, { title: "Pencilled Secret", runtimeMinutes: 60 });
    const a = await makeSlot(api, ed.slug, (await venue.json()).id, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00");
    const b = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${a.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
    expect(
      (await api.put(`/api/v1/editions/${ed.slug}/slots/${b.id}/screening`, { data: { filmIds: [hidden], status: "tentative" } })).status(),
    ).toBe(200);
    await publish(api, ed.slug, `Note ${xss}`);

    const pages = await publicPages(api, ed.slug);
    expect(pages.length).toBeGreaterThan(6);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const p of pages) {
      await page.goto(p);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), p).toBeUndefined();
      const html = await page.content();
      expect(html, p).not.toContain("SECRET-NOTE");
      expect(html, p).not.toContain("912 345 678");
      expect(html, p).not.toContain("Pencilled Secret");
      if (p.includes("/films/") || p.endsWith("/2026-10-24"))
        expect(await page.locator("main").textContent(), p).toContain("<script>window.__xss=1</script>");
    }
    expect(dialogs).toBe(0);
  });
});
