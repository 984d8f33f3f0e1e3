/**
 * The festival's languages (issue 17 §3, §5): the demo festival is in English (default, today's
 * paths) and Portuguese (/pt/...). Portuguese pages with Portuguese dates and words, <html lang>,
 * hreflang alternates, the switcher, the fallback's lang attribute, feeds in Portuguese, the
 * edition's languages set through the API (422 naming the field), and axe on every public page in
 * both languages.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "./constants";
import { makeEdition, signedIn } from "./helpers";

const DAY = "2026-10-24";

test.describe("the festival's languages", () => {
  test("a Portuguese day page: Portuguese dates and words, html lang, alternates and the switcher", async ({ page }) => {
    const res = await page.goto(`/pt/schedule/${DEMO_SLUG}/${DAY}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^sábado, 24 de outubro de 2026$/);
    await expect(page.getByRole("navigation", { name: "Dias do festival" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Programa para imprimir" })).toHaveAttribute(
      "href",
      `/pt/schedule/${DEMO_SLUG}/${DAY}/print`,
    );
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
    expect(alternates).toEqual(
      expect.arrayContaining([
        ["en", `/schedule/${DEMO_SLUG}/${DAY}`],
        ["pt", `/pt/schedule/${DEMO_SLUG}/${DAY}`],
      ]),
    );
    const switcher = page.getByRole("navigation", { name: "Idioma" });
    await switcher.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/schedule/${DEMO_SLUG}/${DAY}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saturday, 24 October 2026");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Português" }).click();
    await expect(page).toHaveURL(new RegExp(`/pt/schedule/${DEMO_SLUG}/${DAY}$`));
  });

  test("programmer text is translated where given, else the English text marked lang=en", async ({ page }) => {
    await page.goto(`/pt/schedule/${DEMO_SLUG}/${DAY}`);
    const titles = page.locator('[data-field="title"]');
    await expect(page.getByRole("link", { name: "O Sal da Terra" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "O Sal da Terra" }).first()).not.toHaveAttribute("lang", /./);
    const fallback = page.getByRole("link", { name: "Matewan" }).first();
    await expect(fallback).toHaveAttribute("lang", "en");
    expect(await titles.count()).toBeGreaterThan(0);
  });

  test("an English page is unchanged at today's address; a language the edition lacks is a 404", async ({ page, request }) => {
    await page.goto(`/schedule/${DEMO_SLUG}/${DAY}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Salt of the Earth" }).first()).toBeVisible();
    expect((await request.get(`/en/schedule/${DEMO_SLUG}/${DAY}`)).status()).toBe(404);
    expect((await request.get(`/fr/schedule/${DEMO_SLUG}/${DAY}`)).status(), "a language without a message file").toBe(404);
    const api = await signedIn();
    const plain = await makeEdition(api, { name: "English Only Fest" });
    expect((await request.get(`/pt/schedule/${plain.slug}`)).status()).toBe(404);
  });

  test("the feeds in Portuguese: the whole festival's calendar with Portuguese titles and words", async ({ request }) => {
    const res = await request.get(`/pt/schedule/${DEMO_SLUG}/schedule.ics`);
    expect(res.status()).toBe(200);
    const body = (await res.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("O Sal da Terra");
    expect(body).toContain("Conversa com");
    expect(body).toContain("Curtas: Mãos ao Trabalho");
    const english = (await (await request.get(`/schedule/${DEMO_SLUG}/schedule.ics`)).text()).replace(/\r\n[ \t]/g, "");
    expect(english).toContain("Salt of the Earth");
    expect(english).not.toContain("O Sal da Terra");
  });

  test("PATCH /api/v1/editions/{slug}: locales and defaultLocale, 422 naming the field", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api, { name: "Languages Fest" });
    const unknown = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { locales: ["pt", "xx"] } });
    expect(unknown.status()).toBe(422);
    expect((await unknown.json()).error.fields).toHaveProperty("locales");
    const outside = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { locales: ["pt"], defaultLocale: "en" } });
    expect(outside.status()).toBe(422);
    expect((await outside.json()).error.fields).toHaveProperty("defaultLocale");
    const badTranslation = await api.patch(`/api/v1/editions/${ed.slug}`, { data: { translations: { pt: { title: "x" } } } });
    expect(badTranslation.status()).toBe(400);
    expect(Object.keys((await badTranslation.json()).error.fields)).toEqual(["translations.pt.title"]);
    const ok = await api.patch(`/api/v1/editions/${ed.slug}`, {
      data: { locales: ["pt", "en"], defaultLocale: "pt", translations: { pt: { name: "Festa das Línguas" } } },
    });
    expect(ok.status(), await ok.text()).toBe(200);
    expect(await ok.json()).toMatchObject({
      locales: ["pt", "en"],
      defaultLocale: "pt",
      translations: { pt: { name: "Festa das Línguas" } },
    });
    const venue = await api.patch(`/api/v1/editions/${ed.slug}/venues/${ed.venueId}`, { data: { translations: { pt: { name: "Sala" } } } });
    expect(venue.status(), await venue.text()).toBe(200);
    expect((await venue.json()).translations).toEqual({ pt: { name: "Sala" } });
  });

  test("axe: no violation of any impact on every public page in English and Portuguese", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/schedule/${DEMO_SLUG}/${DAY}`);
    const films = await page
      .locator('a[href*="/films/"]')
      .evaluateAll((ls) => ls.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    const film = films.find((f) => f.includes("salt-of-the-earth")) ?? "";
    const untranslated = films.find((f) => f.includes("matewan")) ?? "";
    expect(film && untranslated).toBeTruthy();
    const paths = [
      film.replace(`/schedule/${DEMO_SLUG}`, ""),
      untranslated.replace(`/schedule/${DEMO_SLUG}`, ""),
      "",
      `/${DAY}`,
      `/${DAY}/grid`,
      `/${DAY}/print`,
      "/venues/cinema-operario",
      "/changes",
      "/search?q=a",
      "/no-such-page",
    ];
    const failures: string[] = [];
    for (const prefix of ["", "/pt"])
      for (const p of paths) {
        await page.goto(`${prefix}/schedule/${DEMO_SLUG}${p}`);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations)
          failures.push(
            `${prefix}${p}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
          );
      }
    expect(failures).toEqual([]);
  });
});
