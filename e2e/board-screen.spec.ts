import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { DAY, film, openBoard, slotOn } from "./board-page";
import { drag } from "./drag";
import { anonymous, freshEdition, getOk, logIn, makeFilm, makeSlot } from "./helpers";

/**
 * A board that uses the screen (issue 16 §4), against the production build: the columns share
 * the width with the hours and venue headers sticky, zoom, chips that never wrap their runtime,
 * badges never under the resize handle, the replace / add / cancel dialog by mouse and keyboard
 * with each choice's arithmetic, holds (private, refusing drops), venue choice, film filters,
 * and the festival overview. The festival is in Lisbon (+01:00 on DAY).
 */

test.use({ viewport: { width: 1440, height: 900 } });

const at = (time: string) => `${DAY}T${time}:00+01:00`;

async function slotOf(api: APIRequestContext, slug: string, id: number) {
  const res = await getOk(api, `/api/v1/editions/${slug}/slots/${id}`);
  return (await res.json()) as { holdNote: string | null; screening: { filmIds: number[] } | null };
}

async function put(api: APIRequestContext, slug: string, slotId: number, filmIds: number[]) {
  const res = await api.put(`/api/v1/editions/${slug}/slots/${slotId}/screening`, { data: { filmIds } });
  expect(res.status(), await res.text()).toBe(200);
}

async function boxOf(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error(`not visible: ${l}`);
  return b;
}

test("the venues share the width; hours and headers stay in view; zoom shows the whole day and is remembered; runtimes and badges stay readable", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("bs1");
  const id = await makeFilm(api, { title: `Harlan County USA ${tag}`, runtimeMinutes: 103 });
  const short = await makeFilm(api, { title: `Lunch ${tag}`, runtimeMinutes: 22 });
  const s = await makeSlot(api, ed.slug, ed.venueId, at("14:00"), at("14:30"));
  await put(api, ed.slug, s.id, [short]);
  await logIn(page);
  await openBoard(page, ed.slug, tag);

  // Two venues share the grid's width (no empty half screen).
  const grid = page.getByTestId("board-grid");
  const gridBox = await boxOf(grid);
  const cols = page.locator("section[data-venue-id]");
  await expect(cols).toHaveCount(2);
  const c1 = await boxOf(cols.nth(0));
  const c2 = await boxOf(cols.nth(1));
  expect(Math.abs(c1.width - c2.width)).toBeLessThan(2);
  expect(c1.width + c2.width + 64).toBeGreaterThan(gridBox.width - 8);

  // Scrolled down, the venue headers stay at the grid's top and the hours at its left.
  await grid.evaluate((el) => {
    el.scrollTop = 600;
  });
  const header = await boxOf(cols.nth(0).getByRole("heading", { name: /Cinema 1/ }));
  expect(Math.abs(header.y - gridBox.y)).toBeLessThan(3);

  // The runtime is on one line: "103 min" never wraps.
  const runtime = film(page, id).locator("span.whitespace-nowrap");
  await expect(runtime).toHaveText("103 min");
  expect(await runtime.evaluate((el) => el.getClientRects().length)).toBe(1);

  // The 30-minute slot's badge is not under its resize handle.
  const slot = slotOn(page, "Cinema 1", "14:00");
  await slot.scrollIntoViewIfNeeded();
  const badge = await boxOf(slot.getByTestId("fit-badge"));
  const handle = await boxOf(slot.getByTestId("resize-handle"));
  const overlaps =
    badge.x < handle.x + handle.width &&
    handle.x < badge.x + badge.width &&
    badge.y < handle.y + handle.height &&
    handle.y < badge.y + badge.height;
  expect(overlaps).toBe(false);
  await expect(slot.getByTestId("fit-badge")).toHaveText("8 min spare");

  // Whole day: 06:00 to 06:00 without scrolling inside the grid.
  await page.getByTestId("board-zoom").selectOption({ label: "Whole day" });
  await expect.poll(() => grid.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await page.reload();
  await expect(page.getByTestId("board-zoom")).toHaveValue("day");
  await expect.poll(() => grid.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  // 1 h = 120 px: a 30-minute slot is 60 px tall.
  await page.getByTestId("board-zoom").selectOption({ label: "1 h = 120 px" });
  await expect.poll(async () => Math.round((await boxOf(slot)).height)).toBe(60);
});

test("the remembered zoom is the first thing painted: the grid never shows the default zoom first", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("bs8");
  await makeSlot(api, ed.slug, ed.venueId, at("14:00"), at("14:30"));
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  await page.getByTestId("board-zoom").selectOption({ label: "1 h = 120 px" });
  // Before every paint of the reloaded page: the 30-minute slot's height the first time the grid can be seen.
  await page.addInitScript(() => {
    const seen = window as unknown as { firstSeen?: number };
    const look = () => {
      const grid = document.querySelector('[data-testid="board-grid"]');
      const slot = grid?.querySelector('[data-testid="board-slot"]');
      // Laid out (not in a streamed, still hidden chunk) and not kept out of sight.
      const height = slot?.getBoundingClientRect().height ?? 0;
      if (grid && height > 0 && getComputedStyle(grid).visibility === "visible") seen.firstSeen = Math.round(height);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  // 1 h = 120 px from the first frame: 60 px, never the default's 30 px.
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstSeen?: number }).firstSeen)).toBe(60);
  await expect(page.getByTestId("board-zoom")).toHaveValue("120");
});

/** A slot of 120 min holding an 80-minute film, a 30-minute and a 60-minute film in the panel. */
async function occupied(page: Page, name: string) {
  const { api, ed, tag } = await freshEdition(name);
  const there = await makeFilm(api, { title: `Norma Rae ${tag}`, runtimeMinutes: 80 });
  const thirty = await makeFilm(api, { title: `Short Thirty ${tag}`, runtimeMinutes: 30 });
  const sixty = await makeFilm(api, { title: `Long Sixty ${tag}`, runtimeMinutes: 60 });
  const s = await makeSlot(api, ed.slug, ed.venueId, at("18:00"), at("20:00"));
  await put(api, ed.slug, s.id, [there]);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  return { api, ed, s, there, thirty, sixty, target: slotOn(page, "Cinema 1", "18:00") };
}

test("a film dropped on an occupied slot asks Replace, Add to the programme or Cancel, with each one's arithmetic (mouse)", async ({
  page,
}) => {
  const { api, ed, s, there, thirty, sixty, target } = await occupied(page, "bs2");
  const dialog = page.getByRole("dialog");

  await drag(page, film(page, sixty), target);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Replace" })).toBeEnabled();
  await expect(dialog.getByTestId("choice-fit").nth(0)).toHaveText("Fits: 60 = 60 min <= 120 min slot, 60 min spare");
  await expect(dialog.getByTestId("choice-fit").nth(1)).toHaveText("Won't fit: 80 + 60 = 140 min > 120 min slot, over by 20 min");
  await expect(dialog.getByRole("button", { name: "Add to the programme" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([there]);

  await expect(page.getByTestId("board-status")).toHaveText("Cancelled: nothing changed");
  await drag(page, film(page, thirty), target);
  // The last sentence gives way to the next action.
  await expect(page.getByTestId("board-status")).toHaveText("");
  await expect(dialog.getByTestId("choice-fit").nth(1)).toHaveText("Fits: 80 + 30 = 110 min <= 120 min slot, 10 min spare");
  await dialog.getByRole("button", { name: "Add to the programme" }).click();
  await expect(target.getByTestId("fit-badge")).toHaveText("10 min spare");
  await expect.poll(async () => (await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([there, thirty]);

  await drag(page, film(page, sixty), target);
  await expect(dialog.getByTestId("choice-fit").nth(0)).toHaveText("Fits: 60 = 60 min <= 120 min slot, 60 min spare");
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect(target.getByTestId("fit-badge")).toHaveText("60 min spare");
  await expect.poll(async () => (await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([sixty]);
  // Undo puts the programme back.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([there, thirty]);
});

test("the same question from the keyboard: Space, arrows, Space, then the dialog by keys", async ({ page }) => {
  const { api, ed, s, there, thirty, target } = await occupied(page, "bs3");
  const dialog = page.getByRole("dialog");
  const pickUpAndDrop = async () => {
    await film(page, thirty).focus();
    await page.keyboard.press("Space");
    await page.waitForTimeout(150);
    await page.keyboard.press("ArrowRight");
    await expect(target.getByTestId("drop-preview")).toHaveText(
      "Drop to choose: replace, or add (fits: 80 + 30 = 110 min <= 120 min slot, 10 min spare)",
    );
    await expect(page.locator(`[id^="DndLiveRegion"]`)).toContainText("Drop to choose: replace, or add to the programme (fits: ");
    await page.keyboard.press("Space");
    await expect(dialog).toBeVisible();
  };
  await pickUpAndDrop();
  await expect(dialog.getByTestId("choice-fit").nth(0)).toHaveText("Fits: 30 = 30 min <= 120 min slot, 90 min spare");
  await expect(dialog.getByTestId("choice-fit").nth(1)).toHaveText("Fits: 80 + 30 = 110 min <= 120 min slot, 10 min spare");
  // The focus is in the dialog, on the first choice; Escape cancels.
  await expect(dialog.getByRole("button", { name: "Replace" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect((await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([there]);

  await pickUpAndDrop();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Add to the programme" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await slotOf(api, ed.slug, s.id)).screening?.filmIds).toEqual([there, thirty]);
});

test("holds: set by the API and the board, shown there, refusing drops and screenings, released in one action, never public", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("bs4");
  const note = `opening night, title to come ${tag}`;
  const f = await makeFilm(api, { title: `Matewan ${tag}`, runtimeMinutes: 100 });
  const held = await makeSlot(api, ed.slug, ed.venueId, at("20:00"), at("22:30"));
  const other = await makeSlot(api, ed.slug, ed.venue2Id, at("14:00"), at("16:00"));
  await put(api, ed.slug, other.id, [f]);
  const patch = (id: number, data: Record<string, unknown>) => api.patch(`/api/v1/editions/${ed.slug}/slots/${id}`, { data });

  // The API: too long is a 400 naming holdNote; a slot with a screening cannot be held.
  const long = await patch(held.id, { holdNote: "x".repeat(201) });
  expect(long.status()).toBe(400);
  expect((await long.json()).error.fields).toHaveProperty("holdNote");
  expect((await patch(other.id, { holdNote: "partner" })).status()).toBe(409);
  const set = await patch(held.id, { holdNote: note });
  expect(set.status(), await set.text()).toBe(200);
  expect((await set.json()).holdNote).toBe(note);
  // A held slot takes no screening.
  const refused = await api.put(`/api/v1/editions/${ed.slug}/slots/${held.id}/screening`, { data: { filmIds: [f] } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.code).toBe("slot_held");
  // Audited.
  const audit = await (await getOk(api, `/api/v1/audit?edition=${ed.slug}&entity=slot&entityId=${held.id}`)).text();
  expect(audit).toContain(note);

  // Never public: publish, then look at the release, the public API, pages and feeds.
  const rel = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
  expect(rel.status(), await rel.text()).toBe(201);
  const pub = await anonymous();
  for (const url of [
    `/api/v1/editions/${ed.slug}/schedule`,
    `/api/v1/editions/${ed.slug}/releases`,
    `/schedule/${ed.slug}/${DAY}`,
    `/schedule/${ed.slug}/changes`,
    `/schedule/${ed.slug}`,
    `/schedule/${ed.slug}/schedule.ics`,
    `/schedule/${ed.slug}/schedule.json`,
    `/schedule/${ed.slug}/schedule.xml`,
    `/schedule/${ed.slug}/schedule.csv`,
  ]) {
    const res = await pub.get(url);
    expect(res.status(), url).toBe(200);
    const body = await res.text();
    expect(body, url).not.toContain(note);
    expect(body, url).not.toContain("holdNote");
  }

  // The board shows it, "what fits here" does not offer it, and a drop is refused with a clear message.
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const slot = slotOn(page, "Cinema 1", "20:00");
  await expect(slot).toHaveAccessibleName(/^Cinema 1, 20:00 to 22:30, 150 min, held/);
  await expect(slot.getByTestId("hold-note")).toHaveText(`Held: ${note}`);
  await expect(film(page, f)).toBeVisible();
  await drag(page, film(page, f), slot);
  await expect(page.getByTestId("board-error")).toHaveText(`Not placed: the slot is held (${note}); release the hold first`);
  await slot.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("slot-details")).toContainText(`Held: ${note}`);
  await expect(page.getByTestId("board-error")).toHaveText("");
  await expect(page.getByTestId("what-fits")).toHaveCount(0);

  // Release in one action; then hold again from the board.
  await page.getByRole("button", { name: "Release hold" }).click();
  await expect(slot.getByTestId("hold-note")).toHaveCount(0);
  await expect.poll(async () => (await slotOf(api, ed.slug, held.id)).holdNote).toBeNull();
  await page.getByRole("button", { name: "Hold…" }).click();
  await page.getByLabel("Hold note").fill("reserved for the partner's programme");
  await page.getByRole("button", { name: "Hold", exact: true }).click();
  await expect(slot.getByTestId("hold-note")).toHaveText("Held: reserved for the partner's programme");
  await expect.poll(async () => (await slotOf(api, ed.slug, held.id)).holdNote).toBe("reserved for the partner's programme");
});

test("many venues: the venues shown are chosen and remembered; the film panel filters by section, language and runtime", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("bs5");
  const doc = await makeFilm(api, { title: `Harlan ${tag}`, runtimeMinutes: 103, section: "Documentaries", languages: ["English"] });
  const pt = await makeFilm(api, { title: `Padeira ${tag}`, runtimeMinutes: 135, section: "Competition", languages: ["Portuguese"] });
  const short = await makeFilm(api, { title: `Curta ${tag}`, runtimeMinutes: 14, section: "Competition", languages: ["Portuguese"] });
  await logIn(page);
  await openBoard(page, ed.slug, tag);

  await expect(page.locator("section[data-venue-id]")).toHaveCount(2);
  await page.getByText(/^Venues \(2 of 2 shown\)/).click();
  await page.getByTestId("venue-picker").getByLabel("Hall B").uncheck();
  await expect(page.locator("section[data-venue-id]")).toHaveCount(1);
  await expect(page.getByText(/^Venues \(1 of 2 shown\)/)).toBeVisible();
  // The last venue shown cannot be hidden.
  await expect(page.getByTestId("venue-picker").getByLabel("Cinema 1")).toBeDisabled();
  await page.reload();
  await expect(page.locator("section[data-venue-id]")).toHaveCount(1);
  await expect(page.locator(`section[data-venue-id="${ed.venueId}"]`)).toBeVisible();

  const list = page.getByRole("list", { name: "Films to place" });
  await page.getByLabel("Search films").fill(tag);
  await expect(list.locator("[data-film-id]")).toHaveCount(3);
  await page.getByLabel("Section").selectOption("Competition");
  await expect(list.locator("[data-film-id]")).toHaveCount(2);
  await page.getByLabel("Language").selectOption("Portuguese");
  await page.getByLabel("Min runtime").fill("60");
  await expect(list.locator("[data-film-id]")).toHaveCount(1);
  await expect(film(page, pt)).toBeVisible();
  await page.getByLabel("Section").selectOption("");
  await page.getByLabel("Language").selectOption("English");
  await page.getByLabel("Min runtime").fill("");
  await expect(film(page, doc)).toBeVisible();
  await expect(film(page, short)).toHaveCount(0);
});

test("the festival overview: days x venues with fill, empty minutes and conflicts, each cell opening that day's board", async ({
  page,
}) => {
  const { api, ed, tag } = await freshEdition("bs6");
  const f = await makeFilm(api, { title: `Salt ${tag}`, runtimeMinutes: 90 });
  const g = await makeFilm(api, { title: `Pride ${tag}`, runtimeMinutes: 60 });
  const a = await makeSlot(api, ed.slug, ed.venueId, at("14:00"), at("16:00"));
  await makeSlot(api, ed.slug, ed.venueId, at("18:00"), at("18:40"));
  const b = await makeSlot(api, ed.slug, ed.venueId, at("15:00"), at("17:00"));
  await put(api, ed.slug, a.id, [f]);
  await put(api, ed.slug, b.id, [g]);
  await logIn(page);
  await page.goto(`/admin/editions/${ed.slug}`);
  await page.getByRole("link", { name: "Festival overview" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${ed.slug}/overview$`));
  const table = page.getByTestId("overview");
  await expect(table.getByRole("row")).toHaveCount(1 + 3);
  const cell = page.locator(`[data-testid="overview-cell"][data-day="${DAY}"][data-venue-id="${ed.venueId}"]`);
  // 280 min of slots: 90 min of Salt in 120 (30 left), 60 of Pride in 120 (60 left), 40 empty:
  // 130 min unused, 54 % used (the compare page counts the same way); the two overlapping slots a conflict.
  await expect(cell.getByTestId("cell-fill")).toHaveText("54%");
  await expect(cell.getByTestId("cell-empty")).toHaveText("130 min empty");
  await expect(cell.getByTestId("cell-conflicts")).toHaveText("⚠ 1");
  await expect(page.locator(`[data-testid="overview-cell"][data-day="${DAY}"][data-venue-id="${ed.venue2Id}"]`)).toHaveText("no slots");
  await cell.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${ed.slug}/board/${DAY}$`));
  await expect(page.getByTestId("board")).toBeVisible();
  await page.getByRole("link", { name: "Festival overview" }).click();
  await expect(page.getByTestId("overview")).toBeVisible();
  // An unknown scenario is a 404.
  expect((await page.goto(`/admin/editions/${ed.slug}/overview?scenario=999999`))?.status()).toBe(404);
});

test("while a screening with a guest is dragged, the hours the guest is away are shaded", async ({ page }) => {
  const { api, ed, tag } = await freshEdition("bs7");
  const f = await makeFilm(api, { title: `Matewan ${tag}`, runtimeMinutes: 100 });
  // At the festival 12:00-22:00 on DAY (Lisbon), away before and after.
  const person = await api.post("/api/v1/people", {
    data: { name: `Ana ${tag}`, availability: [{ from: at("12:00"), to: at("22:00") }] },
  });
  expect(person.status(), await person.text()).toBe(201);
  const personId = (await person.json()).id;
  const s = await makeSlot(api, ed.slug, ed.venueId, at("14:00"), at("16:00"));
  const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${s.id}/screening`, {
    data: { filmIds: [f], guests: [{ personId, role: "director" }] },
  });
  expect(res.status(), await res.text()).toBe(200);
  await logIn(page);
  await openBoard(page, ed.slug, tag);
  const away = page.getByTestId("guest-away");
  await expect(away).toHaveCount(0);
  await slotOn(page, "Cinema 1", "14:00").getByTestId("screening").focus();
  await page.keyboard.press("Space");
  // 06:00-12:00 and 22:00-06:00: two bands at 1 px a minute, 360 and 540 real minutes (the clocks go back that night).
  await expect(away).toHaveCount(2);
  await expect(away.first()).toHaveAttribute("title", `Not at the festival: Ana ${tag}`);
  expect(Math.round((await boxOf(away.nth(0))).height)).toBe(360);
  expect(Math.round((await boxOf(away.nth(1))).height)).toBe(540);
  await page.keyboard.press("Escape");
  await expect(away).toHaveCount(0);
});
