/** Daily patterns of slots, and keyboard moves between slots. */
import { addDays, isClockTime, zonedTimeToInstant } from "@/lib/festival-time";
import { slotInstants } from "@/lib/slot-times";

/* ---------- daily patterns ---------- */

/**
 * A daily pattern's slot on one festival day: the start read as slotInstants reads it
 * (day-break rule: 00:30 on Friday's festival day is Saturday morning), lasting
 * `minutes` real minutes. An error names the time when it does not exist that day.
 */
export function patternSlot(
  day: string,
  time: string,
  minutes: number,
  timeZone: string,
  dayBreak = "06:00",
): { startsAt: Date; endsAt: Date } | { error: string } {
  if (!isClockTime(time)) return { error: "must be a time like 20:30" };
  // The end clock is only needed by slotInstants' signature; the slot's length is `minutes` of real time.
  const r = slotInstants(day, time, time, timeZone, dayBreak);
  let startsAt: Date | null;
  if ("error" in r) {
    if (r.field === "startTime") return { error: r.error };
    startsAt = zonedTimeToInstant(time < dayBreak ? addDays(day, 1) : day, time, timeZone, "earlier");
    if (!startsAt) return { error: r.error };
  } else startsAt = r.startsAt;
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
}

/* ---------- keyboard dragging between slots ---------- */

export interface Rect {
  id: string | number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Direction = "up" | "down" | "left" | "right";

/**
 * Keyboard dragging: the next drop target from `from` (the dragged thing's rect) in a
 * direction: the nearest rect whose centre lies that way, weighting the cross
 * axis double so "down" stays in the column and "right" goes to the next column.
 */
export function nextTarget(rects: Rect[], from: Omit<Rect, "id">, direction: Direction): Rect | null {
  const cx = from.left + from.width / 2;
  const cy = from.top + from.height / 2;
  let best: Rect | null = null;
  let bestScore = Infinity;
  for (const r of rects) {
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const dx = x - cx;
    const dy = y - cy;
    const along = direction === "down" ? dy : direction === "up" ? -dy : direction === "right" ? dx : -dx;
    const across = direction === "down" || direction === "up" ? Math.abs(dx) : Math.abs(dy);
    // The slot the card is over already is never the next one (its centre may lie below the card's).
    const inside = cx >= r.left && cx <= r.left + r.width && cy >= r.top && cy <= r.top + r.height;
    if (along <= 1 || inside) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}
