import { describe, expect, it } from "vitest";
import { applyCommand, type BoardCommand, inverseOf } from "./commands";
import type { BoardSlot } from "./model";

const slot = (id: number): BoardSlot => ({
  id,
  venueId: 1,
  startsAt: "2026-10-23T20:00:00+01:00",
  endsAt: "2026-10-23T22:00:00+01:00",
  minutes: 120,
  festivalDay: "2026-10-23",
  version: 1,
  screening: null,
  fit: null,
  conflicts: [],
});
const ctx = { timeZone: "Europe/Lisbon", dayBreak: "06:00" };

describe("copy and swap as board commands (one undo step each)", () => {
  const created = [
    { id: 7, version: 1, screeningVersion: 1 },
    { id: 8, version: 1, screeningVersion: null },
  ];
  it.each<{ name: string; cmd: BoardCommand; inverse: BoardCommand | null }>([
    {
      name: "a copy the server answered is undone by deleting what it made",
      cmd: { kind: "copyDay", day: "2026-10-23", toDay: "2026-10-24", withScreenings: true, created },
      inverse: { kind: "uncopy", toDay: "2026-10-24", slots: created },
    },
    {
      name: "a copy not yet answered has no undo",
      cmd: { kind: "copyDay", day: "2026-10-23", toDay: "2026-10-24", withScreenings: true },
      inverse: null,
    },
    {
      name: "a swap is undone by the same swap",
      cmd: { kind: "swap", day: "2026-10-23", venueA: 1, venueB: 2 },
      inverse: { kind: "swap", day: "2026-10-23", venueA: 1, venueB: 2 },
    },
    {
      name: "the undo of a copy is redone by the copy itself",
      cmd: { kind: "uncopy", toDay: "2026-10-24", slots: created },
      inverse: null,
    },
  ])("$name", ({ cmd, inverse }) => {
    expect(inverseOf(cmd, [])).toEqual(inverse);
  });

  it("undoing a copy takes its slots off the board at once; a copy or swap waits for the server's answer", () => {
    const slots = [slot(6), slot(7), slot(8)];
    expect(applyCommand(slots, { kind: "uncopy", toDay: "2026-10-24", slots: created }, ctx).map((s) => s.id)).toEqual([6]);
    expect(applyCommand(slots, { kind: "swap", day: "2026-10-23", venueA: 1, venueB: 2 }, ctx)).toBe(slots);
  });
});
