/**
 * The festival's languages (issue 17 §3, §5): the demo festival is in English (default, today's
 * paths) and Portuguese (/pt/...). Portuguese pages with Portuguese dates and words, <html lang>,
 * hreflang alternates, the switcher, the week, embed and planner pages, the fallback's lang attribute, feeds in Portuguese, the
 * edition's languages set through the API (422 naming the field), and axe on every public page in
 * both languages.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "./constants";
import { anonymous, logIn, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

const DAY = "2026-10-24";

test.describe("the festival's languages", () => {
  test("a Portuguese day page: Portuguese dates and words, html lang, alternates and the switcher", async ({ page }) => {
    const res = await page.goto(`/pt/schedule/${DEMO_SLUG}/${DAY}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^sábado, 24 de outubro de 2026$/);
    await expect(page.locator("main")).toContainText("legendas em inglês");
    await expect(page.locator("main")).not.toContainText(/English|Portuguese|Spanish/);
    await expect(page.locator("header")).toContainText("Hora da Europa Ocidental");
    await expect(page.locator("header")).not.toContainText("Lisbon");
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

  test("the Portuguese week page: Portuguese words and dates, links that stay in Portuguese", async ({ page }) => {
    const res = await page.goto(`/pt/schedule/${DEMO_SLUG}/week/2026-10-23`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Filmes de sexta, 23\/10 a domingo, 25\/10$/);
    await expect(page.getByRole("list", { name: "Filmes desta semana" })).toBeVisible();
    await expect(page.getByText("sábado, 24/10").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "O Sal da Terra" }).first()).toHaveAttribute("href", /^\/pt\/schedule\/[^/]+\/films\//);
    const times = await page.locator("[data-screening-id] a").evaluateAll((ls) => ls.map((l) => l.getAttribute("href")));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((h) => h?.startsWith(`/pt/schedule/${DEMO_SLUG}/`))).toBe(true);
    await page.goto(`/pt/schedule/${DEMO_SLUG}`);
    await expect(page.locator('[data-link="week"]')).toHaveText(
      /^Filme a filme, a semana a partir de sexta, 23\/10$|^Esta semana, filme a filme$/,
    );
  });

  test("the Portuguese embeddable listing: words, dates and links to the Portuguese pages", async ({ page }) => {
    const res = await page.goto(`/pt/schedule/${DEMO_SLUG}/embed/day/${DAY}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("sábado, 24 de outubro de 2026");
    await expect(page.getByRole("link", { name: "Programa completo (abre num novo separador)" })).toHaveAttribute(
      "href",
      `/pt/schedule/${DEMO_SLUG}`,
    );
    await expect(page.getByRole("list", { name: "Sessões de sábado, 24 de outubro de 2026" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^O Sal da Terra/ }).first()).toHaveAttribute("target", "_blank");
    const english = await page.goto(`/schedule/${DEMO_SLUG}/embed/day/${DAY}`);
    expect(english?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Full programme (opens in a new tab)" })).toHaveAttribute("href", `/schedule/${DEMO_SLUG}`);
  });

  test("the Portuguese planner: toggle, bar, plan, reasons, dates and calendar in Portuguese; the API stays English", async ({
    page,
    request,
  }) => {
    await page.goto(`/pt/schedule/${DEMO_SLUG}/${DAY}`);
    const toggle = page.getByRole("button", { name: /^Quero ver/ }).first();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const bar = page.getByRole("navigation", { name: "O seu plano" });
    await expect(bar.getByRole("link")).toHaveText("Planear o meu filme →");
    await expect(bar.getByRole("link")).toHaveAttribute("href", new RegExp(`^/pt/schedule/${DEMO_SLUG}/planner\\?films=`));
    const ids = await page.locator("[data-want]").evaluateAll((ls) => [...new Set(ls.map((l) => (l as HTMLElement).dataset.want))]);
    const films = ids.slice(0, 4).join(",");
    await page.goto(`/pt/schedule/${DEMO_SLUG}/planner?films=${films}&to=23:30`);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planeie o seu festival");
    await expect(page.locator("[data-plan-summary]")).toHaveText(/^\d+ de \d+ filmes? (cabe|cabem)(, em \d+ dias?)?\.$/);
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(/^(sexta-feira|sábado|domingo), 2\d de outubro de 2026$/);
    await expect(page.getByRole("button", { name: "Fazer o meu plano" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Adicionar este plano ao seu calendário (iCal)" })).toHaveAttribute(
      "href",
      new RegExp(`^/pt/schedule/${DEMO_SLUG}/planner\\.ics\\?`),
    );
    const late = await page.goto(`/pt/schedule/${DEMO_SLUG}/planner?films=${films}&from=23:40&to=23:50`);
    expect(late?.status()).toBe(200);
    await expect(page.locator("[data-missed]").first()).toContainText("nenhuma sessão entre 23:40 e 23:50");
    const ics = await request.get(`/pt/schedule/${DEMO_SLUG}/planner.ics?films=${films}`);
    expect(ics.status()).toBe(200);
    expect((await ics.text()).replace(/\r\n[ \t]/g, "")).toContain("O meu plano");
    const api = await request.get(`/api/v1/editions/${DEMO_SLUG}/planner?films=${films}&from=23:40&to=23:50`);
    expect(api.status()).toBe(200);
    const missed = (await api.json()).missed as { reason: string }[];
    expect(missed.at(0)?.reason).toBe("no screening between 23:40 and 23:50");
  });

  test("the assign form sets a programme's Portuguese title; the Portuguese day page shows it, the English keeps its own", async ({
    page,
  }) => {
    const api = await signedIn();
    const ed = await makeEdition(api, { locales: ["en", "pt"], defaultLocale: "en" });
    const film = await makeFilm(api, { title: `Looms ${ed.slug}`, runtimeMinutes: 50 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00");
    const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [film], title: "Shorts: Work and Hands", translations: { pt: { description: "Kept" } } },
    });
    expect(put.status(), await put.text()).toBe(200);
    await logIn(page);
    await page.goto(`/admin/editions/${ed.slug}/days/2026-10-24`);
    const card = page.getByRole("article", { name: "Slot 18:00 to 19:30" });
    await card.getByRole("button", { name: "Edit screening" }).click();
    const form = card.getByRole("form", { name: "Assign films" });
    await expect(form.getByLabel("Description (pt)")).toHaveValue("Kept");
    await form.getByLabel("Title (pt)").fill("Curtas: Trabalho e Mãos");
    await form.getByRole("button", { name: "Save screening" }).click();
    await expect(form).toBeHidden();
    const saved = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening;
    expect(saved.translations).toEqual({ pt: { title: "Curtas: Trabalho e Mãos", description: "Kept" } });
    // a PUT without translations keeps them
    const again = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [film], title: "Shorts: Work and Hands", version: saved.version },
    });
    expect(again.status(), await again.text()).toBe(200);
    expect((await again.json()).screening.translations).toEqual(saved.translations);
    expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
    const anon = await anonymous();
    const pt = await (await anon.get(`/pt/schedule/${ed.slug}/2026-10-24`)).text();
    expect(pt).toContain("Curtas: Trabalho e Mãos");
    const en = await (await anon.get(`/schedule/${ed.slug}/2026-10-24`)).text();
    expect(en).toContain("Shorts: Work and Hands");
    expect(en).not.toContain("Curtas: Trabalho e Mãos");
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
    const plannerFilms = (await page.locator("[data-want]").evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.want)))
      .slice(0, 4)
      .join(",");
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
      "/week/2026-10-23",
      "/embed",
      `/embed/day/${DAY}`,
      `/planner?films=${plannerFilms}&to=23:30`,
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
