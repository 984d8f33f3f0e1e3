/**
 * The planner's wish and the hours it keeps to (issue 17 §2): which screenings of a release a
 * person could go to at all. Hours are the festival day's clock: a screening after midnight
 * belongs to the day before (lib/festival-time.ts), so "to 01:00" means one o'clock that night.
 */
import { addDays, festivalDayOf, localParts } from "./festival-time";
import type { ScreeningStatus } from "./types";

/** What a person asks for: every field optional but the films. */
export interface PlannerWish {
  /** Films wanted, in the order given (must-sees are wanted too). */
  films: number[];
  must: number[];
  /** "HH:MM" on the festival day's clock; null: from the day-break. */
  from: string | null;
  /** "HH:MM"; a time before the day-break is that night, after midnight; null: until the next day-break. */
  to: string | null;
  breakMinutes: number;
}

/** One screening as the planner reads it. */
export interface PlanScreening {
  id: number;
  filmIds: number[];
  venueId: number;
  startsAt: Date;
  endsAt: Date;
  status: ScreeningStatus;
}

export interface FestivalClockRule {
  timeZone: string;
  dayBreak: string;
}

const DAY = 24 * 60;

function clockMinutes(time: string): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return h * 60 + m;
}

/**
 * Minutes of a clock time on the festival day: a time before the day-break counts from the next
 * midnight (01:00 = 25:00); as an end (`asEnd`), the day-break itself is the next morning's.
 */
export function festivalClockMinutes(time: string, dayBreak: string, asEnd = false): number {
  const m = clockMinutes(time);
  const brk = clockMinutes(dayBreak);
  return m < brk || (asEnd && m === brk) ? m + DAY : m;
}

/** Minutes of an instant on the clock of a festival day (the day after: +24 h). */
function minutesOnDay(instant: Date, day: string, rule: FestivalClockRule): number {
  const p = localParts(instant, rule.timeZone);
  let dayOffset = 0;
  for (let d = day; d < p.date && dayOffset < 7; d = addDays(d, 1)) dayOffset++;
  return dayOffset * DAY + clockMinutes(p.time);
}

/** The festival day a screening belongs to, and its start and end on that day's clock (the wall clock, as printed). */
function screeningClock(s: Pick<PlanScreening, "startsAt" | "endsAt">, rule: FestivalClockRule) {
  const day = festivalDayOf(s.startsAt, rule.timeZone, rule.dayBreak);
  return { day, start: minutesOnDay(s.startsAt, day, rule), end: minutesOnDay(s.endsAt, day, rule) };
}

/** Does a screening start at or after `from` and end by `to`, on its festival day's clock? */
export function withinHours(
  s: Pick<PlanScreening, "startsAt" | "endsAt">,
  wish: Pick<PlannerWish, "from" | "to">,
  rule: FestivalClockRule,
): boolean {
  const c = screeningClock(s, rule);
  const from = wish.from === null ? clockMinutes(rule.dayBreak) : festivalClockMinutes(wish.from, rule.dayBreak);
  const to = festivalClockMinutes(wish.to ?? rule.dayBreak, rule.dayBreak, true);
  return c.start >= from && c.end <= to;
}
