import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "./constants";
import { anonymous, logIn, makeEdition, signedIn } from "./helpers";

/**
 * What is not there is a 404 with the festival's page, readable without JavaScript (the
 * audience's day pages run no script at all). Next's notFound() sends an empty shell that
 * only JavaScript fills in; proxy.ts answers the audience's missing pages before that.
 */
test.describe("not found", () => {
  test("an audience page the release does not have: 404 with the page in the HTML, no script needed", async () => {
    const api = await signedIn();
    const unreleased = await makeEdition(api);
    const anon = await anonymous();
    for (const url of [
      `/schedule/${DEMO_SLUG}/1999-01-01`,
      `/schedule/${DEMO_SLUG}/1999-01-01/grid`,
      `/schedule/${DEMO_SLUG}/1999-01-01/print`,
      `/schedule/${DEMO_SLUG}/venues/no-such-hall`,
      `/schedule/${DEMO_SLUG}/films/999999-no-such-film`,
      "/schedule/no-such-festival",
      "/schedule/no-such-festival/search",
      "/schedule/no-such-festival/changes",
      `/schedule/${unreleased.slug}`,
      `/schedule/${unreleased.slug}/2026-10-23`,
      "/no/such/address",
    ]) {
      const res = await anon.get(url);
      expect(res.status(), url).toBe(404);
      const html = await res.text();
      expect(html, url).toContain("There is no such page");
      expect(html, url).toContain('href="/"');
      expect(html, url).not.toContain("__next_error__");
    }
  });

  test("with JavaScript off, the 404 reads the same", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(`/schedule/${DEMO_SLUG}/1999-01-01`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "There is no such page" })).toBeVisible();
    await page.getByRole("link", { name: "Every published programme" }).click();
    await expect(page.getByRole("link", { name: /Picket Line/ }).first()).toBeVisible();
    await context.close();
  });

  test("the programmers' area: a wrong day or record is a 404 with a way back", async ({ page }) => {
    await logIn(page);
    for (const url of [
      `/admin/editions/${DEMO_SLUG}/board/1999-01-01`,
      `/admin/editions/${DEMO_SLUG}/days/not-a-day`,
      "/admin/editions/no-such-festival",
      "/admin/films/999999",
    ]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" }), url).toBeVisible();
      await expect(page.getByRole("link", { name: "Catalogue" }).last()).toBeVisible();
    }
  });
});
