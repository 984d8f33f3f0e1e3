import { expect, type Page } from "@playwright/test";

/** The festival day the board specs work on (Lisbon, +01:00). */
export const DAY = "2026-10-24";

/** Opens the board of DAY with the film panel searched for `search` (and only its result listed). */
export async function openBoard(page: Page, slug: string, search: string) {
  await page.goto(`/admin/editions/${slug}/board/${DAY}`);
  await expect(page.getByTestId("board")).toBeVisible();
  await page.getByLabel("Search films").fill(search);
  // Wait until the list shows the search's result only (a chip must not move under the mouse).
  await expect(page.getByRole("list", { name: "Films to place" }).locator("[data-film-id]").filter({ hasNotText: search })).toHaveCount(0);
}

/** A slot by its accessible name, "{venue}, {HH:MM} to …". */
export const slotOn = (page: Page, venue: string, start: string) =>
  page.getByRole("article", { name: new RegExp(`^${venue}, ${start} to `) });

/** A film chip of the panel. */
export const film = (page: Page, id: number) => page.locator(`[data-film-id="${id}"]`);
