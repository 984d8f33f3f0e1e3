import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { DAY, openBoard, slotOn } from "./board-page";
import { drag } from "./drag";
import { freshEdition, getOk, logIn, makeFilm, makeSlot } from "./helpers";

/**
 * A screening dragged onto a slot that holds another (issue 16 §4), against the production build:
 * the board asks "Replace", "Add to the programme", "Swap" or "Cancel", each with its fit
 * arithmetic, by mouse and by keyboard, each choice one undo step, inside a scenario too.
 * The festival is in Lisbon (+01:00 on DAY).
 */

test.use({ viewport: { width: 1440, height: 900 } });

const at = (time: string) => `${DAY}T${time}:00+01:00`;

type SlotAnswer = { id: number; startsAt: string; screening: { filmIds: number[] } | null };

/** Each slot's films by start time, as the API lists the lineup (a scenario's with `scenario`). */
async function lineup(api: APIRequestContext, slug: string, scenario?: number): Promise<Record<string, number[]>> {
  const res = await getOk(api, `/api/v1/editions/${slug}/slots${scenario ? `?scenario=${scenario}` : ""}`);
  const slots = (await res.json()).slots as SlotAnswer[];
  return Object.fromEntries(slots.map((s) => [s.startsAt.slice(11, 16), s.screening?.filmIds ?? []]));
}

/** Two 120-min slots in Cinema 1: 14:00 holds `early` (60 or 30 min), 18:00 holds an 80-min film. */
async function twoScreenings(name: string, earlyMinutes: number) {
  const { api, ed, tag } = await freshEdition(name);
  const late = await makeFilm(api, { title: `Norma Rae ${tag}`, runtimeMinutes: 80 });
  const early = await makeFilm(api, { title: `Early ${tag}`, runtimeMinutes: earlyMinutes });
  for (const [start, end, filmId] of [
    ["14:00", "16:00", early],
    ["18:00", "20:00", late],
  ] as const) {
    const s = await makeSlot(api, ed.slug, ed.venueId, at(start), at(end));
    const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${s.id}/screening`, { data: { filmIds: [filmId] } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return { api, ed, tag, early, late };
}

const chip = (page: Page, start: string) => slotOn(page, "Cinema 1", start).getByTestId("screening");

function fits(dialog: Locator) {
  return dialog.getByTestId("choice-fit");
}

test("a screening dragged onto another asks Replace, Add, Swap or Cancel with each one's arithmetic; each is one undo step (mouse)", async ({
  page,
}) => {
  const { api, ed, tag, early, late } = await twoScreenings("bd1", 60);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const dialog = page.getByRole("dialog");
  const target = slotOn(page, "Cinema 1", "18:00");
  const before = { "14:00": [early], "18:00": [late] };

  await drag(page, chip(page, "14:00"), target);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toContainText(`already has Norma Rae ${tag}`);
  await expect(fits(dialog).nth(0)).toHaveText("Fits: 60 = 60 min <= 120 min slot, 60 min spare");
  await expect(fits(dialog).nth(1)).toHaveText("Won't fit: 80 + 60 = 140 min > 120 min slot, over by 20 min");
  await expect(dialog.getByRole("button", { name: "Add to the programme" })).toBeDisabled();
  await expect(fits(dialog).nth(2)).toHaveText(
    `Fits: Early ${tag} here: 60 = 60 min <= 120 min slot, 60 min spare; Norma Rae ${tag} there: 80 = 80 min <= 120 min slot, 40 min spare`,
  );
  await expect(dialog.getByText(`Norma Rae ${tag} moves to Cinema 1`)).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await lineup(api, ed.slug)).toEqual(before);

  // Swap: the two change places; one undo puts both back.
  await drag(page, chip(page, "14:00"), target);
  await dialog.getByRole("button", { name: "Swap" }).click();
  await expect(target.getByTestId("fit-badge")).toHaveText("60 min spare");
  await expect.poll(() => lineup(api, ed.slug)).toEqual({ "14:00": [late], "18:00": [early] });
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => lineup(api, ed.slug)).toEqual(before);
  await expect(target.getByTestId("fit-badge")).toHaveText("40 min spare");

  // Replace: it moves here, the screening that was here comes off; one undo restores both.
  await drag(page, chip(page, "14:00"), target);
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect.poll(() => lineup(api, ed.slug)).toEqual({ "14:00": [], "18:00": [early] });
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => lineup(api, ed.slug)).toEqual(before);
  // ... and redo makes the replacement again.
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => lineup(api, ed.slug)).toEqual({ "14:00": [], "18:00": [early] });
});

test("the same question by keyboard inside a scenario: Add to the programme, undone with Ctrl+Z; the working lineup untouched", async ({
  page,
}) => {
  const { api, ed, early, late } = await twoScreenings("bd2", 30);
  const res = await api.post(`/api/v1/editions/${ed.slug}/scenarios`, { data: { name: "Late strand", from: "current" } });
  expect(res.status(), await res.text()).toBe(201);
  const scenario = (await res.json()).id as number;
  const before = { "14:00": [early], "18:00": [late] };
  await logIn(page, `/admin/editions/${ed.slug}/board/${DAY}?scenario=${scenario}`);
  await expect(page.getByTestId("board")).toBeVisible();
  const dialog = page.getByRole("dialog");
  const target = slotOn(page, "Cinema 1", "18:00");

  const pickUpAndDrop = async () => {
    await chip(page, "14:00").focus();
    await page.keyboard.press("Space");
    await page.waitForTimeout(150);
    // Down the column until the 18:00 slot is the target (the first step may land on its own slot).
    await expect(async () => {
      await page.keyboard.press("ArrowDown");
      await expect(target.getByTestId("drop-preview")).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await expect(target.getByTestId("drop-preview")).toHaveText(
      "Drop to choose: replace, add or swap (fits: 30 = 30 min <= 120 min slot, 90 min spare)",
    );
    await expect(page.locator(`[id^="DndLiveRegion"]`)).toContainText("Drop to choose: replace, add to the programme or swap (fits: ");
    await page.keyboard.press("Space");
    await expect(dialog).toBeVisible();
  };

  await pickUpAndDrop();
  await expect(dialog.getByRole("button", { name: "Replace" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await lineup(api, ed.slug, scenario)).toEqual(before);

  await pickUpAndDrop();
  await expect(fits(dialog).nth(1)).toHaveText("Fits: 80 + 30 = 110 min <= 120 min slot, 10 min spare");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Add to the programme" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(target.getByTestId("fit-badge")).toHaveText("10 min spare");
  await expect.poll(() => lineup(api, ed.slug, scenario)).toEqual({ "14:00": [], "18:00": [late, early] });
  expect(await lineup(api, ed.slug)).toEqual(before);

  await page.keyboard.press("Control+z");
  await expect.poll(() => lineup(api, ed.slug, scenario)).toEqual(before);
  expect(await lineup(api, ed.slug)).toEqual(before);
});

test("a choice refused half-way (someone changed the dragged screening) is rolled back: neither slot is left half-written", async ({
  page,
}) => {
  const { api, ed, tag, early, late } = await twoScreenings("bd3", 60);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const before = await getOk(api, `/api/v1/editions/${ed.slug}/slots`);
  const source = ((await before.json()).slots as (SlotAnswer & { screening: { version: number } })[]).find((s) =>
    s.startsAt.includes("T14:00"),
  );
  if (!source) throw new Error("no 14:00 slot");
  // The board stops hearing about changes (its polls fail) while another programmer pencils the 14:00 screening in.
  const listUrl = (u: URL) => u.pathname === `/api/v1/editions/${ed.slug}/slots`;
  await page.route(listUrl, (route) => (route.request().method() === "GET" ? route.abort() : route.continue()));
  const other = await api.put(`/api/v1/editions/${ed.slug}/slots/${source.id}/screening`, {
    data: { filmIds: [early], status: "tentative", version: source.screening.version },
  });
  expect(other.status(), await other.text()).toBe(200);

  // Replace: the 18:00 screening is taken off, then the move is refused (stale version): the 18:00 one is put back.
  await drag(page, chip(page, "14:00"), slotOn(page, "Cinema 1", "18:00"));
  await page.getByRole("dialog").getByRole("button", { name: "Replace" }).click();
  await expect(page.getByTestId("board-error")).toHaveText("Someone else changed this slot; the board has been reloaded");
  expect(await lineup(api, ed.slug)).toEqual({ "14:00": [early], "18:00": [late] });
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
});
