/**
 * The embeddable listing (issue 17 §4): /schedule/{edition}/embed and /embed/day/{date}, framed
 * only by the edition's embedOrigins (PATCH /api/v1/editions/{slug}); every other page refuses
 * frames. Two tiny sites on two other loopback ports each frame it: one allowed, one not.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_SLUG, E2E_PORT } from "./constants";
import { anonymous, baseURL, logIn, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

/** A site on its own loopback port whose one page frames `src`. */
async function framingSite(port: number, src: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>A cinema</title><h1>Our cinema</h1><iframe src="${src}" title="Festival programme" width="320" height="480"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Opens the site and says whether the frame showed the listing, with the console's refusals. */
async function frameShows(page: Page, origin: string): Promise<{ shown: boolean; refusals: string[] }> {
  const refusals: string[] = [];
  const onConsole = (m: { text(): string }) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  };
  page.on("console", onConsole);
  await page.goto(origin);
  await page.waitForLoadState("load");
  const frame = page.frameLocator('iframe[title="Festival programme"]');
  const shown = await frame
    .getByRole("link", { name: /Full programme/ })
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  page.off("console", onConsole);
  return { shown, refusals };
}

test("the embed is framed by an allowed origin and refused by another; its links open a new tab; other pages refuse frames", async ({
  page,
}) => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const film = await makeFilm(api, { title: "Framed Film", runtimeMinutes: 90 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00");
  expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
  expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
  const embed = `${baseURL}/schedule/${ed.slug}/embed`;
  const allowed = await framingSite(E2E_PORT + 1001, embed);
  const other = await framingSite(E2E_PORT + 1002, embed);
  try {
    // Bad origins: 422 naming the entry; nothing saved.
    const bad = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { embedOrigins: [allowed.origin, `${other.origin}/page`] } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.fields).toEqual({ "embedOrigins.1": expect.stringContaining("origin") });
    // Before any origin is listed, no site may frame it.
    const anon = await anonymous();
    const none = await anon.get(`/schedule/${ed.slug}/embed`);
    expect(none.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect((await frameShows(page, allowed.origin)).shown).toBe(false);

    const ok = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { embedOrigins: [`${allowed.origin}/`] } });
    expect(ok.status(), await ok.text()).toBe(200);
    expect((await ok.json()).embedOrigins).toEqual([allowed.origin]);

    // The header of the stored page (no new release) names the allowed origin; no X-Frame-Options.
    for (const path of [`/schedule/${ed.slug}/embed`, `/schedule/${ed.slug}/embed/day/2026-10-24`]) {
      const res = await anon.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["x-lineup-cache"], path).toBe("HIT");
      expect(res.headers()["content-security-policy"], path).toMatch(new RegExp(`frame-ancestors ${allowed.origin}$`));
      expect(res.headers()["x-frame-options"], path).toBeUndefined();
    }
    // Every other page keeps refusing frames.
    for (const path of [`/schedule/${ed.slug}/2026-10-24`, `/schedule/${ed.slug}`, "/login"]) {
      const res = await anon.get(path);
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }

    const yes = await frameShows(page, allowed.origin);
    expect(yes).toEqual({ shown: true, refusals: [] });
    const frame = page.frameLocator('iframe[title="Festival programme"]');
    await expect(frame.getByRole("heading", { level: 1 })).toContainText(`Test ${ed.slug}`);
    await expect(frame.locator("header")).toHaveCount(0);
    await expect(frame.locator("footer")).toBeHidden();
    const link = frame.getByRole("link", { name: /Framed Film/ });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener");
    // Narrow: nothing wider than the 320 px frame.
    expect(await frame.locator("html").evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(320);
    const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await expect(tab).toHaveURL(new RegExp(`/schedule/${ed.slug}/films/`));
    await tab.close();

    const no = await frameShows(page, other.origin);
    expect(no.shown).toBe(false);
    expect(no.refusals.join("\n")).toContain(`frame-ancestors ${allowed.origin}`);
  } finally {
    await allowed.close();
    await other.close();
  }
});

test("the edition's settings page sets the sites that may embed the listing, and names a bad one", async ({ page }) => {
  const api = await signedIn();
  const { slug } = await makeEdition(api);
  await logIn(page, `/admin/editions/${slug}`);
  const form = page.getByRole("form", { name: "Edition settings" });
  const field = form.getByLabel("Sites that may embed the programme");
  await field.fill("https://Cinema.example/\nhttps://festival.example:8443");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect
    .poll(async () => (await (await api.get(`/api/v1/editions/${slug}`)).json()).embedOrigins)
    .toEqual(["https://cinema.example", "https://festival.example:8443"]);
  await expect(field).toHaveValue("https://cinema.example\nhttps://festival.example:8443");

  await field.fill("https://cinema.example/whats-on");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.locator('[data-field-error="embedOrigins"]')).toContainText("must be an absolute http(s) origin");
  expect((await (await api.get(`/api/v1/editions/${slug}`)).json()).embedOrigins).toEqual([
    "https://cinema.example",
    "https://festival.example:8443",
  ]);
});

test("keyboard focus is visible on the week and embed pages", async ({ page }) => {
  for (const path of [`/schedule/${DEMO_SLUG}/embed`, `/schedule/${DEMO_SLUG}/week/2026-10-23`]) {
    await page.goto(path);
    // The skip link, then the page's first links: each shows a ring of at least 2 px.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(ring, `${path}: tab ${i + 1}`).not.toBeNull();
      expect(ring?.style, `${path}: tab ${i + 1}`).not.toBe("none");
      expect(ring?.width ?? 0, `${path}: tab ${i + 1}`).toBeGreaterThanOrEqual(2);
    }
  }
});
