import { describe, expect, it } from "vitest";
import { unavailableBands } from "./availability";

// The board's day: 06:00 UTC to 06:00 UTC next day (a UTC festival keeps the arithmetic readable).
const win = { start: new Date("2026-10-23T06:00:00Z") };
const DAY = 1440;
const at = (iso: string) => new Date(`2026-10-${iso}:00Z`);
const guest = (...ranges: [string, string][]) => ({ availability: ranges.map(([from, to]) => ({ from: at(from), to: at(to) })) });

describe("hours a dragged screening's guests are away: named cases", () => {
  it("no guests, or guests without availability: no band", () => {
    expect(unavailableBands(win, DAY, [])).toEqual([]);
    expect(unavailableBands(win, DAY, [{ availability: [] }])).toEqual([]);
  });

  it("a guest there 14:00-22:00 is away before and after", () => {
    expect(unavailableBands(win, DAY, [guest(["23T14:00", "23T22:00"])])).toEqual([
      { start: 0, end: 480 },
      { start: 960, end: DAY },
    ]);
  });

  it("a guest there all day and beyond: no band", () => {
    expect(unavailableBands(win, DAY, [guest(["22T00:00", "25T00:00"])])).toEqual([]);
  });

  it("a guest who arrives the next day is away the whole board day", () => {
    expect(unavailableBands(win, DAY, [guest(["25T10:00", "26T10:00"])])).toEqual([{ start: 0, end: DAY }]);
  });

  it("two guests: the union of their absences (any of them away)", () => {
    const a = guest(["23T06:00", "23T18:00"]);
    const b = guest(["23T12:00", "24T06:00"]);
    expect(unavailableBands(win, DAY, [a, b])).toEqual([
      { start: 0, end: 360 },
      { start: 720, end: DAY },
    ]);
  });

  it("two ranges of one guest with a gap: the gap is a band", () => {
    expect(unavailableBands(win, DAY, [guest(["23T06:00", "23T12:00"], ["23T15:00", "24T06:00"])])).toEqual([{ start: 360, end: 540 }]);
  });
});
