import { describe, expect, it } from "vitest";
import {
  applyCommand,
  askSentence,
  asksOnDrop,
  type BoardCommand,
  type BoardFilm,
  type BoardSlot,
  boardWindow,
  drawnRange,
  dropChoices,
  emptyHistory,
  gridMinutes,
  HISTORY_LIMIT,
  type History,
  historyReducer,
  hourMarks,
  inverseOf,
  NO_DETAILS,
  nextRedo,
  nextTarget,
  nextUndo,
  patternSlot,
  planDrop,
  remapCommand,
  resizedEnd,
  screeningDropChoices,
  slotBox,
  snapMinutes,
} from "./board";
import { toZonedIso } from "./festival-time";
import { itemAt } from "./lists";

const LISBON = "Europe/Lisbon";

const film = (id: number, title: string, runtimeMinutes: number | null): BoardFilm => ({ id, title, displayTitle: title, runtimeMinutes });

function slot(id: number, startsAt: string, endsAt: string, extra: Partial<BoardSlot> = {}): BoardSlot {
  return {
    id,
    venueId: 1,
    startsAt,
    endsAt,
    minutes: Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000),
    festivalDay: "2026-10-24",
    version: 1,
    screening: null,
    fit: null,
    conflicts: [],
    ...extra,
  };
}

describe("board geometry: named boundary cases", () => {
  const cases = [
    {
      name: "an ordinary day is 24 h",
      day: "2026-10-23",
      tz: LISBON,
      dayBreak: "06:00",
      minutes: 1440,
      marks: 25,
      first: "06:00",
      last: "06:00",
    },
    {
      name: "DST night (clocks back): the day lasts 25 h, 01:00 shown twice",
      day: "2026-10-24",
      tz: LISBON,
      dayBreak: "06:00",
      minutes: 1500,
      marks: 26,
      first: "06:00",
      last: "06:00",
    },
    {
      name: "DST night (clocks forward): 23 h, no 01:00",
      day: "2026-03-28",
      tz: LISBON,
      dayBreak: "06:00",
      minutes: 1380,
      marks: 24,
      first: "06:00",
      last: "06:00",
    },
    {
      name: "half-hour zone with a half-hour day-break: first line at 06:00, 30 min down",
      day: "2026-10-24",
      tz: "Asia/Kolkata",
      dayBreak: "05:30",
      minutes: 1440,
      marks: 24,
      first: "06:00",
      last: "05:00",
    },
  ];
  it.each(cases)("$name", ({ day, tz, dayBreak, minutes, marks, first, last }) => {
    const win = boardWindow(day, tz, dayBreak);
    expect(win.minutes).toBe(minutes);
    const hm = hourMarks(win, tz);
    expect(hm).toHaveLength(marks);
    expect(hm[0]?.label).toBe(first);
    expect(hm[hm.length - 1]?.label).toBe(last);
    // Marks are in real time: strictly increasing offsets, 60 min apart.
    for (const [i, m] of hm.entries()) if (i > 0) expect(m.offset - itemAt(hm, i - 1).offset).toBe(60);
  });

  it("DST night: the repeated 01:00 is marked as an offset change", () => {
    const win = boardWindow("2026-10-24", LISBON);
    const ones = hourMarks(win, LISBON).filter((m) => m.label === "01:00");
    expect(ones.map((m) => [m.offset, m.utcOffset, m.offsetChanged])).toEqual([
      [1140, "+01:00", false],
      [1200, "+00:00", true],
    ]);
  });

  it("half-hour zone: first mark 30 min below the day-break", () => {
    const win = boardWindow("2026-10-24", "Asia/Kolkata", "05:30");
    expect(hourMarks(win, "Asia/Kolkata")[0]?.offset).toBe(30);
  });

  const boxes = [
    {
      name: "DST-night slot 00:30-02:30 is 180 min tall",
      day: "2026-10-24",
      start: "2026-10-25T00:30:00+01:00",
      end: "2026-10-25T02:30:00+00:00",
      top: 1110,
      height: 180,
    },
    {
      name: "slot crossing midnight on an ordinary night",
      day: "2026-10-23",
      start: "2026-10-23T23:00:00+01:00",
      end: "2026-10-24T01:00:00+01:00",
      top: 1020,
      height: 120,
    },
    {
      name: "slot at the day-break is at the top",
      day: "2026-10-23",
      start: "2026-10-23T06:00:00+01:00",
      end: "2026-10-23T07:30:00+01:00",
      top: 0,
      height: 90,
    },
    {
      name: "slot running past the next day-break keeps its full height",
      day: "2026-10-23",
      start: "2026-10-24T05:00:00+01:00",
      end: "2026-10-24T07:00:00+01:00",
      top: 1380,
      height: 120,
    },
  ];
  it.each(boxes)("$name", ({ day, start, end, top, height }) => {
    const win = boardWindow(day, LISBON);
    const box = slotBox(win, { startsAt: start, endsAt: end }, 15, 1);
    expect(box.top).toBe(top);
    expect(box.height).toBe(height);
    expect(box.changeoverTop).toBe(top + height);
    expect(box.changeoverHeight).toBe(15);
    // Scale: 1.5 px per minute scales everything.
    expect(slotBox(win, { startsAt: start, endsAt: end }, 15, 1.5).height).toBe(height * 1.5);
  });

  it("the grid stretches to a slot (and its changeover) running past the next day-break", () => {
    const win = boardWindow("2026-10-23", LISBON);
    expect(gridMinutes(win, [])).toBe(1440);
    expect(gridMinutes(win, [{ endsAt: "2026-10-24T07:00:00+01:00", changeoverMinutes: 15 }])).toBe(1440 + 60 + 15);
  });
});

describe("snapping to 5 minutes", () => {
  const cases: [string, number, "round" | "floor" | "ceil", number][] = [
    ["exact", 15, "round", 15],
    ["12 rounds down", 12, "round", 10],
    ["12.5 rounds up", 12.5, "round", 15],
    ["13 rounds up", 13, "round", 15],
    ["floor", 14.9, "floor", 10],
    ["ceil", 10.1, "ceil", 15],
    ["float fuzz 14.9999999 is 15", 14.9999999, "floor", 15],
    ["negative near zero is 0, not -0", -2, "round", 0],
  ];
  it.each(cases)("%s", (_n, m, mode, out) => {
    expect(Object.is(snapMinutes(m, 5, mode), out)).toBe(true);
  });

  it("resizing snaps the end to the board's 5-minute grid", () => {
    const win = boardWindow("2026-10-23", LISBON);
    const s = { startsAt: "2026-10-23T18:00:00+01:00", endsAt: "2026-10-23T20:30:00+01:00" };
    const r = resizedEnd(win, s, 23, 1);
    expect(toZonedIso(r.endsAt, LISBON)).toBe("2026-10-23T20:55:00+01:00");
    expect(r.minutes).toBe(175);
    // Never shorter than 5 minutes.
    expect(resizedEnd(win, s, -1000, 1).minutes).toBe(5);
    // 2 px per minute: 46 px is 23 min.
    expect(resizedEnd(win, s, 46, 2).minutes).toBe(175);
  });

  it("resizing across the DST night counts real minutes", () => {
    const win = boardWindow("2026-10-24", LISBON);
    const s = { startsAt: "2026-10-25T00:30:00+01:00", endsAt: "2026-10-25T01:30:00+01:00" };
    const r = resizedEnd(win, s, 120, 1);
    expect(r.minutes).toBe(180);
    expect(toZonedIso(r.endsAt, LISBON)).toBe("2026-10-25T02:30:00+00:00");
  });

  const draws: [string, number, number, { start: number; end: number } | null][] = [
    ["downwards", 100, 50, { start: 100, end: 150 }],
    ["upwards", 100, -50, { start: 50, end: 100 }],
    ["snaps outwards", 102, 46, { start: 100, end: 150 }],
    ["a click draws nothing", 100, 0, null],
    ["clamped to the grid", 1430, 100, { start: 1430, end: 1440 }],
  ];
  it.each(draws)("drawing %s", (_n, start, delta, out) => {
    expect(drawnRange(start, delta, 1, 1440)).toEqual(out);
  });
});

describe("would this drop fit (checkFit, as the server)", () => {
  const afternoon = slot(1, "2026-10-24T14:00:00+01:00", "2026-10-24T16:30:00+01:00");
  const evening = slot(2, "2026-10-24T18:00:00+01:00", "2026-10-24T21:15:00+01:00");
  const late = slot(3, "2026-10-24T22:00:00+01:00", "2026-10-25T00:00:00+01:00", {
    screening: {
      id: 9,
      filmIds: [7],
      films: [film(7, "Short", 20)],
      preShowMinutes: 10,
      introMinutes: 0,
      qaMinutes: 0,
      status: "tentative",
      ...NO_DETAILS,
      version: 4,
    },
  });
  const slots = [afternoon, evening, late];
  const long = film(5, "Matewan", 177);

  it("177 min into a 150 min slot is refused with the arithmetic", () => {
    const p = planDrop({ kind: "film", film: long }, afternoon, slots);
    expect(p.ok).toBe(false);
    expect(p.message).toBe("177 = 177 min > 150 min slot, over by 27 min");
  });

  it("177 min into a 195 min slot is placed, 18 min spare, confirmed", () => {
    const p = planDrop({ kind: "film", film: long }, evening, slots);
    expect(p.ok && p.action).toBe("place");
    expect(p.fit?.spareMinutes).toBe(18);
    expect(p.ok && p.command).toEqual({
      kind: "put",
      slotId: 2,
      spec: { films: [long], preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "confirmed", ...NO_DETAILS },
    });
  });

  it("a film joining a named programme keeps its title, guests and tickets (a PUT replaces the whole screening)", () => {
    const named = slot(4, "2026-10-24T22:00:00+01:00", "2026-10-25T00:00:00+01:00", {
      screening: late.screening && {
        ...late.screening,
        title: "Shorts: Work and Hands",
        guests: [{ personId: 3, role: "director" }],
        availability: "few-left",
      },
    });
    const p = planDrop({ kind: "film", film: film(6, "Ninety", 90) }, named, slots);
    expect(p.ok && p.command.kind === "put" && p.command.spec).toMatchObject({
      title: "Shorts: Work and Hands",
      guests: [{ personId: 3, role: "director" }],
      availability: "few-left",
    });
  });

  it("a film onto an occupied slot joins its programme, keeping extras and status", () => {
    const p = planDrop({ kind: "film", film: film(6, "Ninety", 90) }, late, slots);
    expect(p.ok && p.action).toBe("append");
    expect(p.message).toBe("10 + 20 + 90 = 120 min = 120 min slot, fits exactly");
    expect(p.ok && p.command.kind === "put" && p.command.spec?.status).toBe("tentative");
  });

  it("a film already in the programme is refused", () => {
    expect(planDrop({ kind: "film", film: film(7, "Short", 20) }, late, slots)).toMatchObject({ ok: false, reason: "already-in" });
  });

  it("a film of unknown runtime is pencilled in", () => {
    const p = planDrop({ kind: "film", film: film(8, "Lost reel", null) }, evening, slots);
    expect(p.ok && p.command.kind === "put" && p.command.spec?.status).toBe("tentative");
  });

  it("moving a screening: onto an empty slot moves; onto an occupied one or itself is refused", () => {
    expect(planDrop({ kind: "screening", slotId: 3 }, afternoon, slots)).toMatchObject({
      ok: true,
      action: "move",
      command: { kind: "move", fromSlotId: 3, toSlotId: 1 },
    });
    expect(planDrop({ kind: "screening", slotId: 3 }, late, slots)).toMatchObject({ ok: false, reason: "same-slot" });
    const afternoonTaken = { ...afternoon, screening: late.screening };
    expect(planDrop({ kind: "screening", slotId: 3 }, afternoonTaken, [afternoonTaken, evening, late])).toMatchObject({
      ok: false,
      reason: "occupied",
    });
  });

  /* A film dropped on an occupied slot (issue 16): replace or add, each with its own arithmetic. */

  it("both fit: replace is the film alone, add is the programme with its extras", () => {
    const c = dropChoices(film(6, "Ninety", 90), late, slots);
    expect(c?.replace).toMatchObject({ ok: true, action: "replace", message: "90 = 90 min <= 120 min slot, 30 min spare" });
    expect(c?.append).toMatchObject({ ok: true, action: "append", message: "10 + 20 + 90 = 120 min = 120 min slot, fits exactly" });
  });

  it("the film fits alone but not added: replace is offered, add is refused with the arithmetic", () => {
    const c = dropChoices(film(6, "Hundred", 100), late, slots);
    expect(c?.replace.ok).toBe(true);
    expect(c?.append).toMatchObject({
      ok: false,
      reason: "does-not-fit",
      message: "10 + 20 + 100 = 130 min > 120 min slot, over by 10 min",
    });
  });

  it("the film fits neither way: both refused, each with its arithmetic", () => {
    const c = dropChoices(film(6, "Long", 150), late, slots);
    expect(c?.replace).toMatchObject({ ok: false, message: "150 = 150 min > 120 min slot, over by 30 min" });
    expect(c?.append.ok).toBe(false);
  });

  it("replace makes the film alone and confirmed (the old screening's extras, status and details go with it)", () => {
    const c = dropChoices(film(6, "Ninety", 90), late, slots);
    expect(c?.replace.ok && c.replace.command).toEqual({
      kind: "put",
      slotId: 3,
      spec: { films: [film(6, "Ninety", 90)], preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "confirmed", ...NO_DETAILS },
    });
  });

  it("an empty slot asks nothing", () => {
    expect(dropChoices(film(6, "Ninety", 90), evening, slots)).toBeNull();
  });

  it.each([
    { name: "a film that would join the programme", item: film(6, "Ninety", 90), target: late, asks: true },
    { name: "a film too long to join", item: film(6, "Long", 150), target: late, asks: true },
    { name: "a film already in the programme (replace is still a choice)", item: film(7, "Short", 20), target: late, asks: true },
    { name: "a film onto an empty slot", item: film(6, "Ninety", 90), target: evening, asks: false },
    { name: "a film onto a held slot", item: film(6, "Ninety", 90), target: { ...late, holdNote: "partner" }, asks: false },
  ])("asks replace or add: $name -> $asks", ({ item, target, asks }) => {
    expect(asksOnDrop(planDrop({ kind: "film", film: item }, target, slots), target)).toBe(asks);
  });

  it("a screening over an occupied slot asks too (issue 16: it was refused), with its arithmetic there", () => {
    const afternoonTaken = { ...afternoon, screening: late.screening };
    const plan = planDrop({ kind: "screening", slotId: 3 }, afternoonTaken, [afternoonTaken, evening, late]);
    expect(asksOnDrop(plan, afternoonTaken)).toBe(true);
    expect(askSentence(plan)).toBe("Drop to choose: replace, add or swap (fits: 10 + 20 = 30 min <= 150 min slot, 120 min spare)");
    expect(askSentence(plan, true)).toContain("replace, add to the programme or swap");
  });

  /* A screening dropped on another (issue 16): replace, add or swap, each one undo step. */

  const editCtx = { timeZone: LISBON, dayBreak: "06:00" };
  const hundred = film(11, "Hundred", 100);
  const eveningTaken: BoardSlot = {
    ...evening,
    screening: {
      id: 12,
      filmIds: [11],
      films: [hundred],
      preShowMinutes: 0,
      introMinutes: 0,
      qaMinutes: 0,
      status: "confirmed",
      ...NO_DETAILS,
      title: "Opening",
      version: 2,
    },
  };
  const taken = [afternoon, eveningTaken, late];
  const holding = (s: BoardSlot) => ({ screening: s.screening?.films.map((f) => f.displayTitle) ?? null, status: s.screening?.status });
  const picture = (list: BoardSlot[]) => list.map(holding);

  it("the 100-min screening onto the 120-min late slot: replace and swap fit, add is over by 10", () => {
    const c = screeningDropChoices(2, late, taken);
    expect(c?.replace).toMatchObject({ ok: true, action: "replace", message: "100 = 100 min <= 120 min slot, 20 min spare" });
    expect(c?.append).toMatchObject({
      ok: false,
      reason: "does-not-fit",
      message: "10 + 20 + 100 = 130 min > 120 min slot, over by 10 min",
    });
    expect(c?.swap).toMatchObject({
      ok: true,
      action: "swap",
      message: "Hundred here: 100 = 100 min <= 120 min slot, 20 min spare; Short there: 10 + 20 = 30 min <= 195 min slot, 165 min spare",
    });
  });

  it("the late programme onto the evening: add keeps the evening's title and status, its own slot emptied", () => {
    const c = screeningDropChoices(3, eveningTaken, taken);
    expect(c?.append).toMatchObject({ ok: true, action: "append", message: "100 + 20 = 120 min <= 195 min slot, 75 min spare" });
    const after = c?.append.ok ? applyCommand(taken, c.append.command, editCtx) : [];
    expect(picture(after)).toEqual([
      { screening: null, status: undefined },
      { screening: ["Hundred", "Short"], status: "confirmed" },
      { screening: null, status: undefined },
    ]);
    expect(after[1]?.screening?.title).toBe("Opening");
  });

  it.each(["replace", "append", "swap"] as const)("%s is one batch whose inverse restores both slots", (choice) => {
    const plan = screeningDropChoices(3, eveningTaken, taken)?.[choice];
    if (!plan?.ok) throw new Error(`${choice} should be possible`);
    expect(plan.command.kind).toBe("batch");
    const after = applyCommand(taken, plan.command, editCtx);
    expect(picture(after)).not.toEqual(picture(taken));
    const undo = inverseOf(plan.command, taken);
    if (!undo) throw new Error("no inverse");
    expect(picture(applyCommand(after, undo, editCtx))).toEqual(picture(taken));
    // Redo after undo makes the same picture again.
    expect(picture(applyCommand(applyCommand(after, undo, editCtx), plan.command, editCtx))).toEqual(picture(after));
  });

  it("swap makes the two change places; replace leaves the source empty and drops the target's screening", () => {
    const c = screeningDropChoices(3, eveningTaken, taken);
    const swapped = c?.swap?.ok ? applyCommand(taken, c.swap.command, editCtx) : [];
    expect(swapped.map((s) => holding(s).screening)).toEqual([null, ["Short"], ["Hundred"]]);
    const replaced = c?.replace.ok ? applyCommand(taken, c.replace.command, editCtx) : [];
    expect(replaced.map((s) => holding(s).screening)).toEqual([null, ["Short"], null]);
  });

  it("swap is refused when the target's screening would not fit back in the source slot", () => {
    const short = slot(5, "2026-10-24T12:00:00+01:00", "2026-10-24T12:50:00+01:00", { screening: late.screening });
    const c = screeningDropChoices(5, eveningTaken, [short, eveningTaken]);
    expect(c?.replace.ok).toBe(true);
    expect(c?.swap).toMatchObject({
      ok: false,
      reason: "does-not-fit",
      message: "Short here: 10 + 20 = 30 min <= 195 min slot, 165 min spare; Hundred there: 100 = 100 min > 50 min slot, over by 50 min",
    });
  });

  it("add is refused when a film would be in the programme twice", () => {
    const twin = { ...afternoon, screening: late.screening };
    expect(screeningDropChoices(1, late, [twin, late])?.append).toMatchObject({ ok: false, reason: "already-in" });
  });

  it("nothing is asked onto an empty or held slot, or from a slot with no screening", () => {
    expect(screeningDropChoices(3, evening, slots)).toBeNull();
    expect(screeningDropChoices(3, { ...eveningTaken, holdNote: "partner" }, taken)).toBeNull();
    expect(screeningDropChoices(1, eveningTaken, taken)).toBeNull();
  });

  it("a batch's slot ids follow a re-created slot", () => {
    const plan = screeningDropChoices(3, eveningTaken, taken)?.swap;
    if (!plan?.ok) throw new Error("swap should be possible");
    const moved = remapCommand(plan.command, 3, 30);
    expect(moved.kind === "batch" && moved.steps.map((s) => (s.kind === "put" ? s.slotId : [s.fromSlotId, s.toSlotId]))).toEqual([
      2,
      [30, 2],
      30,
    ]);
  });

  /* A held slot refuses every drop until released. */

  const held = { ...evening, holdNote: "opening night, title to come" };

  it("a film onto a held slot is refused, naming the hold", () => {
    expect(planDrop({ kind: "film", film: long }, held, slots)).toMatchObject({
      ok: false,
      reason: "held",
      message: "the slot is held (opening night, title to come); release the hold first",
    });
  });

  it("a screening moved onto a held slot is refused", () => {
    expect(planDrop({ kind: "screening", slotId: 3 }, held, [afternoon, held, late])).toMatchObject({ ok: false, reason: "held" });
  });

  it("a held slot asks no replace/add question", () => {
    expect(dropChoices(film(6, "Ninety", 90), { ...late, holdNote: "partner" }, slots)).toBeNull();
  });
});

describe("commands: optimistic picture and inverses", () => {
  const ctx = { timeZone: LISBON, dayBreak: "06:00" };
  const start = [
    slot(1, "2026-10-24T14:00:00+01:00", "2026-10-24T17:15:00+01:00"),
    slot(2, "2026-10-24T18:00:00+01:00", "2026-10-24T21:15:00+01:00"),
  ];
  const spec = {
    films: [film(5, "Matewan", 177)],
    preShowMinutes: 0,
    introMinutes: 0,
    qaMinutes: 0,
    status: "confirmed" as const,
    ...NO_DETAILS,
  };

  function run(slots: BoardSlot[], cmd: BoardCommand) {
    const undo = inverseOf(cmd, slots, cmd.kind === "create" ? 99 : undefined)!;
    const after = applyCommand(slots, cmd, { ...ctx, tempId: 99 });
    return { after, undo };
  }

  it("place <-> clear", () => {
    const { after, undo } = run(start, { kind: "put", slotId: 2, spec });
    expect(after[1]?.screening?.filmIds).toEqual([5]);
    expect(after[1]?.fit?.spareMinutes).toBe(18);
    expect(undo).toEqual({ kind: "put", slotId: 2, spec: null });
    expect(applyCommand(after, undo, ctx)[1]?.screening).toBeNull();
  });

  it("move a->b <-> move b->a", () => {
    const placed = applyCommand(start, { kind: "put", slotId: 1, spec }, ctx);
    const { after, undo } = run(placed, { kind: "move", fromSlotId: 1, toSlotId: 2 });
    expect(after[0]?.screening).toBeNull();
    expect(after[1]?.screening?.filmIds).toEqual([5]);
    expect(undo).toEqual({ kind: "move", fromSlotId: 2, toSlotId: 1 });
    expect(applyCommand(after, undo, ctx)[0]?.screening?.filmIds).toEqual([5]);
  });

  it("resize old <-> new, with minutes and fit recomputed", () => {
    const placed = applyCommand(start, { kind: "put", slotId: 2, spec }, ctx);
    const { after, undo } = run(placed, { kind: "resize", slotId: 2, endsAt: "2026-10-24T20:30:00+01:00" });
    expect(after[1]?.minutes).toBe(150);
    expect(after[1]?.fit?.status).toBe("over");
    expect(undo).toEqual({ kind: "resize", slotId: 2, endsAt: "2026-10-24T21:15:00+01:00" });
  });

  it("status old <-> new", () => {
    const placed = applyCommand(start, { kind: "put", slotId: 2, spec }, ctx);
    const { after, undo } = run(placed, { kind: "put", slotId: 2, spec: { ...spec, status: "tentative" } });
    expect(after[1]?.screening?.status).toBe("tentative");
    expect(undo.kind === "put" && undo.spec?.status).toBe("confirmed");
  });

  it("create <-> delete, and a re-created slot's new id is remapped", () => {
    const { after, undo } = run(start, {
      kind: "create",
      venueId: 1,
      startsAt: "2026-10-25T00:30:00+01:00",
      endsAt: "2026-10-25T02:30:00+00:00",
    });
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ id: 99, minutes: 180, festivalDay: "2026-10-24" });
    expect(undo).toEqual({ kind: "delete", slotId: 99 });
    const recreate = inverseOf(undo, after)!;
    expect(recreate).toMatchObject({ kind: "create", restoresId: 99 });
    expect(remapCommand({ kind: "move", fromSlotId: 99, toSlotId: 2 }, 99, 120)).toEqual({ kind: "move", fromSlotId: 120, toSlotId: 2 });
  });
});

describe("a daily pattern as one undo step", () => {
  const ctx = { timeZone: LISBON, dayBreak: "06:00" };
  const slots = [
    slot(1, "2026-10-24T14:00:00+01:00", "2026-10-24T16:30:00+01:00"),
    slot(2, "2026-10-24T17:00:00+01:00", "2026-10-24T19:30:00+01:00"),
    slot(3, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00"),
  ];
  const pattern: BoardCommand = { kind: "pattern", venueId: 1, times: ["14:00", "17:00"], minutes: 150, createdIds: [1, 2] };
  it.each([
    { name: "its undo deletes exactly the slots it made", cmd: pattern, undo: { kind: "deleteMany", slotIds: [1, 2] } },
    { name: "a pattern that made nothing has nothing to undo", cmd: { ...pattern, createdIds: [] } as BoardCommand, undo: null },
    {
      name: "the undo of a pattern is not itself undone (redo replays the pattern)",
      cmd: { kind: "deleteMany", slotIds: [1] } as BoardCommand,
      undo: null,
    },
  ])("$name", ({ cmd, undo }) => expect(inverseOf(cmd, slots)).toEqual(undo));
  it("deleting many leaves the others; the pattern itself draws nothing until the server answers", () => {
    expect(applyCommand(slots, { kind: "deleteMany", slotIds: [1, 2] }, ctx).map((s) => s.id)).toEqual([3]);
    expect(applyCommand(slots, pattern, ctx)).toBe(slots);
  });
  it("a redone pattern's new slot ids follow into the steps that name them", () => {
    expect(remapCommand({ kind: "deleteMany", slotIds: [1, 2] }, 2, 20)).toEqual({ kind: "deleteMany", slotIds: [1, 20] });
    expect(remapCommand(pattern, 1, 10)).toMatchObject({ createdIds: [10, 2] });
  });
});

describe("undo / redo stack", () => {
  const record = (h: History<number>, n: number) => historyReducer(h, { type: "record", op: n });

  it(`keeps at least 20 steps (default ${HISTORY_LIMIT})`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(20);
    let h = emptyHistory<number>();
    for (let i = 1; i <= 20; i++) h = record(h, i);
    for (let i = 20; i >= 1; i--) {
      expect(nextUndo(h)).toBe(i);
      h = historyReducer(h, { type: "undone" });
    }
    expect(nextUndo(h)).toBeUndefined();
    for (let i = 1; i <= 20; i++) {
      expect(nextRedo(h)).toBe(i);
      h = historyReducer(h, { type: "redone" });
    }
    expect(h.past).toHaveLength(20);
  });

  it("drops the oldest step beyond the limit (limit 20, 25 recorded)", () => {
    let h = emptyHistory<number>(20);
    for (let i = 1; i <= 25; i++) h = record(h, i);
    expect(h.past).toHaveLength(20);
    expect(h.past[0]).toBe(6);
  });

  it("undo with nothing to undo and redo with nothing to redo change nothing", () => {
    const h = emptyHistory<number>(20);
    expect(historyReducer(h, { type: "undone" })).toBe(h);
    expect(historyReducer(h, { type: "redone" })).toBe(h);
  });

  it("a new action after undo forgets the redo branch", () => {
    let h = record(record(emptyHistory<number>(), 1), 2);
    h = historyReducer(h, { type: "undone" });
    expect(nextRedo(h)).toBe(2);
    h = record(h, 3);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 3]);
  });

  it("map rewrites every step (id remapping)", () => {
    let h = record(record(emptyHistory<number>(), 1), 2);
    h = historyReducer(h, { type: "undone" });
    h = historyReducer(h, { type: "map", fn: (n) => n * 10 });
    expect(h.past).toEqual([10]);
    expect(h.future).toEqual([20]);
  });
});

describe("daily patterns", () => {
  it("00:30 on Saturday's festival day is Sunday morning, 150 real minutes across the DST night", () => {
    const r = patternSlot("2026-10-24", "00:30", 150, LISBON);
    if ("error" in r) throw new Error(r.error);
    expect(toZonedIso(r.startsAt, LISBON)).toBe("2026-10-25T00:30:00+01:00");
    expect(toZonedIso(r.endsAt, LISBON)).toBe("2026-10-25T02:00:00+00:00");
  });
  it("a time the clocks skip is refused", () => {
    expect(patternSlot("2026-03-28", "01:30", 90, LISBON)).toEqual({ error: expect.stringContaining("does not exist") });
  });
  it("a time that is not a time is refused", () => {
    expect(patternSlot("2026-10-24", "25:00", 90, LISBON)).toEqual({ error: "must be a time like 20:30" });
  });
});

describe("keyboard dragging: next target", () => {
  const rects = [
    { id: "a", left: 100, top: 0, width: 100, height: 100 },
    { id: "b", left: 100, top: 200, width: 100, height: 100 },
    { id: "c", left: 250, top: 20, width: 100, height: 100 },
  ];
  it("down stays in the column, right goes to the next column, nothing beyond the edge", () => {
    const at = { left: 100, top: 0, width: 100, height: 100 };
    expect(nextTarget(rects, at, "down")?.id).toBe("b");
    expect(nextTarget(rects, at, "right")?.id).toBe("c");
    expect(nextTarget(rects, at, "up")).toBeNull();
    expect(nextTarget(rects, { left: 0, top: 0, width: 50, height: 50 }, "right")?.id).toBe("a");
  });

  it("a card over the upper part of a tall slot goes down to the next slot, not into the slot it is over", () => {
    // A screening picked up from a's top (its centre 20 px down, a's centre 50 px down).
    const card = { left: 110, top: 10, width: 80, height: 20 };
    expect(nextTarget(rects, card, "down")?.id).toBe("b");
  });
});

describe("a hold as a board command (issue 16)", () => {
  const empty = slot(5, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00", { holdNote: null });
  const ctx = { timeZone: LISBON, dayBreak: "06:00" };

  it("holding shows the note at once; its undo releases the hold", () => {
    const cmd = { kind: "hold" as const, slotId: 5, note: "opening night" };
    expect(applyCommand([empty], cmd, ctx)[0]?.holdNote).toBe("opening night");
    expect(inverseOf(cmd, [empty])).toEqual({ kind: "hold", slotId: 5, note: null });
  });

  it("releasing a hold is undone by holding it again with the same note", () => {
    const held = { ...empty, holdNote: "partner's programme" };
    expect(inverseOf({ kind: "hold", slotId: 5, note: null }, [held])).toEqual({ kind: "hold", slotId: 5, note: "partner's programme" });
    expect(remapCommand({ kind: "hold", slotId: 5, note: null }, 5, 9)).toEqual({ kind: "hold", slotId: 9, note: null });
  });
});
