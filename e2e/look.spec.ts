import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { contrast, MIN_CONTRAST, readableShade, textOn } from "@/lib/colour";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";
import { PAGE_VIEWS, programmePage } from "@/lib/programme-pages";
import { DEMO_SLUG } from "./constants";
import { anonymous, logIn, makeEdition, makeFilm, makeSlot, serverDatabase, signedIn } from "./helpers";

/** "rgb(242, 193, 78)" -> "#f2c14e" */
function hexOf(rgb: string): string {
  const parts = rgb.match(/\d+(\.\d+)?/g)?.slice(0, 3) ?? [];
  return `#${parts.map((p) => Math.round(Number(p)).toString(16).padStart(2, "0")).join("")}`;
}

/** An edition with the given accent, one screening on 2026-10-23, released. */
async function releasedWithAccent(api: APIRequestContext, accentColor: string, days: Record<string, string> = {}) {
  const ed = await makeEdition(api, { name: `Festa Łódź Çağrı ${accentColor}`, ...days });
  const patched = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { accentColor: accentColor.toUpperCase() } });
  expect(patched.status(), await patched.text()).toBe(200);
  expect((await patched.json()).accentColor).toBe(accentColor);
  const film = await makeFilm(api, { title: "São Bernardo", directors: ["Leon Hirszman"], runtimeMinutes: 113, year: 1972 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
  expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
  expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
  return ed.slug;
}

/** Console errors (a CSP violation is one) and uncaught errors while `fn` runs. */
async function consoleErrors(page: Page, fn: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  await fn();
  page.off("console", onConsole);
  page.off("pageerror", onError);
  return errors;
}

test.describe("the festival's look", () => {
  for (const { accent, text } of [
    { accent: "#7a1f2b", text: "#ffffff" },
    { accent: "#f2c14e", text: "#000000" },
  ])
    test(`accent ${accent}: the released day page's header is in it, with ${text} text at >= 4.5:1, no CSP error, the font served`, async ({
      page,
    }) => {
      const api = await signedIn();
      const slug = await releasedWithAccent(api, accent);
      const day = `/schedule/${slug}/2026-10-23`;
      const res = await api.get(day);
      expect(res.headers()["x-lineup-cache"]).toBe("HIT");
      expect(res.headers()["content-security-policy"]).toContain(`script-src '${PLANNER_SCRIPT_HASH}';`);

      const errors = await consoleErrors(page, async () => {
        await page.goto(day);
        await page.evaluate(() => document.fonts.ready);
      });
      expect(errors).toEqual([]);

      const band = page.locator(".edition-header .bg-accent");
      const bg = hexOf(await band.evaluate((el) => getComputedStyle(el).backgroundColor));
      expect(bg).toBe(accent);
      const name = band.getByRole("link", { name: `Festa Łódź Çağrı ${accent}` });
      const fg = hexOf(await name.evaluate((el) => getComputedStyle(el).color));
      expect(fg).toBe(text);
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      // The accent as text on the page: its readable shade.
      const shade = await page
        .locator(".edition-theme")
        .evaluate((el) => getComputedStyle(el).getPropertyValue("--color-accent-dark").trim());
      expect(shade).toBe(readableShade(accent));
      expect(contrast(shade, "#fbfaf7")).toBeGreaterThanOrEqual(MIN_CONTRAST);
      await expect(page.getByRole("link", { name: "Fri 23 Oct" })).toHaveAttribute("aria-current", "page");

      // The shipped font: used, loaded and served as font/woff2 (no remote font).
      expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"', "Łódź"))).toBe(true);
      const fonts = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((n) => n.endsWith(".woff2")),
      );
      expect(fonts.length).toBeGreaterThan(0);
      const anon = await anonymous();
      for (const f of fonts) {
        const u = new URL(f);
        expect(u.origin).toBe(new URL(page.url()).origin);
        const font = await anon.get(u.pathname);
        expect(font.status(), u.pathname).toBe(200);
        expect(font.headers()["content-type"]).toBe("font/woff2");
      }
      expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.help}`))).toEqual([]);
    });

  test("an edition with a logo: the header shows it, its alt the festival's name, with its width and height", async ({ page }) => {
    const api = await signedIn();
    const slug = await releasedWithAccent(api, "#1b2a4a");
    // The logo's upload is the images' part (h-images); the header only renders what the edition has.
    const db = await serverDatabase();
    db.prepare("UPDATE editions SET logo = ? WHERE slug = ?").run(
      JSON.stringify({ key: "abc123", type: "svg", width: 240, height: 80 }),
      slug,
    );
    db.close();
    const film = await makeFilm(api, { title: "Terra em Transe", runtimeMinutes: 115 });
    const ed = (await (await api.get(`/api/v1/editions/${slug}`)).json()) as { venues: { id: number }[] };
    const slot = await makeSlot(api, slug, ed.venues[0]?.id ?? 0, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
    expect((await api.post(`/api/v1/editions/${slug}/releases`, { data: {} })).status()).toBe(201);

    await page.goto(`/schedule/${slug}/2026-10-24`);
    const logo = page.locator(".edition-header img");
    await expect(logo).toHaveAttribute("src", "/media/logos/abc123.svg");
    await expect(logo).toHaveAttribute("alt", "Festa Łódź Çağrı #1b2a4a");
    await expect(logo).toHaveAttribute("width", "240");
    await expect(logo).toHaveAttribute("height", "80");
    // The link home is named once (by the logo), not twice.
    await expect(page.locator(".edition-header").getByRole("link", { name: "Festa Łódź Çağrı #1b2a4a", exact: true })).toHaveCount(1);
  });

  test("the edition settings form sets the accent colour, with a text field beside the picker", async ({ page }) => {
    const api = await signedIn();
    const { slug } = await makeEdition(api);
    await logIn(page, `/admin/editions/${slug}`);
    const form = page.getByRole("form", { name: "Edition settings" });
    await form.getByLabel("Accent colour", { exact: true }).fill("#7A1F2B");
    await expect(form.getByLabel("Pick the accent colour")).toHaveValue("#7a1f2b");
    await expect(form.getByText(`On the public pages: ${textOn("#7a1f2b").note} on the header.`)).toBeVisible();
    expect(textOn("#7a1f2b").note).toMatch(/^white text, \d+\.\d:1$/);
    await form.getByRole("button", { name: "Save settings" }).click();
    // Saved: the form comes back with the stored (lower-case) value.
    await expect.poll(async () => (await (await api.get(`/api/v1/editions/${slug}`)).json()).accentColor).toBe("#7a1f2b");
    await expect(form.getByLabel("Accent colour", { exact: true })).toHaveValue("#7a1f2b");

    await form.getByLabel("Accent colour", { exact: true }).fill("wine");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.locator('[data-field-error="accentColor"]')).toContainText("must be a colour like #b3261e");
  });

  test("axe: no violation of any impact on every kind of public page of the demo festival (day, grid, print, film with and without a still, venue, search, changes, index, week, embed, planner), at 1440 and 390 wide", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const api = await signedIn();
    const body = await (await api.get(`/api/v1/editions/${DEMO_SLUG}/schedule`)).json();
    const first = body.days.find((d: { screenings: unknown[] }) => d.screenings.length > 0);
    const s = first.screenings[0];
    type Film = { url: string; image: unknown };
    const withImage: Film | undefined = body.days
      .flatMap((d: { screenings: { films: Film[] }[] }) => d.screenings)
      .flatMap((x: { films: Film[] }) => x.films)
      .find((f: Film) => f.image);
    expect(withImage, "the demo has a film with a still").toBeDefined();
    const pages = [
      `/schedule/${DEMO_SLUG}/${first.date}`,
      `/schedule/${DEMO_SLUG}/${first.date}/grid`,
      `/schedule/${DEMO_SLUG}/${first.date}/print`,
      new URL(s.films[0].url, "http://x").pathname,
      new URL(withImage?.url ?? "/", "http://x").pathname,
      `/schedule/${DEMO_SLUG}/venues/${s.venue.slug}`,
      `/schedule/${DEMO_SLUG}/search?q=a`,
      `/schedule/${DEMO_SLUG}/search?access=open-captions&section=Shorts`,
      `/schedule/${DEMO_SLUG}/changes`,
      `/schedule/${DEMO_SLUG}`,
      `/schedule/${DEMO_SLUG}/week/${first.date}`,
      `/schedule/${DEMO_SLUG}/embed`,
      `/schedule/${DEMO_SLUG}/embed/day/${first.date}`,
      `/schedule/${DEMO_SLUG}/planner?films=${Number.parseInt(String(s.films[0].url).split("/").pop() ?? "", 10)}`,
    ];
    // No kind of public page is left out.
    const views = new Set(pages.map((p) => programmePage(new URL(p, "http://x").pathname)?.view));
    expect(PAGE_VIEWS.filter((v) => !views.has(v))).toEqual([]);
    const failures: string[] = [];
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      for (const p of pages) {
        await page.goto(p);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations)
          failures.push(
            `${width} ${p}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  test("at 390 px the header leaves the programme above the fold", async ({ page }) => {
    const api = await signedIn();
    const body = await (await api.get(`/api/v1/editions/${DEMO_SLUG}/schedule`)).json();
    const first = body.days.find((d: { screenings: unknown[] }) => d.screenings.length > 0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/schedule/${DEMO_SLUG}/${first.date}`);
    const header = await page.locator("header.edition-header").boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(200);
    const firstScreening = await page.locator("li[data-screening-id]").first().boundingBox();
    expect(firstScreening?.y ?? 9999).toBeLessThan(844);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A ten-day festival: the days scroll sideways, and the ninth day's page opens with its own day in view.
    const slug = await releasedWithAccent(api, "#2e7d32", { firstDay: "2026-10-20", lastDay: "2026-10-29" });
    await page.goto(`/schedule/${slug}/2026-10-28`);
    const tab = await page.getByRole("link", { name: "Wed 28" }).boundingBox();
    expect(tab?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((tab?.x ?? 999) + (tab?.width ?? 0)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("link", { name: "Tue 20 Oct" })).not.toBeInViewport();
  });
});
