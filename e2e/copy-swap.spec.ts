import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { freshEdition, getOk, logIn, makeFilm, makeSlot } from "./helpers";

/** Issue 16 §3 on the board: "Copy day…" and "Swap venues…", each one step of undo. */

test.use({ viewport: { width: 1600, height: 1100 } });

const DAY = "2026-10-24";

const slotOn = (page: Page, venue: string, start: string) => page.getByRole("article", { name: new RegExp(`^${venue}, ${start} to `) });

async function dayOf(api: APIRequestContext, slug: string, day: string) {
  const res = await getOk(api, `/api/v1/editions/${slug}/slots?day=${day}`);
  return (await res.json()).slots as {
    id: number;
    venueId: number;
    startsAt: string;
    screening: { filmIds: number[]; status: string } | null;
  }[];
}

async function setUp(page: Page, name: string) {
  const { api, ed, tag } = await freshEdition(name);
  const a = await makeFilm(api, { title: `Aurora ${tag}`, runtimeMinutes: 90 });
  const b = await makeFilm(api, { title: `Borealis ${tag}`, runtimeMinutes: 100 });
  for (const [venueId, filmId] of [
    [ed.venueId, a],
    [ed.venue2Id, b],
  ] as const) {
    const slot = await makeSlot(api, ed.slug, venueId, `${DAY}T18:00:00+01:00`, `${DAY}T20:00:00+01:00`);
    const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [filmId], status: "confirmed" },
    });
    expect(res.status()).toBe(200);
  }
  await logIn(page);
  await page.goto(`/admin/editions/${ed.slug}/board/${DAY}`);
  await expect(page.getByTestId("board")).toBeVisible();
  return { api, ed, tag, a, b };
}

test("copy a day to the next one from the board, then undo the copy", async ({ page }) => {
  const { api, ed, a, b } = await setUp(page, "cs1");
  await page.getByText("Copy day…").click();
  const form = page.getByRole("form", { name: "Copy day" });
  await form.getByLabel("Copy to").selectOption("2026-10-25");
  await form.getByRole("button", { name: "Copy day" }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Copied Sat 24 Oct to Sun 25 Oct, screenings as tentative");
  const copied = await dayOf(api, ed.slug, "2026-10-25");
  expect(copied.map((s) => [s.startsAt, s.screening?.filmIds, s.screening?.status])).toEqual([
    ["2026-10-25T18:00:00+00:00", [a], "tentative"],
    ["2026-10-25T18:00:00+00:00", [b], "tentative"],
  ]);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Undone: copy Sat 24 Oct to Sun 25 Oct");
  expect(await dayOf(api, ed.slug, "2026-10-25")).toEqual([]);
  expect(await dayOf(api, ed.slug, DAY)).toHaveLength(2);
  // Redo copies again (new slots); undoing that deletes the new ones.
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Redone: copy Sat 24 Oct to Sun 25 Oct");
  expect(await dayOf(api, ed.slug, "2026-10-25")).toHaveLength(2);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Undone: copy Sat 24 Oct to Sun 25 Oct");
  expect(await dayOf(api, ed.slug, "2026-10-25")).toEqual([]);
});

test("swap two venues from the board, then undo the swap", async ({ page }) => {
  const { api, ed, tag, a, b } = await setUp(page, "cs2");
  await expect(slotOn(page, "Cinema 1", "18:00")).toContainText(`Aurora ${tag}`);
  await page.getByText("Swap venues…").click();
  const form = page.getByRole("form", { name: "Swap venues" });
  await form.getByLabel("Swap").selectOption({ label: "Cinema 1" });
  await form.getByLabel("with").selectOption({ label: "Hall B" });
  await form.getByRole("button", { name: "Swap venues" }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Swapped Cinema 1 and Hall B on Sat 24 Oct");
  await expect(slotOn(page, "Cinema 1", "18:00")).toContainText(`Borealis ${tag}`);
  await expect(slotOn(page, "Hall B", "18:00")).toContainText(`Aurora ${tag}`);
  const filmIn = async (venueId: number) => (await dayOf(api, ed.slug, DAY)).find((s) => s.venueId === venueId)?.screening?.filmIds;
  expect([await filmIn(ed.venueId), await filmIn(ed.venue2Id)]).toEqual([[b], [a]]);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("board-status")).toHaveText("Undone: swap Cinema 1 and Hall B");
  await expect(slotOn(page, "Cinema 1", "18:00")).toContainText(`Aurora ${tag}`);
  expect([await filmIn(ed.venueId), await filmIn(ed.venue2Id)]).toEqual([[a], [b]]);
});
