/**
 * The scheduling board's pure logic: grid geometry (real minutes -> pixels, hour
 * lines across a DST night, snapping), "would this drop fit" (checkFit, the
 * same function the server uses), the board's commands as data (what the UI
 * does optimistically and what undo runs), and the undo/redo stack.
 *
 * No React, no Next, no fetch: the board component and its tests both use these.
 */
import { elapsedMinutes, festivalDayOf, festivalDayWindow, formatOffset, isClockTime, localParts, addDays, zonedTimeToInstant } from "./festival-time";
import { checkFit } from "./fit";
import { slotInstants } from "./slot-times";
import type { Conflict, FitResult, ScreeningStatus } from "./types";

export const SNAP_MINUTES = 5;
/** Undo keeps at least this many steps. */
export const HISTORY_LIMIT = 50;
/** The smallest slot the board draws or resizes to. */
export const MIN_SLOT_MINUTES = 5;

/* ---------- the board's picture of a slot (structurally the API's SlotView) ---------- */

export interface BoardFilm {
  id: number;
  title: string | null;
  displayTitle: string;
  runtimeMinutes: number | null;
}

export interface BoardScreening {
  id: number;
  filmIds: number[];
  films: BoardFilm[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
  version: number;
}

export interface BoardSlot {
  id: number;
  venueId: number;
  /** ISO 8601 in the edition's offset */
  startsAt: string;
  endsAt: string;
  minutes: number;
  festivalDay: string;
  version: number;
  screening: BoardScreening | null;
  fit: FitResult | null;
  conflicts: Conflict[];
}

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

export const toPx = (minutes: number, pxPerMinute: number) => minutes * pxPerMinute;
export const toMinutes = (px: number, pxPerMinute: number) => px / pxPerMinute;

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
export function slotBox(win: Pick<BoardWindow, "start">, slot: { startsAt: Date | string; endsAt: Date | string }, changeoverMinutes: number, pxPerMinute: number): SlotBox {
  const top = minutesFrom(win, slot.startsAt);
  const end = minutesFrom(win, slot.endsAt);
  return {
    top: toPx(top, pxPerMinute),
    height: toPx(Math.max(0, end - top), pxPerMinute),
    changeoverTop: toPx(end, pxPerMinute),
    changeoverHeight: toPx(Math.max(0, changeoverMinutes), pxPerMinute),
  };
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
export function resizedEnd(win: Pick<BoardWindow, "start">, slot: { startsAt: Date | string; endsAt: Date | string }, deltaPx: number, pxPerMinute: number): { endsAt: Date; minutes: number } {
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
export function drawnRange(startPx: number, deltaPx: number, pxPerMinute: number, maxMinutes: number): { start: number; end: number } | null {
  const a = toMinutes(startPx, pxPerMinute);
  const b = toMinutes(startPx + deltaPx, pxPerMinute);
  const clamp = (m: number) => Math.max(0, Math.min(maxMinutes, m));
  const start = clamp(snapMinutes(Math.min(a, b), SNAP_MINUTES, "floor"));
  const end = clamp(snapMinutes(Math.max(a, b), SNAP_MINUTES, "ceil"));
  if (end - start < MIN_SLOT_MINUTES) return null;
  return { start, end };
}

/* ---------- fit of a drop ---------- */

/** The screening a slot would hold, as data the server accepts (plus the films for display). */
export interface ScreeningSpec {
  films: BoardFilm[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
}

export function specOf(s: BoardScreening | null): ScreeningSpec | null {
  if (!s) return null;
  return { films: s.films, preShowMinutes: s.preShowMinutes, introMinutes: s.introMinutes, qaMinutes: s.qaMinutes, status: s.status };
}

/** checkFit of a screening spec in a slot of `slotMinutes`: the same arithmetic the server uses. */
export function fitOfSpec(slotMinutes: number, spec: Pick<ScreeningSpec, "films" | "preShowMinutes" | "introMinutes" | "qaMinutes">): FitResult {
  return checkFit({
    slotMinutes,
    preShowMinutes: spec.preShowMinutes,
    introMinutes: spec.introMinutes,
    qaMinutes: spec.qaMinutes,
    runtimes: spec.films.map((f) => f.runtimeMinutes),
    titles: spec.films.map((f) => f.displayTitle),
  });
}

/** What is being dragged. */
export type DragItem = { kind: "film"; film: BoardFilm } | { kind: "screening"; slotId: number };

export type DropPlan =
  | { ok: true; action: "place" | "append" | "move"; fit: FitResult; command: BoardCommand; message: string }
  | { ok: false; reason: "does-not-fit" | "occupied" | "same-slot" | "already-in" | "no-screening" | "runtime-unknown"; fit: FitResult | null; message: string };

/**
 * Would this drop be made? A film onto an empty slot places it (confirmed, or
 * pencilled in when its runtime is unknown); onto an occupied slot it joins the
 * programme; a screening onto an empty slot moves there. Refused (with the
 * arithmetic) when it would not fit, as the server would refuse it.
 */
export function planDrop(item: DragItem, target: BoardSlot, slots: BoardSlot[]): DropPlan {
  if (item.kind === "film") {
    const existing = target.screening;
    if (existing?.filmIds.includes(item.film.id))
      return { ok: false, reason: "already-in", fit: target.fit, message: `${item.film.displayTitle} is already in this screening` };
    const spec: ScreeningSpec = existing
      ? { ...specOf(existing)!, films: [...existing.films, item.film] }
      : { films: [item.film], preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "confirmed" };
    const fit = fitOfSpec(target.minutes, spec);
    if (fit.status === "over" && spec.status !== "cancelled") return { ok: false, reason: "does-not-fit", fit, message: fit.message };
    // A runtime nobody knows may only be pencilled in.
    if (fit.status === "unknown" && spec.status === "confirmed") spec.status = "tentative";
    return { ok: true, action: existing ? "append" : "place", fit, command: { kind: "put", slotId: target.id, spec }, message: fit.message };
  }
  if (item.slotId === target.id) return { ok: false, reason: "same-slot", fit: target.fit, message: "" };
  const from = slots.find((s) => s.id === item.slotId);
  if (!from?.screening) return { ok: false, reason: "no-screening", fit: null, message: "That slot has no screening any more" };
  const spec = specOf(from.screening)!;
  const fit = fitOfSpec(target.minutes, spec);
  if (target.screening) return { ok: false, reason: "occupied", fit, message: `That slot already has ${target.screening.films.map((f) => f.displayTitle).join(" + ")}` };
  if (fit.status === "over" && spec.status !== "cancelled") return { ok: false, reason: "does-not-fit", fit, message: fit.message };
  if (fit.status === "unknown" && spec.status === "confirmed")
    return { ok: false, reason: "runtime-unknown", fit, message: `Only a pencilled-in screening may have an unknown runtime: ${fit.message}` };
  return { ok: true, action: "move", fit, command: { kind: "move", fromSlotId: from.id, toSlotId: target.id }, message: fit.message };
}

/* ---------- commands, optimistic application, inverses ---------- */

export type BoardCommand =
  /** Put this screening into the slot (null: empty it). */
  | { kind: "put"; slotId: number; spec: ScreeningSpec | null }
  | { kind: "move"; fromSlotId: number; toSlotId: number }
  | { kind: "resize"; slotId: number; endsAt: string }
  /** `restoresId`: the id this slot had before (undo of a delete, redo of a create). */
  | { kind: "create"; venueId: number; startsAt: string; endsAt: string; restoresId?: number }
  | { kind: "delete"; slotId: number };

export interface HistoryOp {
  label: string;
  do: BoardCommand;
  undo: BoardCommand;
}

function screeningFromSpec(spec: ScreeningSpec, previous: BoardScreening | null): BoardScreening {
  return {
    id: previous?.id ?? -1,
    filmIds: spec.films.map((f) => f.id),
    films: spec.films,
    preShowMinutes: spec.preShowMinutes,
    introMinutes: spec.introMinutes,
    qaMinutes: spec.qaMinutes,
    status: spec.status,
    version: previous?.version ?? 0,
  };
}

/** What the board shows at once, before the server answers (conflicts follow from the server). */
export function applyCommand<S extends BoardSlot>(slots: S[], cmd: BoardCommand, ctx: { timeZone: string; dayBreak: string; tempId?: number }): S[] {
  switch (cmd.kind) {
    case "put":
      return slots.map((s) => {
        if (s.id !== cmd.slotId) return s;
        if (!cmd.spec) return { ...s, screening: null, fit: null };
        return { ...s, screening: screeningFromSpec(cmd.spec, s.screening), fit: fitOfSpec(s.minutes, cmd.spec) };
      });
    case "move": {
      const from = slots.find((s) => s.id === cmd.fromSlotId);
      const screening = from?.screening;
      if (!screening) return slots;
      return slots.map((s) => {
        if (s.id === cmd.fromSlotId) return { ...s, screening: null, fit: null };
        if (s.id === cmd.toSlotId) return { ...s, screening, fit: fitOfSpec(s.minutes, screening) };
        return s;
      });
    }
    case "resize":
      return slots.map((s) => {
        if (s.id !== cmd.slotId) return s;
        const minutes = elapsedMinutes(new Date(s.startsAt), new Date(cmd.endsAt));
        return { ...s, endsAt: cmd.endsAt, minutes, fit: s.screening ? fitOfSpec(minutes, s.screening) : null };
      });
    case "create": {
      const startsAt = new Date(cmd.startsAt);
      const slot: BoardSlot = {
        id: ctx.tempId ?? -1,
        venueId: cmd.venueId,
        startsAt: cmd.startsAt,
        endsAt: cmd.endsAt,
        minutes: elapsedMinutes(startsAt, new Date(cmd.endsAt)),
        festivalDay: festivalDayOf(startsAt, ctx.timeZone, ctx.dayBreak),
        version: 1,
        screening: null,
        fit: null,
        conflicts: [],
      };
      return [...slots, slot as S];
    }
    case "delete":
      return slots.filter((s) => s.id !== cmd.slotId);
  }
}

/**
 * The command that undoes `cmd`, read from the board as it was before `cmd`;
 * `createdId` is the id the server gave a created slot. Null when there is nothing to undo.
 */
export function inverseOf(cmd: BoardCommand, before: BoardSlot[], createdId?: number): BoardCommand | null {
  switch (cmd.kind) {
    case "put": {
      const slot = before.find((s) => s.id === cmd.slotId);
      if (!slot) return null;
      return { kind: "put", slotId: cmd.slotId, spec: specOf(slot.screening) };
    }
    case "move":
      return { kind: "move", fromSlotId: cmd.toSlotId, toSlotId: cmd.fromSlotId };
    case "resize": {
      const slot = before.find((s) => s.id === cmd.slotId);
      return slot ? { kind: "resize", slotId: cmd.slotId, endsAt: slot.endsAt } : null;
    }
    case "create":
      return createdId === undefined ? null : { kind: "delete", slotId: createdId };
    case "delete": {
      const slot = before.find((s) => s.id === cmd.slotId);
      return slot ? { kind: "create", venueId: slot.venueId, startsAt: slot.startsAt, endsAt: slot.endsAt, restoresId: slot.id } : null;
    }
  }
}

/** The same command with a slot's id replaced (a slot re-created by undo/redo gets a new id). */
export function remapCommand(cmd: BoardCommand, from: number, to: number): BoardCommand {
  const m = (id: number) => (id === from ? to : id);
  switch (cmd.kind) {
    case "put":
    case "resize":
    case "delete":
      return { ...cmd, slotId: m(cmd.slotId) };
    case "move":
      return { ...cmd, fromSlotId: m(cmd.fromSlotId), toSlotId: m(cmd.toSlotId) };
    case "create":
      return cmd.restoresId === undefined ? cmd : { ...cmd, restoresId: m(cmd.restoresId) };
  }
}

/* ---------- undo / redo ---------- */

export interface History<T> {
  past: T[];
  future: T[];
  limit: number;
}

export type HistoryAction<T> =
  | { type: "record"; op: T }
  /** The top of `past` was undone: it moves to `future`. */
  | { type: "undone" }
  /** The top of `future` was redone: it moves back to `past`. */
  | { type: "redone" }
  | { type: "map"; fn: (op: T) => T }
  | { type: "clear" };

export function emptyHistory<T>(limit = HISTORY_LIMIT): History<T> {
  return { past: [], future: [], limit: Math.max(1, limit) };
}

export function historyReducer<T>(h: History<T>, a: HistoryAction<T>): History<T> {
  switch (a.type) {
    case "record": {
      const past = [...h.past, a.op];
      return { ...h, past: past.length > h.limit ? past.slice(past.length - h.limit) : past, future: [] };
    }
    case "undone": {
      if (h.past.length === 0) return h;
      return { ...h, past: h.past.slice(0, -1), future: [...h.future, h.past[h.past.length - 1]] };
    }
    case "redone": {
      if (h.future.length === 0) return h;
      return { ...h, future: h.future.slice(0, -1), past: [...h.past, h.future[h.future.length - 1]] };
    }
    case "map":
      return { ...h, past: h.past.map(a.fn), future: h.future.map(a.fn) };
    case "clear":
      return { ...h, past: [], future: [] };
  }
}

export const nextUndo = <T>(h: History<T>): T | undefined => h.past[h.past.length - 1];
export const nextRedo = <T>(h: History<T>): T | undefined => h.future[h.future.length - 1];

/* ---------- daily patterns ---------- */

/**
 * A daily pattern's slot on one festival day: the start read as slotInstants reads it
 * (day-break rule: 00:30 on Friday's festival day is Saturday morning), lasting
 * `minutes` real minutes. An error names the time when it does not exist that day.
 */
export function patternSlot(day: string, time: string, minutes: number, timeZone: string, dayBreak = "06:00"): { startsAt: Date; endsAt: Date } | { error: string } {
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
    if (along <= 1) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}
