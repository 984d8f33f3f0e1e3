import { describe, expect, it } from "vitest";
import { dropChoices, NO_DETAILS, planDrop } from "./drop";
import type { BoardFilm, BoardSlot } from "./model";

const film = (id: number, title: string, runtimeMinutes: number | null): BoardFilm => ({ id, title, displayTitle: title, runtimeMinutes });

function slot(id: number, minutes: number, extra: Partial<BoardSlot> = {}): BoardSlot {
  const startsAt = "2026-10-24T18:00:00+01:00";
  return {
    id,
    venueId: 1,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
    minutes,
    festivalDay: "2026-10-24",
    version: 1,
    holdNote: null,
    screening: null,
    fit: null,
    conflicts: [],
    ...extra,
  };
}

const shorts = {
  id: 9,
  filmIds: [7],
  films: [film(7, "Short", 20)],
  preShowMinutes: 10,
  introMinutes: 0,
  qaMinutes: 0,
  status: "confirmed" as const,
  ...NO_DETAILS,
  version: 4,
};

describe("a film dropped on an occupied slot: replace or add, each with its arithmetic (named cases)", () => {
  const occupied = slot(1, 120, { screening: shorts });

  it("both fit: replace is the film alone, add is the programme with its extras", () => {
    const c = dropChoices(film(6, "Ninety", 90), occupied, [occupied]);
    expect(c?.replace).toMatchObject({ ok: true, action: "replace", message: "90 = 90 min <= 120 min slot, 30 min spare" });
    expect(c?.append).toMatchObject({ ok: true, action: "append", message: "10 + 20 + 90 = 120 min = 120 min slot, fits exactly" });
  });

  it("the film fits alone but not added: replace is offered, add is refused with the arithmetic", () => {
    const c = dropChoices(film(6, "Hundred", 100), occupied, [occupied]);
    expect(c?.replace.ok).toBe(true);
    expect(c?.append).toMatchObject({
      ok: false,
      reason: "does-not-fit",
      message: "10 + 20 + 100 = 130 min > 120 min slot, over by 10 min",
    });
  });

  it("the film fits neither way: both refused, each with its arithmetic", () => {
    const c = dropChoices(film(6, "Long", 150), occupied, [occupied]);
    expect(c?.replace).toMatchObject({ ok: false, message: "150 = 150 min > 120 min slot, over by 30 min" });
    expect(c?.append.ok).toBe(false);
  });

  it("replace makes the film alone and confirmed (the old screening's extras and details go with it)", () => {
    const c = dropChoices(film(6, "Ninety", 90), occupied, [occupied]);
    expect(c?.replace.ok && c.replace.command).toEqual({
      kind: "put",
      slotId: 1,
      spec: { films: [film(6, "Ninety", 90)], preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "confirmed", ...NO_DETAILS },
    });
  });

  it("an empty slot asks nothing", () => {
    expect(dropChoices(film(6, "Ninety", 90), slot(2, 120), [])).toBeNull();
  });
});

describe("a held slot refuses every drop until released (named cases)", () => {
  const held = slot(3, 120, { holdNote: "opening night, title to come" });

  it("a film onto a held empty slot", () => {
    expect(planDrop({ kind: "film", film: film(6, "Ninety", 90) }, held, [held])).toMatchObject({
      ok: false,
      reason: "held",
      message: "the slot is held (opening night, title to come); release the hold first",
    });
  });

  it("a screening moved onto a held slot", () => {
    const from = slot(4, 120, { screening: shorts });
    expect(planDrop({ kind: "screening", slotId: 4 }, held, [from, held])).toMatchObject({ ok: false, reason: "held" });
  });

  it("a held slot asks no replace/add question", () => {
    expect(dropChoices(film(6, "Ninety", 90), { ...held, screening: shorts }, [])).toBeNull();
  });
});
