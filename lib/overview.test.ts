import { describe, expect, it } from "vitest";
import { dayTotals, type OverviewSlot, overviewCells } from "./overview";

const DAY1 = "2026-10-23";
const DAY2 = "2026-10-24";
let nextId = 1;
const slot = (venueId: number, festivalDay: string, minutes: number, what: "screening" | "held" | "empty" = "empty"): OverviewSlot => ({
  id: nextId++,
  venueId,
  festivalDay,
  minutes,
  hasScreening: what === "screening",
  held: what === "held",
});

const cellOf = (cells: ReturnType<typeof overviewCells>, day: number, venue: number) => cells[day]?.[venue];

describe("the festival overview's cells: named cases", () => {
  it("a cell with no slot: no fill figure, nothing empty, no conflicts", () => {
    const cells = overviewCells([DAY1], [1], [], []);
    expect(cellOf(cells, 0, 0)).toMatchObject({ slots: 0, slotMinutes: 0, emptyMinutes: 0, fillPercent: null, conflicts: 0 });
  });

  it("every slot filled: 100 %, 0 empty minutes", () => {
    const cells = overviewCells([DAY1], [1], [slot(1, DAY1, 120, "screening"), slot(1, DAY1, 90, "screening")], []);
    expect(cellOf(cells, 0, 0)).toMatchObject({ slots: 2, screenings: 2, slotMinutes: 210, emptyMinutes: 0, fillPercent: 100 });
  });

  it("one of two slots empty: the fill is by minutes, not by slots (120 of 160 = 75 %)", () => {
    const cells = overviewCells([DAY1], [1], [slot(1, DAY1, 120, "screening"), slot(1, DAY1, 40)], []);
    expect(cellOf(cells, 0, 0)).toMatchObject({ emptyMinutes: 40, fillPercent: 75 });
  });

  it("a screening shorter than its slot leaves its spare minutes empty (90 of 120: 30 empty, 75 %)", () => {
    const cells = overviewCells([DAY1], [1], [{ ...slot(1, DAY1, 120, "screening"), spareMinutes: 30 }], []);
    expect(cellOf(cells, 0, 0)).toMatchObject({ slotMinutes: 120, emptyMinutes: 30, fillPercent: 75, screenings: 1 });
  });

  it("a screening whose runtime is unknown, or that runs over, leaves nothing empty", () => {
    const cells = overviewCells(
      [DAY1],
      [1],
      [
        { ...slot(1, DAY1, 60, "screening"), spareMinutes: null },
        { ...slot(1, DAY1, 60, "screening"), spareMinutes: -10 },
      ],
      [],
    );
    expect(cellOf(cells, 0, 0)).toMatchObject({ emptyMinutes: 0, fillPercent: 100 });
  });

  it("a held slot is taken, not empty", () => {
    const cells = overviewCells([DAY1], [1], [slot(1, DAY1, 100, "held"), slot(1, DAY1, 100)], []);
    expect(cellOf(cells, 0, 0)).toMatchObject({ screenings: 0, emptyMinutes: 100, fillPercent: 50 });
  });

  it("a third rounds to a whole percent (1 of 3 equal slots filled: 33 %)", () => {
    const cells = overviewCells([DAY1], [1], [slot(1, DAY1, 60, "screening"), slot(1, DAY1, 60), slot(1, DAY1, 60)], []);
    expect(cellOf(cells, 0, 0)?.fillPercent).toBe(33);
  });

  it("slots land in their own day and venue; a slot of a venue or day not shown is left out", () => {
    const cells = overviewCells([DAY1, DAY2], [1, 2], [slot(2, DAY2, 50), slot(3, DAY2, 70), slot(1, "2026-11-01", 70)], []);
    expect(cellOf(cells, 1, 1)).toMatchObject({ day: DAY2, venueId: 2, slotMinutes: 50 });
    expect(cells.flat().reduce((n, c) => n + c.slotMinutes, 0)).toBe(50);
  });

  it("a conflict between two venues counts once in each cell; twice the same cell counts once", () => {
    const a = slot(1, DAY1, 120, "screening");
    const b = slot(2, DAY1, 120, "screening");
    const c = slot(1, DAY1, 60, "screening");
    const cells = overviewCells(
      [DAY1],
      [1, 2],
      [a, b, c],
      [
        { severity: "error", slotIds: [a.id, b.id] },
        { severity: "warning", slotIds: [a.id, c.id] },
      ],
    );
    expect(cellOf(cells, 0, 0)).toMatchObject({ conflicts: 2, errors: 1 });
    expect(cellOf(cells, 0, 1)).toMatchObject({ conflicts: 1, errors: 1 });
  });

  it("a day's totals across its venues", () => {
    const cells = overviewCells([DAY1], [1, 2], [slot(1, DAY1, 100, "screening"), slot(2, DAY1, 100)], []);
    expect(dayTotals(cells[0] ?? [])).toEqual({ slotMinutes: 200, emptyMinutes: 100, screenings: 1, fillPercent: 50 });
    expect(dayTotals([]).fillPercent).toBeNull();
  });
});
