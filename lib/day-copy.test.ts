import { describe, expect, it } from "vitest";
import { copiedSlotTimes, planDayCopy, planVenueSwap, type TimedSlot } from "./day-copy";
import { slotInstants } from "./slot-times";

const tz = "Europe/Lisbon";

/** A slot typed as a programmer would: festival day, local start and end. */
function slot(id: number, venueId: number, day: string, start: string, end: string): TimedSlot {
  const r = slotInstants(day, start, end, tz);
  if ("error" in r) throw new Error(r.error);
  return { id, venueId, startsAt: r.startsAt, endsAt: r.endsAt };
}

describe("copiedSlotTimes: named boundary cases (Lisbon, day-break 06:00)", () => {
  it.each([
    {
      name: "evening slot to the day before",
      from: "2026-10-23",
      start: "20:00",
      end: "22:30",
      to: "2026-10-22",
      startIso: "2026-10-22T19:00:00.000Z",
      minutes: 150,
    },
    {
      name: "summer to winter time keeps the clock",
      from: "2026-10-23",
      start: "20:00",
      end: "22:30",
      to: "2026-10-30",
      startIso: "2026-10-30T20:00:00.000Z",
      minutes: 150,
    },
    {
      name: "after midnight stays after midnight of the target day",
      from: "2026-10-23",
      start: "00:30",
      end: "02:00",
      to: "2026-10-22",
      startIso: "2026-10-22T23:30:00.000Z",
      minutes: 90,
    },
    {
      name: "ends after midnight",
      from: "2026-10-22",
      start: "23:00",
      end: "01:15",
      to: "2026-10-23",
      startIso: "2026-10-23T22:00:00.000Z",
      minutes: 135,
    },
    {
      name: "onto the night the clocks go back: 00:30-02:30 lasts 180 min",
      from: "2026-10-23",
      start: "00:30",
      end: "02:30",
      to: "2026-10-24",
      startIso: "2026-10-24T23:30:00.000Z",
      minutes: 180,
    },
    {
      name: "from the night the clocks go back: 00:30-02:30 lasts 120 min again",
      from: "2026-10-24",
      start: "00:30",
      end: "02:30",
      to: "2026-10-23",
      startIso: "2026-10-23T23:30:00.000Z",
      minutes: 120,
    },
    {
      name: "onto the night the clocks go forward: 00:30-02:30 lasts 60 min",
      from: "2026-03-27",
      start: "00:30",
      end: "02:30",
      to: "2026-03-28",
      startIso: "2026-03-29T00:30:00.000Z",
      minutes: 60,
    },
    {
      name: "evening of the spring day is not touched by the night",
      from: "2026-03-27",
      start: "21:00",
      end: "23:00",
      to: "2026-03-28",
      startIso: "2026-03-28T21:00:00.000Z",
      minutes: 120,
    },
  ])("$name", ({ from, start, end, to, startIso, minutes }) => {
    const r = copiedSlotTimes(slot(1, 1, from, start, end), to, tz);
    if ("error" in r) throw new Error(r.error);
    expect(r.startsAt.toISOString()).toBe(startIso);
    expect(r.minutes).toBe(minutes);
  });

  it("a start the clocks skip (01:30 on the spring night) cannot be copied", () => {
    const r = copiedSlotTimes(slot(1, 1, "2026-03-27", "01:30", "03:00"), "2026-03-28", tz);
    expect(r).toEqual({ error: expect.stringContaining("does not exist on 2026-03-29") });
  });
});

describe("planDayCopy", () => {
  const source = [slot(1, 10, "2026-10-23", "14:00", "16:00"), slot(2, 11, "2026-10-23", "20:00", "22:00")];
  it.each([
    { name: "empty target day: no overlaps", existing: [], overlaps: [] },
    { name: "touching end to start is not an overlap", existing: [slot(5, 10, "2026-10-24", "16:00", "18:00")], overlaps: [] },
    {
      name: "another venue's slot at the same time is not an overlap",
      existing: [slot(5, 12, "2026-10-24", "14:00", "16:00")],
      overlaps: [],
    },
    {
      name: "the same venue one minute into the copy overlaps",
      existing: [slot(5, 10, "2026-10-24", "15:59", "17:00")],
      overlaps: [{ sourceId: 1, existingId: 5, venueId: 10 }],
    },
  ])("$name", ({ existing, overlaps }) => {
    const plan = planDayCopy(source, existing, "2026-10-24", tz);
    if ("error" in plan) throw new Error(plan.error);
    expect(plan.overlaps).toEqual(overlaps);
    expect(plan.copies.map((c) => [c.sourceId, c.venueId, c.minutes])).toEqual([
      [1, 10, 120],
      [2, 11, 120],
    ]);
  });

  it("names the slot whose start does not exist on the target day", () => {
    const plan = planDayCopy([slot(7, 10, "2026-03-27", "01:30", "03:00")], [], "2026-03-28", tz);
    expect(plan).toEqual({ sourceId: 7, error: expect.stringContaining("clocks go forward") });
  });
});

describe("planVenueSwap", () => {
  const a1 = slot(1, 10, "2026-10-23", "14:00", "16:00");
  const a2 = slot(2, 10, "2026-10-23", "20:00", "22:00");
  const b1 = slot(3, 11, "2026-10-23", "14:00", "17:00");
  const b2 = slot(4, 11, "2026-10-23", "20:00", "21:30");
  const b3 = slot(5, 11, "2026-10-23", "18:00", "19:30");
  it.each([
    {
      name: "same starts: the screenings change slots",
      a: [a2, a1],
      b: [b1, b2],
      plan: {
        mode: "screenings",
        pairs: [
          { a: 1, b: 3 },
          { a: 2, b: 4 },
        ],
      },
    },
    { name: "both venues empty: nothing to pair", a: [], b: [], plan: { mode: "screenings", pairs: [] } },
    {
      name: "different counts: the slots move",
      a: [a1, a2],
      b: [b1, b2, b3],
      plan: {
        mode: "slots",
        moves: [
          { slotId: 1, toVenueId: 11 },
          { slotId: 2, toVenueId: 11 },
          { slotId: 3, toVenueId: 10 },
          { slotId: 5, toVenueId: 10 },
          { slotId: 4, toVenueId: 10 },
        ],
      },
    },
    {
      name: "same count, different starts: the slots move",
      a: [a1],
      b: [b3],
      plan: {
        mode: "slots",
        moves: [
          { slotId: 1, toVenueId: 11 },
          { slotId: 5, toVenueId: 10 },
        ],
      },
    },
    {
      name: "one venue empty: its partner's slots move over",
      a: [a1],
      b: [],
      plan: { mode: "slots", moves: [{ slotId: 1, toVenueId: 11 }] },
    },
  ])("$name", ({ a, b, plan }) => {
    expect(planVenueSwap(a, b, 10, 11)).toEqual(plan);
  });
});
