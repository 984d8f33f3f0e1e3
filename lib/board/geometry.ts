/** Grid geometry: real minutes to pixels, hour lines across a DST night, snapping, resizing and drawing. */
import { elapsedMinutes, festivalDayWindow, formatOffset, localParts } from "@/lib/festival-time";
import { MIN_SLOT_MINUTES, SNAP_MINUTES } from "./model";

/* ---------- geometry ---------- */

export interface BoardWindow {
  start: Date;
  end: Date;
  /** Real minutes from day-break to the next day-break: 1500 on the night the clocks go back. */
  minutes: number;
}

/** The festival day's span: day-break of `day` to day-break of the next day. */
export function boardWindow(day: string, timeZone: string, dayBreak = "06:00"): BoardWindow {
  const { start, end } = festivalDayWindow(day, timeZone, dayBreak);
  return { start, end, minutes: elapsedMinutes(start, end) };
}

const asDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

/** Real minutes from the window's start (may be fractional for odd seconds). */
export function minutesFrom(win: Pick<BoardWindow, "start">, instant: Date | string): number {
  return (asDate(instant).getTime() - win.start.getTime()) / 60_000;
}

export function instantAt(win: Pick<BoardWindow, "start">, minutes: number): Date {
  return new Date(win.start.getTime() + Math.round(minutes) * 60_000);
}

const toPx = (minutes: number, pxPerMinute: number) => minutes * pxPerMinute;
const toMinutes = (px: number, pxPerMinute: number) => px / pxPerMinute;

/** Snaps minutes to the step (5 by default); `round` to the nearest, or `floor` / `ceil`. */
export function snapMinutes(minutes: number, step = SNAP_MINUTES, mode: "round" | "floor" | "ceil" = "round"): number {
  const f = mode === "floor" ? Math.floor : mode === "ceil" ? Math.ceil : Math.round;
  // Guard against -0 and float fuzz (e.g. 14.999999).
  return f(Number((minutes / step).toFixed(6))) * step + 0;
}

export interface HourMark {
  /** minutes from the window's start */
  offset: number;
  /** local clock "01:00" */
  label: string;
  /** UTC offset in force, "+01:00" */
  utcOffset: string;
  /** true where the offset differs from the previous mark's (the clocks changed) */
  offsetChanged: boolean;
}

/**
 * One mark per local whole hour within [start, end] (end included when it is on the hour),
 * walking real time, so the night the clocks go back shows 01:00 twice and the
 * night they go forward skips 01:00. Works for half-hour zones (marks where the local minute is 00).
 */
export function hourMarks(win: Pick<BoardWindow, "start" | "end">, timeZone: string): HourMark[] {
  const out: HourMark[] = [];
  const step = 15 * 60_000;
  // Start at the first quarter-hour of real time at or after the window's start.
  const first = Math.ceil(win.start.getTime() / step) * step;
  let prevOffset: number | null = null;
  for (let t = first; t <= win.end.getTime(); t += step) {
    const p = localParts(new Date(t), timeZone);
    if (!p.time.endsWith(":00")) continue;
    out.push({
      offset: (t - win.start.getTime()) / 60_000,
      label: p.time,
      utcOffset: formatOffset(p.offsetMinutes),
      offsetChanged: prevOffset !== null && prevOffset !== p.offsetMinutes,
    });
    prevOffset = p.offsetMinutes;
  }
  return out;
}

export interface SlotBox {
  top: number;
  height: number;
  /** the hatched changeover band after the slot */
  changeoverTop: number;
  changeoverHeight: number;
}

/** A slot's box in pixels: top and height are its real start and length in minutes. */
export function slotBox(
  win: Pick<BoardWindow, "start">,
  slot: { startsAt: Date | string; endsAt: Date | string },
  changeoverMinutes: number,
  pxPerMinute: number,
): SlotBox {
  const top = minutesFrom(win, slot.startsAt);
  const end = minutesFrom(win, slot.endsAt);
  return {
    top: toPx(top, pxPerMinute),
    height: toPx(Math.max(0, end - top), pxPerMinute),
    changeoverTop: toPx(end, pxPerMinute),
    changeoverHeight: toPx(Math.max(0, changeoverMinutes), pxPerMinute),
  };
}

/** Slots drawn side by side in one column go no further right than this lane. */
export const MAX_LANE = 3;

/**
 * Lanes for overlapping boxes of one column, in the order given (the board gives them by start):
 * each box takes the first lane free at its top (a lane is free once a box in it has ended at or
 * before that top); a column of more overlaps than lanes stacks the rest in the last lane.
 */
export function packLanes(boxes: readonly { top: number; height: number }[], maxLane = MAX_LANE): number[] {
  // The bottom of the box in each lane; null once the lane is free again.
  const ends: (number | null)[] = [];
  return boxes.map((b) => {
    for (const [i, end] of ends.entries()) if (end !== null && end <= b.top) ends[i] = null;
    let lane = ends.indexOf(null);
    if (lane < 0) lane = ends.length;
    ends[lane] = b.top + b.height;
    return Math.min(lane, maxLane);
  });
}

export interface LaidOutBox extends SlotBox {
  lane: number;
}

/**
 * Every slot's box on the grid, by slot id: its real start and length in pixels, its changeover
 * band, and its lane among the venue's overlapping slots (packLanes, per venue, in the given order).
 * Slots of a venue not in `venues` are not laid out.
 */
export function layOutSlots(
  win: Pick<BoardWindow, "start">,
  slots: readonly { id: number; venueId: number; startsAt: Date | string; endsAt: Date | string }[],
  venues: readonly { id: number; changeoverMinutes: number }[],
  pxPerMinute: number,
): Map<number, LaidOutBox> {
  const out = new Map<number, LaidOutBox>();
  for (const v of venues) {
    const mine = slots.filter((s) => s.venueId === v.id);
    const boxes = mine.map((s) => slotBox(win, s, v.changeoverMinutes, pxPerMinute));
    const lanes = packLanes(boxes);
    mine.forEach((s, i) => {
      const box = boxes[i];
      if (box) out.set(s.id, { ...box, lane: lanes[i] ?? 0 });
    });
  }
  return out;
}

/** Minutes the grid must show: the window, stretched to the latest slot end plus its changeover. */
export function gridMinutes(win: BoardWindow, slots: { endsAt: Date | string; changeoverMinutes?: number }[]): number {
  let m = win.minutes;
  for (const s of slots) m = Math.max(m, Math.ceil(minutesFrom(win, s.endsAt) + (s.changeoverMinutes ?? 0)));
  return m;
}

/**
 * Dragging a slot's bottom edge by `deltaPx`: the new end snapped to the 5-minute
 * grid of the board (counted from day-break), never shorter than MIN_SLOT_MINUTES.
 */
export function resizedEnd(
  win: Pick<BoardWindow, "start">,
  slot: { startsAt: Date | string; endsAt: Date | string },
  deltaPx: number,
  pxPerMinute: number,
): { endsAt: Date; minutes: number } {
  const start = minutesFrom(win, slot.startsAt);
  const end = minutesFrom(win, slot.endsAt) + toMinutes(deltaPx, pxPerMinute);
  let snapped = snapMinutes(end);
  if (snapped < start + MIN_SLOT_MINUTES) snapped = snapMinutes(start + MIN_SLOT_MINUTES, SNAP_MINUTES, "ceil");
  const endsAt = instantAt(win, snapped);
  return { endsAt, minutes: elapsedMinutes(asDate(slot.startsAt), endsAt) };
}

/**
 * Drawing on an empty column: from the pointer's first position (px from the column's
 * top) by `deltaPx` (either way), snapped to 5 minutes and clamped to the grid.
 * Null when the range is shorter than MIN_SLOT_MINUTES.
 */
export function drawnRange(
  startPx: number,
  deltaPx: number,
  pxPerMinute: number,
  maxMinutes: number,
): { start: number; end: number } | null {
  const a = toMinutes(startPx, pxPerMinute);
  const b = toMinutes(startPx + deltaPx, pxPerMinute);
  const clamp = (m: number) => Math.max(0, Math.min(maxMinutes, m));
  const start = clamp(snapMinutes(Math.min(a, b), SNAP_MINUTES, "floor"));
  const end = clamp(snapMinutes(Math.max(a, b), SNAP_MINUTES, "ceil"));
  if (end - start < MIN_SLOT_MINUTES) return null;
  return { start, end };
}
