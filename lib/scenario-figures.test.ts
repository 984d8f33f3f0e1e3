import { describe, expect, it } from "vitest";
import { type LineupFacts, lineupFigures, sideBySide } from "./scenario-figures";

const venues = [
  { id: 1, slug: "cinema-1" },
  { id: 2, slug: "hall-b" },
];
const days = ["2026-10-23", "2026-10-24"];
const slot = (id: number, venueId: number, festivalDay: string, minutes: number) => ({ id, venueId, festivalDay, minutes });

const cases: { name: string; facts: LineupFacts; expected: Partial<ReturnType<typeof lineupFigures>> }[] = [
  {
    name: "no slots: nothing placed, fill rate 0, every venue and day named with 0",
    facts: { slots: [], screenings: [], conflicts: [] },
    expected: {
      screenings: 0,
      filmsPlaced: 0,
      fillRate: 0,
      emptyMinutes: 0,
      perVenue: { "cinema-1": 0, "hall-b": 0 },
      perDay: { "2026-10-23": 0, "2026-10-24": 0 },
    },
  },
  {
    name: "an empty slot counts its whole length as empty minutes",
    facts: { slots: [slot(1, 1, "2026-10-23", 150)], screenings: [], conflicts: [] },
    expected: { fillRate: 0, emptyMinutes: 150 },
  },
  {
    name: "a filled slot counts only its spare minutes; one of two slots filled is 0.5",
    facts: {
      slots: [slot(1, 1, "2026-10-23", 150), slot(2, 2, "2026-10-24", 120)],
      screenings: [{ slotId: 1, filmIds: [7], status: "confirmed", spareMinutes: 20 }],
      conflicts: [],
    },
    expected: {
      screenings: 1,
      fillRate: 0.5,
      emptyMinutes: 140,
      perVenue: { "cinema-1": 1, "hall-b": 0 },
      perDay: { "2026-10-23": 1, "2026-10-24": 0 },
    },
  },
  {
    name: "a cancelled screening leaves its slot empty and places no film",
    facts: {
      slots: [slot(1, 1, "2026-10-23", 100)],
      screenings: [{ slotId: 1, filmIds: [7], status: "cancelled", spareMinutes: 10 }],
      conflicts: [],
    },
    expected: { screenings: 0, filmsPlaced: 0, fillRate: 0, emptyMinutes: 100 },
  },
  {
    name: "a film shown twice (and in a programme) is placed once; an unknown runtime adds no spare minutes",
    facts: {
      slots: [slot(1, 1, "2026-10-23", 100), slot(2, 1, "2026-10-24", 100), slot(3, 2, "2026-10-24", 100)],
      screenings: [
        { slotId: 1, filmIds: [7], status: "tentative", spareMinutes: 5 },
        { slotId: 2, filmIds: [7, 8], status: "confirmed", spareMinutes: null },
        { slotId: 3, filmIds: [9], status: "confirmed", spareMinutes: 0 },
      ],
      conflicts: [],
    },
    expected: { screenings: 3, filmsPlaced: 3, fillRate: 1, emptyMinutes: 5, perVenue: { "cinema-1": 2, "hall-b": 1 } },
  },
  {
    name: "two of three slots filled rounds to three places",
    facts: {
      slots: [slot(1, 1, "2026-10-23", 60), slot(2, 1, "2026-10-23", 60), slot(3, 1, "2026-10-23", 60)],
      screenings: [
        { slotId: 1, filmIds: [1], status: "confirmed", spareMinutes: 0 },
        { slotId: 2, filmIds: [2], status: "confirmed", spareMinutes: 0 },
      ],
      conflicts: [{ severity: "error" }, { severity: "warning" }, { severity: "warning" }],
    },
    expected: { fillRate: 0.667, conflicts: { error: 1, warning: 2 } },
  },
];

describe("lineupFigures", () => {
  for (const c of cases)
    it(c.name, () => {
      expect(lineupFigures(c.facts, venues, days)).toMatchObject(c.expected);
    });

  it("puts each figure of two lineups side by side", () => {
    const a = lineupFigures(cases[2]!.facts, venues, days);
    const b = lineupFigures(cases[0]!.facts, venues, days);
    const pair = sideBySide(a, b);
    expect(pair.screenings).toEqual({ scenario: 1, with: 0 });
    expect(pair.perVenue).toEqual({ scenario: { "cinema-1": 1, "hall-b": 0 }, with: { "cinema-1": 0, "hall-b": 0 } });
    expect(Object.keys(pair)).toEqual(["screenings", "filmsPlaced", "fillRate", "emptyMinutes", "conflicts", "perVenue", "perDay"]);
  });
});
