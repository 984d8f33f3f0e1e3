import { describe, expect, it } from "vitest";
import { boardWindow, layOutSlots, MAX_LANE, packLanes } from "./geometry";

/** Boxes in minutes from the top of the column: [top, bottom]. */
const boxes = (...spans: [number, number][]) => spans.map(([top, bottom]) => ({ top, height: bottom - top }));

describe("lanes of a column's overlapping slots: named cases", () => {
  it.each([
    { name: "an empty column", spans: [], lanes: [] },
    { name: "one slot", spans: [[0, 120]], lanes: [0] },
    {
      name: "slots one after another share lane 0",
      spans: [
        [0, 100],
        [130, 250],
        [300, 400],
      ],
      lanes: [0, 0, 0],
    },
    {
      name: "a slot starting exactly when the previous ends shares its lane",
      spans: [
        [0, 120],
        [120, 240],
      ],
      lanes: [0, 0],
    },
    {
      name: "a slot starting one minute before the previous ends moves right",
      spans: [
        [0, 120],
        [119, 240],
      ],
      lanes: [0, 1],
    },
    {
      name: "a slot inside a longer one moves right",
      spans: [
        [0, 300],
        [60, 120],
      ],
      lanes: [0, 1],
    },
    {
      name: "a freed lane is taken again, the leftmost first",
      spans: [
        [0, 100],
        [10, 200],
        [20, 300],
        [150, 250],
      ],
      lanes: [0, 1, 2, 0],
    },
    {
      name: "a lane freed on the right is reused while the left one is still busy",
      spans: [
        [0, 300],
        [10, 100],
        [150, 250],
      ],
      lanes: [0, 1, 1],
    },
    {
      name: "more overlaps than lanes: the fifth and sixth stack in the last lane",
      spans: [
        [0, 100],
        [1, 100],
        [2, 100],
        [3, 100],
        [4, 100],
        [5, 100],
      ],
      lanes: [0, 1, 2, 3, 3, 3],
    },
    {
      name: "zero-length slots at the same minute do not overlap",
      spans: [
        [60, 60],
        [60, 60],
      ],
      lanes: [0, 0],
    },
  ] satisfies { name: string; spans: [number, number][]; lanes: number[] }[])("$name", ({ spans, lanes }) => {
    expect(packLanes(boxes(...spans))).toEqual(lanes);
  });

  it("the last lane is MAX_LANE unless asked otherwise", () => {
    expect(MAX_LANE).toBe(3);
    expect(packLanes(boxes([0, 10], [1, 10], [2, 10]), 1)).toEqual([0, 1, 1]);
  });
});

describe("laying out a day's slots", () => {
  const win = boardWindow("2026-10-24", "Europe/Lisbon", "06:00");
  const slot = (id: number, venueId: number, startsAt: string, endsAt: string) => ({ id, venueId, startsAt, endsAt });
  const venues = [
    { id: 1, changeoverMinutes: 15 },
    { id: 2, changeoverMinutes: 0 },
  ];

  it("each venue packs its own lanes; top, height and changeover come from slotBox", () => {
    const layout = layOutSlots(
      win,
      [
        slot(10, 1, "2026-10-24T10:00:00+01:00", "2026-10-24T12:00:00+01:00"),
        slot(11, 2, "2026-10-24T10:30:00+01:00", "2026-10-24T11:30:00+01:00"),
        slot(12, 1, "2026-10-24T11:00:00+01:00", "2026-10-24T13:00:00+01:00"),
      ],
      venues,
      2,
    );
    expect(layout.get(10)).toEqual({ top: 480, height: 240, changeoverTop: 720, changeoverHeight: 30, lane: 0 });
    expect(layout.get(11)).toEqual({ top: 540, height: 120, changeoverTop: 660, changeoverHeight: 0, lane: 0 });
    expect(layout.get(12)).toMatchObject({ top: 600, lane: 1 });
  });

  it("the night the clocks go back: a 00:30-02:30 slot is 180 minutes tall", () => {
    const layout = layOutSlots(win, [slot(1, 2, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00")], venues, 1);
    expect(layout.get(1)).toMatchObject({ top: 1110, height: 180, lane: 0 });
  });

  it("a slot of a venue the board does not show is left out", () => {
    expect(layOutSlots(win, [slot(1, 9, "2026-10-24T10:00:00+01:00", "2026-10-24T11:00:00+01:00")], venues, 1).size).toBe(0);
  });
});
