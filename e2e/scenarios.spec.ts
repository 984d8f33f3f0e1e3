import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { drag } from "./drag";
import { freshEdition, getOk, logIn, makeFilm, makeSlot } from "./helpers";

/**
 * Scenarios in the browser (issue 16 §1): make one from the working lineup on the board, change
 * it there (a drag), compare it (figures and changes), promote it, undo the promotion; the
 * working lineup is untouched until the promotion and back as it was after the undo.
 */

test.use({ viewport: { width: 1600, height: 1100 } });

const DAY = "2026-10-24";
const slotOn = (page: Page, venue: string, start: string) => page.getByRole("article", { name: new RegExp(`^${venue}, ${start} to `) });

async function workingPicture(api: APIRequestContext, slug: string) {
  const slots = (await (await getOk(api, `/api/v1/editions/${slug}/slots`)).json()).slots as {
    startsAt: string;
    screening: { id: number; filmIds: number[] } | null;
  }[];
  return slots.map((s) => ({ startsAt: s.startsAt, screening: s.screening?.id ?? null }));
}

test("create a scenario from the working lineup, change it on the board, compare, promote and undo", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("scen");
  const title = `Matewan ${tag}`;
  const film = await makeFilm(api, { title, runtimeMinutes: 130 });
  const a = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T14:00:00+01:00`, `${DAY}T16:30:00+01:00`);
  await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T20:30:00+01:00`);
  expect(
    (await api.put(`/api/v1/editions/${ed.slug}/slots/${a.id}/screening`, { data: { filmIds: [film], status: "confirmed" } })).status(),
  ).toBe(200);
  const before = await workingPicture(api, ed.slug);

  await logIn(page);
  await page.goto(`/admin/editions/${ed.slug}/board/${DAY}`);
  await expect(page.getByTestId("board")).toBeVisible();
  const lineup = page.getByRole("navigation", { name: "Scenarios" });
  await expect(lineup.getByRole("link", { name: "Working lineup" })).toHaveAttribute("aria-current", "page");

  // New scenario from the working lineup: the board opens on it, the URL says so
  await page.getByText("New scenario", { exact: true }).click();
  const form = page.getByRole("form", { name: "New scenario" });
  await form.getByLabel("Name").fill("Evening strand");
  await form.getByLabel("Start from").selectOption("current");
  await form.getByRole("button", { name: "Create scenario" }).click();
  await expect(page).toHaveURL(/\?scenario=\d+$/);
  const scenarioId = Number(new URL(page.url()).searchParams.get("scenario"));
  await expect(lineup.getByRole("link", { name: "Evening strand" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("note")).toContainText("You are working in the scenario Evening strand");

  // Change it on the board: the screening moves from 14:00 to 18:00
  await drag(page, slotOn(page, "Cinema 1", "14:00").getByTestId("screening"), slotOn(page, "Cinema 1", "18:00"));
  await expect(slotOn(page, "Cinema 1", "18:00").getByTestId("screening")).toHaveText(title);
  await expect(page.getByTestId("board-status")).toContainText(`${title} moved to Cinema 1 at 18:00`);
  // the board's next day keeps the scenario
  await expect(page.getByRole("navigation", { name: "Board days" }).getByRole("link", { name: /→/ })).toHaveAttribute(
    "href",
    `/admin/editions/${ed.slug}/board/2026-10-25?scenario=${scenarioId}`,
  );
  // the working lineup is untouched
  expect(await workingPicture(api, ed.slug)).toEqual(before);
  const moved = (await (await getOk(api, `/api/v1/editions/${ed.slug}/slots?scenario=${scenarioId}`)).json()).slots;
  expect(moved.map((s: { screening: unknown }) => s.screening !== null)).toEqual([false, true]);

  // Compare: the figures and the changes
  await page.getByRole("link", { name: "Compare with the working lineup" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare “Evening strand” with the working lineup");
  const figures = page.getByRole("table", { name: "Figures" });
  await expect(figures.getByRole("row", { name: /^Screenings 1 1 =/ })).toBeVisible();
  await expect(figures.getByRole("row", { name: /^Empty slot minutes 170 170 =/ })).toBeVisible();
  const changes = page.getByRole("list", { name: "Changes" });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes.getByRole("listitem")).toContainText(title);
  await expect(page.getByRole("region", { name: /^Evening strand, / }).locator(`[data-slot-films="${title}"]`)).toContainText("18:00");
  await expect(page.getByRole("region", { name: /^Working lineup, / }).locator(`[data-slot-films="${title}"]`)).toContainText("14:00");

  // Promote, then undo
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Make Evening strand the working lineup" }).click();
  await expect(page).toHaveURL(/\/scenarios\?kept=\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "is the working lineup now" })).toContainText(
    "“Evening strand” is the working lineup now; the previous one is kept as “before promoting Evening strand”",
  );
  const promoted = await workingPicture(api, ed.slug);
  expect(promoted.map((s) => s.screening)).toEqual([null, before[0]?.screening]);
  await page.getByRole("button", { name: "Undo the promotion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toHaveText(
    "Undone: the working lineup is as it was; “Evening strand” is a scenario again.",
  );
  expect(await workingPicture(api, ed.slug)).toEqual(before);
  await expect(page.getByRole("rowheader", { name: "Evening strand" })).toBeVisible();
});
