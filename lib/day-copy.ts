/**
 * Copying a festival day's slots to another festival day, and swapping two venues' day (issue 16 §3).
 *
 * A copied slot keeps its local clock times on the target festival day, with the day-break
 * rule (00:30 belongs to the festival day before): its start and end are read again on the
 * target day with lib/slot-times, so on the night the clocks go back a 00:30-02:30 slot lasts
 * 180 real minutes, and a start the clocks skip (spring) cannot be copied.
 */
import { localParts } from "./festival-time";
import { slotInstants } from "./slot-times";

export interface TimedSlot {
  id: number;
  venueId: number;
  startsAt: Date;
  endsAt: Date;
}

export type CopiedTimes = { startsAt: Date; endsAt: Date; minutes: number } | { error: string };

/** The instants of `slot`'s local clock times (start and end) on festival day `toDay`. */
export function copiedSlotTimes(
  slot: Pick<TimedSlot, "startsAt" | "endsAt">,
  toDay: string,
  timeZone: string,
  dayBreak = "06:00",
): CopiedTimes {
  const start = localParts(slot.startsAt, timeZone).time;
  const end = localParts(slot.endsAt, timeZone).time;
  const r = slotInstants(toDay, start, end, timeZone, dayBreak);
  if ("error" in r) return { error: `the slot ${start}-${end}: ${r.error}` };
  return r;
}

export interface PlannedCopy {
  sourceId: number;
  venueId: number;
  startsAt: Date;
  endsAt: Date;
  minutes: number;
}

export interface CopyOverlap {
  sourceId: number;
  existingId: number;
  venueId: number;
}

export type CopyPlan = { copies: PlannedCopy[]; overlaps: CopyOverlap[] } | { error: string; sourceId: number };

const overlaps = (a: Pick<TimedSlot, "startsAt" | "endsAt">, b: Pick<TimedSlot, "startsAt" | "endsAt">): boolean =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * The copies of `source` (a festival day's slots) on `toDay`, and which of them would overlap a
 * slot of `existing` at the same venue (touching end to start is not an overlap). An error for the
 * first slot whose clock times do not exist on `toDay`.
 */
export function planDayCopy(
  source: readonly TimedSlot[],
  existing: readonly TimedSlot[],
  toDay: string,
  timeZone: string,
  dayBreak = "06:00",
): CopyPlan {
  const copies: PlannedCopy[] = [];
  for (const s of source) {
    const t = copiedSlotTimes(s, toDay, timeZone, dayBreak);
    if ("error" in t) return { error: t.error, sourceId: s.id };
    copies.push({ sourceId: s.id, venueId: s.venueId, ...t });
  }
  const found: CopyOverlap[] = [];
  for (const c of copies)
    for (const e of existing)
      if (e.venueId === c.venueId && overlaps(c, e)) found.push({ sourceId: c.sourceId, existingId: e.id, venueId: c.venueId });
  return { copies, overlaps: found };
}

/**
 * How two venues' day is swapped. When their slots pair up one to one by start (the same number
 * of slots, starting at the same instants) the screenings change slots and the slots stay
 * (`pairs`, each venue A's slot with venue B's). Otherwise the slots themselves move to the
 * other venue, each keeping its screening and its times (`moves`).
 */
export type SwapPlan =
  | { mode: "screenings"; pairs: { a: number; b: number }[] }
  | { mode: "slots"; moves: { slotId: number; toVenueId: number }[] };

export function planVenueSwap(slotsA: readonly TimedSlot[], slotsB: readonly TimedSlot[], venueA: number, venueB: number): SwapPlan {
  const byStart = (list: readonly TimedSlot[]) => [...list].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || x.id - y.id);
  const a = byStart(slotsA);
  const b = byStart(slotsB);
  const paired = a.length === b.length && a.every((s, i) => s.startsAt.getTime() === b[i]?.startsAt.getTime());
  if (paired) return { mode: "screenings", pairs: a.flatMap((s, i) => (b[i] ? [{ a: s.id, b: b[i].id }] : [])) };
  return {
    mode: "slots",
    moves: [...a.map((s) => ({ slotId: s.id, toVenueId: venueB })), ...b.map((s) => ({ slotId: s.id, toVenueId: venueA }))],
  };
}
