import { describe, expect, it } from "vitest";
import { type SlotTaken, unusedMinutes } from "./slot-use";

const cases: [string, number, SlotTaken, number][] = [
  ["an empty slot: all of it", 120, null, 120],
  ["a held slot: none of it", 120, "held", 0],
  ["a 90-min screening in a 120-min slot: its 30 spare minutes", 120, { spareMinutes: 30 }, 30],
  ["a screening that fills the slot exactly: none", 120, { spareMinutes: 0 }, 0],
  ["a screening over the slot (negative spare): none, not a negative", 120, { spareMinutes: -27 }, 0],
  ["a screening whose runtime is unknown: none counted", 120, { spareMinutes: null }, 0],
  ["a zero-minute slot left empty: nothing", 0, null, 0],
];

describe("unusedMinutes: named cases", () => {
  it.each(cases)("%s", (_name, minutes, taken, expected) => {
    expect(unusedMinutes(minutes, taken)).toBe(expected);
  });
});
