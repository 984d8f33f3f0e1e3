import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { DAY, film, openBoard, slotOn } from "./board-page";
import { drag, dragBy } from "./drag";
import { freshEdition, getOk, logIn, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

/**
 * The scheduling board (issue 7), against the production build: dnd-kit drags with
 * the mouse and with the keyboard, fit arithmetic shown before and after a drop,
 * conflicts, undo, an optimistic change the server refuses, and "what fits here".
 * The festival is in Lisbon, the browser in Tokyo, the server in Los Angeles.
 */

test.use({ viewport: { width: 1600, height: 1100 } });

/** A fresh edition with a 177-minute film and one slot in Cinema 1 on DAY, the board open on them. */
async function longFilmAndSlot(page: Page, name: string, start: string, end: string) {
  const { api, ed, tag } = await freshEdition(name);
  const title = `The Long Night ${tag}`;
  const id = await makeFilm(api, { title, runtimeMinutes: 177 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T${start}:00+01:00`, `${DAY}T${end}:00+01:00`);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  return { api, ed, title, id, slot, target: slotOn(page, "Cinema 1", start) };
}

async function slotsOf(api: APIRequestContext, slug: string) {
  const res = await getOk(api, `/api/v1/editions/${slug}/slots`);
  return (await res.json()).slots as {
    id: number;
    startsAt: string;
    endsAt: string;
    screening: { filmIds: number[]; status: string; version: number } | null;
    conflicts: { type: string }[];
  }[];
}

async function put(api: APIRequestContext, slug: string, slotId: number, body: Record<string, unknown>) {
  const res = await api.put(`/api/v1/editions/${slug}/slots/${slotId}/screening`, { data: body });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

test("1. a 177-minute film dragged into a 150-minute slot is refused with the arithmetic, and nothing is saved", async ({ page }) => {
  const { api, ed, id, slot: short, target } = await longFilmAndSlot(page, "b1", "14:00", "16:30");
  await expect(target).toContainText("150 min");

  await drag(page, film(page, id), target, {
    before: async () => {
      // While hovering, the target already says it will not fit, with the sum.
      await expect(target.getByTestId("drop-preview")).toHaveText("Won't fit: 177 = 177 min > 150 min slot, over by 27 min");
    },
  });
  await expect(page.getByTestId("board-error")).toHaveText("Not placed: 177 = 177 min > 150 min slot, over by 27 min");
  await expect(target).toContainText("Empty");
  const slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === short.id)!.screening).toBeNull();
});

test("2. the same film dragged into a 195-minute slot is saved with 18 min spare", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  const { api, ed, title, id, slot: long, target } = await longFilmAndSlot(page, "b2", "18:00", "21:15");
  await drag(page, film(page, id), target, {
    before: async () => {
      await expect(target.getByTestId("drop-preview")).toHaveText("Fits: 177 = 177 min <= 195 min slot, 18 min spare");
    },
  });
  await expect(target.getByTestId("fit-badge")).toHaveText("18 min spare");
  await expect(target.getByTestId("screening")).toHaveText(title);
  await expect(page.getByTestId("board-status")).toHaveText(`${title} placed in Cinema 1 at 18:00, 18 min spare`);
  const slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === long.id)!.screening).toMatchObject({ filmIds: [id], status: "confirmed" });
  // The film now counts as scheduled: "unscheduled only" hides it.
  await page.getByLabel("Unscheduled only").check();
  await expect(film(page, id)).toHaveCount(0);
  // Server and client render the board alike (no hydration mismatch).
  expect(consoleErrors.filter((e) => /hydrat/i.test(e))).toEqual([]);
});

test("3. moving a screening to a clashing time shows the conflict; undo restores the server state (and the same for a resize)", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("b3");
  const title = `Matewan ${tag}`;
  const id = await makeFilm(api, { title, runtimeMinutes: 100 });
  const a = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T14:00:00+01:00`, `${DAY}T16:00:00+01:00`);
  const b = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:30:00+01:00`, `${DAY}T20:30:00+01:00`);
  const c = await makeSlot(api, ed.slug, ed.venue2Id, `${DAY}T18:00:00+01:00`, `${DAY}T20:00:00+01:00`);
  await put(api, ed.slug, a.id, { filmIds: [id], status: "confirmed" });
  await put(api, ed.slug, c.id, { filmIds: [id], status: "confirmed" });
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const slotA = slotOn(page, "Cinema 1", "14:00");
  const slotB = slotOn(page, "Cinema 1", "18:30");
  const slotC = slotOn(page, "Hall B", "18:00");
  await expect(slotB.getByTestId("conflict-marker")).toHaveCount(0);

  // Move the 14:00 screening to 18:30: the same print is then in Hall B at 18:00 too.
  await drag(page, slotA.getByTestId("screening"), slotB);
  await expect(slotB.getByTestId("screening")).toHaveText(title);
  await expect(slotB.getByTestId("conflict-marker")).toBeVisible();
  await expect(slotB.getByTestId("conflict-marker")).toHaveAttribute("data-conflict-types", /film-overlap/);
  await expect(slotC.getByTestId("conflict-marker")).toBeVisible();
  await expect(page.getByTestId("board-status")).toHaveText(`${title} moved to Cinema 1 at 18:30, 20 min spare`);
  let slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === b.id)!.screening?.filmIds).toEqual([id]);
  expect(slots.find((s) => s.id === a.id)!.screening).toBeNull();

  // Undo: back in the 14:00 slot, no marker, and so on the server.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(slotA.getByTestId("screening")).toHaveText(title);
  await expect(slotB.getByTestId("conflict-marker")).toHaveCount(0);
  await expect(slotC.getByTestId("conflict-marker")).toHaveCount(0);
  slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === a.id)!.screening?.filmIds).toEqual([id]);
  expect(slots.find((s) => s.id === b.id)!.screening).toBeNull();
  expect(slots.flatMap((s) => s.conflicts)).toEqual([]);

  // Redo and undo again with the keyboard shortcuts.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+Shift+Z");
  await expect(slotB.getByTestId("screening")).toHaveText(title);
  await expect(slotB.getByTestId("conflict-marker")).toBeVisible();
  await page.keyboard.press("Control+Z");
  await expect(slotA.getByTestId("screening")).toHaveText(title);
  await expect(slotB.getByTestId("conflict-marker")).toHaveCount(0);

  // Resize the 14:00 slot's bottom edge down by 165 min (to 18:45): it overlaps 18:30.
  await dragBy(page, slotA.getByTestId("resize-handle"), 165);
  await expect(slotA).toContainText("14:00–18:45");
  await expect(slotA.getByTestId("conflict-marker")).toHaveAttribute("data-conflict-types", /venue-overlap/);
  await expect(slotB.getByTestId("conflict-marker")).toBeVisible();
  slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === a.id)!.endsAt).toBe(`${DAY}T18:45:00+01:00`);
  await page.keyboard.press("Control+Z");
  await expect(slotA).toContainText("14:00–16:00");
  await expect(slotA.getByTestId("conflict-marker")).toHaveCount(0);
  await expect(slotB.getByTestId("conflict-marker")).toHaveCount(0);
  slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === a.id)!.endsAt).toBe(`${DAY}T16:00:00+01:00`);
});

test("4. the same placement with the keyboard only: Space to pick up, arrows to a slot, Space to drop", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("b4");
  const title = `Salt of the Earth ${tag}`;
  const id = await makeFilm(api, { title, runtimeMinutes: 177 });
  const long = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T21:15:00+01:00`);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const target = slotOn(page, "Cinema 1", "18:00");
  await expect(film(page, id)).toBeVisible();

  await film(page, id).focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(150);
  await page.keyboard.press("ArrowRight");
  await expect(target.getByTestId("drop-preview")).toHaveText("Fits: 177 = 177 min <= 195 min slot, 18 min spare");
  // dnd-kit's live region says where it is and whether it fits.
  await expect(page.locator(`[id^="DndLiveRegion"]`)).toContainText(
    `is over Cinema 1 at 18:00, empty. Fits: 177 = 177 min <= 195 min slot, 18 min spare`,
  );
  await page.keyboard.press("Space");
  await expect(target.getByTestId("fit-badge")).toHaveText("18 min spare");
  await expect(page.getByTestId("board-status")).toHaveText(`${title} placed in Cinema 1 at 18:00, 18 min spare`);
  const slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === long.id)!.screening).toMatchObject({ filmIds: [id] });

  // Status with the keyboard: select the slot (Enter), pencil it in.
  await target.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Cinema 1, 18:00–21:15/ })).toBeFocused();
  await page.getByRole("button", { name: "Pencil in" }).focus();
  await page.keyboard.press("Enter");
  await expect(target.getByTestId("screening")).toHaveAttribute("data-status", "tentative");
  await expect(target.getByTestId("screening")).toHaveClass(/italic/);
  await expect(target).toHaveClass(/border-dashed/);
  await expect(page.getByTestId("board-status")).toHaveText(`${title} in Cinema 1 at 18:00 is now pencilled in`);
});

test("5. an optimistic change the server refuses (stale version) rolls back and says so", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("b5");
  const first = `First Feature ${tag}`;
  const second = `Second Short ${tag}`;
  const firstId = await makeFilm(api, { title: first, runtimeMinutes: 90 });
  const secondId = await makeFilm(api, { title: second, runtimeMinutes: 20 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T21:15:00+01:00`);
  const placed = await put(api, ed.slug, slot.id, { filmIds: [firstId], status: "confirmed" });
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const target = slotOn(page, "Cinema 1", "18:00");
  await expect(target.getByTestId("screening")).toHaveText(first);

  // The board stops hearing about changes (its polls fail) while another programmer pencils the screening in.
  const listUrl = (u: URL) => u.pathname === `/api/v1/editions/${ed.slug}/slots`;
  await page.route(listUrl, (route) => (route.request().method() === "GET" ? route.abort() : route.continue()));
  await put(api, ed.slug, slot.id, { filmIds: [firstId], status: "tentative", version: placed.screening.version });

  // Adding a film to the programme is shown at once, sent with the old version (held back a moment
  // so the optimistic picture can be seen), refused with 409 and rolled back.
  const putUrl = (u: URL) => u.pathname === `/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`;
  await page.route(putUrl, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await drag(page, film(page, secondId), target);
  // A film dropped on a screening asks first (issue 16): add it to the programme.
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("choice-fit").nth(1)).toHaveText("Fits: 90 + 20 = 110 min <= 195 min slot, 85 min spare");
  await dialog.getByRole("button", { name: "Add to the programme" }).click();
  await expect(target.getByTestId("screening")).toHaveText(`${first} + ${second}`);
  await expect(page.getByTestId("board-error")).toHaveText("Someone else changed this slot; the board has been reloaded");
  await expect(target.getByTestId("screening")).toHaveText(first);
  let slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === slot.id)!.screening).toMatchObject({ filmIds: [firstId], status: "tentative" });

  // Once the board can reload, it shows the other programmer's change.
  await page.unroute(listUrl);
  await expect(target.getByTestId("screening")).toHaveAttribute("data-status", "tentative", { timeout: 10_000 });
  slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === slot.id)!.screening!.filmIds).toEqual([firstId]);
});

test("5b. undo after someone else changed the screening is refused, not overwriting their change", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("b5b");
  const title = `Undo Guard ${tag}`;
  const id = await makeFilm(api, { title, runtimeMinutes: 90 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T21:15:00+01:00`);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const target = slotOn(page, "Cinema 1", "18:00");
  await drag(page, film(page, id), target);
  await expect(target.getByTestId("screening")).toHaveText(title);
  // The optimistic picture comes first; wait for the server's answer before reading it.
  await expect(page.getByTestId("board-status")).toHaveText(`${title} placed in Cinema 1 at 18:00, 105 min spare`);
  // Another programmer pencils it in and adds a Q&A; the board polls and shows it.
  const mine = (await slotsOf(api, ed.slug)).find((s) => s.id === slot.id)!.screening!;
  await put(api, ed.slug, slot.id, { filmIds: [id], status: "tentative", qaMinutes: 20, version: mine.version });
  await expect(target.getByTestId("screening")).toHaveAttribute("data-status", "tentative", { timeout: 10_000 });
  // Undoing my placement now would delete their screening: refused, and theirs stays.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("board-error")).toContainText("Could not undo");
  const after = (await slotsOf(api, ed.slug)).find((s) => s.id === slot.id)!.screening;
  expect(after).toMatchObject({ filmIds: [id], status: "tentative", qaMinutes: 20 });
});

test("5c. undoing a clear after someone filled the slot is refused, keeping their screening", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("b5c");
  const mineId = await makeFilm(api, { title: `Cleared ${tag}`, runtimeMinutes: 90 });
  const theirsId = await makeFilm(api, { title: `Theirs ${tag}`, runtimeMinutes: 80 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T21:15:00+01:00`);
  await put(api, ed.slug, slot.id, { filmIds: [mineId], status: "confirmed" });
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const target = slotOn(page, "Cinema 1", "18:00");
  await target.focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("slot-details").getByRole("button", { name: "Clear", exact: true }).click();
  await expect(target.getByTestId("screening")).toHaveCount(0);
  await put(api, ed.slug, slot.id, { filmIds: [theirsId], status: "tentative" });
  await expect(target.getByTestId("screening")).toContainText(`Theirs ${tag}`, { timeout: 10_000 });
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("board-error")).toContainText("Could not undo");
  const after = (await slotsOf(api, ed.slug)).find((s) => s.id === slot.id)!.screening;
  expect(after).toMatchObject({ filmIds: [theirsId], status: "tentative" });
});

test("6. what fits here: the film that exactly fills the slot comes first, and is placed with one key", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("b6");
  const exact = `Exact Fill ${tag}`;
  await makeFilm(api, { title: `Ten Spare ${tag}`, runtimeMinutes: 140 });
  await makeFilm(api, { title: `Alpha Short ${tag}`, runtimeMinutes: 90 });
  const exactId = await makeFilm(api, { title: exact, runtimeMinutes: 150 });
  await makeFilm(api, { title: `Too Long ${tag}`, runtimeMinutes: 170 });
  const slot = await makeSlot(api, ed.slug, ed.venue2Id, `${DAY}T14:00:00+01:00`, `${DAY}T16:30:00+01:00`);
  // A film that would fill it exactly too, but is already scheduled elsewhere: not offered.
  const scheduledId = await makeFilm(api, { title: `Scheduled Exact ${tag}`, runtimeMinutes: 150 });
  const elsewhere = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T20:00:00+01:00`, `${DAY}T23:00:00+01:00`);
  await put(api, ed.slug, elsewhere.id, { filmIds: [scheduledId], status: "confirmed" });
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  await expect(page.getByRole("list", { name: "Films to place" }).locator("[data-film-id]")).toHaveCount(5);

  const target = slotOn(page, "Hall B", "14:00");
  await target.focus();
  await page.keyboard.press("Enter");
  const list = page.getByTestId("what-fits");
  await expect(list.getByRole("button")).toHaveCount(3);
  await expect(list.getByRole("button").nth(0)).toHaveText(`Place ${exact} (150 min, fills it exactly)`);
  await expect(list.getByRole("button").nth(1)).toContainText(`Ten Spare ${tag} (140 min, 10 min spare)`);
  await expect(list.getByRole("button").nth(2)).toContainText(`Alpha Short ${tag}`);
  await expect(list).not.toContainText("Too Long");
  await expect(list).not.toContainText("Scheduled Exact");

  await list.getByRole("button").nth(0).focus();
  await page.keyboard.press("Enter");
  await expect(target.getByTestId("fit-badge")).toHaveText("fits");
  await expect(page.getByTestId("board-status")).toHaveText(`${exact} placed in Hall B at 14:00, fits`);
  const slots = await slotsOf(api, ed.slug);
  expect(slots.find((s) => s.id === slot.id)!.screening).toMatchObject({ filmIds: [exactId], status: "confirmed" });
});

test("7. drawing on an empty column and a daily pattern create slots", async ({ page }) => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  await logIn(page);
  await openBoard(page, ed.slug, "zzz-none");
  // Draw 10:00-12:00 in Hall B: the column's top is the 06:00 day-break, 1 px per minute.
  const layer = page.locator(`section[data-venue-id="${ed.venue2Id}"] [data-testid="draw-layer"]`);
  const grid = page.getByTestId("board-grid");
  await grid.evaluate((el) => (el.scrollTop = 200));
  const box = (await layer.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 240; // 10:00
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 10, { steps: 3 });
  await page.mouse.move(x, y + 120, { steps: 15 });
  await expect(page.getByTestId("draw-preview")).toHaveText("120 min");
  await page.mouse.up();
  await expect(slotOn(page, "Hall B", "10:00")).toContainText("10:00–12:00");
  await expect(page.getByTestId("board-status")).toHaveText("New slot in Hall B, 10:00–12:00 (120 min)");

  // A daily pattern: every festival day 14:00, 17:00, 20:30 in Cinema 1, 150 min.
  await page.getByText("Create slots from a daily pattern").click();
  const form = page.getByRole("form", { name: "Daily pattern" });
  await form.getByLabel("Venue").selectOption({ label: "Cinema 1" });
  await form.getByLabel("Start times").fill("14:00, 17:00, 20:30");
  await form.getByLabel("Minutes each").fill("150");
  await form.getByRole("button", { name: "Create slots" }).click();
  await expect(page.getByTestId("board-status")).toHaveText("9 slots created in Cinema 1");
  await expect(slotOn(page, "Cinema 1", "20:30")).toContainText("20:30–23:00");
  const slots = await slotsOf(api, ed.slug);
  expect(slots).toHaveLength(10);
  // Undo takes the whole pattern away (one step), redo makes it again.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(slotOn(page, "Cinema 1", "20:30")).toHaveCount(0);
  await expect.poll(async () => (await slotsOf(api, ed.slug)).length).toBe(1);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(slotOn(page, "Cinema 1", "20:30")).toContainText("20:30–23:00");
  await expect.poll(async () => (await slotsOf(api, ed.slug)).length).toBe(10);
  // Undo twice: the pattern, then the drawn slot.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(async () => (await slotsOf(api, ed.slug)).length).toBe(1);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(slotOn(page, "Hall B", "10:00")).toHaveCount(0);
  await expect.poll(async () => (await slotsOf(api, ed.slug)).length).toBe(0);
});
