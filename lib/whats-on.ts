/** What's on now and next, and which festival day is "today", for the edition's front page. */
import { festivalDayOf } from "./festival-time";
import type { Programme, ProgrammeDay, ProgrammeScreening } from "./programme";

/** The festival day `now` falls in, when the festival is running; otherwise null. */
export function currentFestivalDay(programme: Programme, now: Date): string | null {
  const { timeZone, dayBreak } = programme.edition;
  const day = festivalDayOf(now, timeZone, dayBreak);
  return programme.days.some((d) => d.day === day) ? day : null;
}

/** The days with today's festival day first while the festival runs; in date order otherwise. */
export function daysTodayFirst(programme: Programme, now: Date): ProgrammeDay[] {
  const today = currentFestivalDay(programme, now);
  if (!today) return programme.days;
  return [...programme.days.filter((d) => d.day === today), ...programme.days.filter((d) => d.day !== today)];
}

/** Screenings running at `now` and the next `count` to start; cancelled ones are left out. */
export function nowAndNext(programme: Programme, now: Date, count = 5): { now: ProgrammeScreening[]; next: ProgrammeScreening[] } {
  const t = now.getTime();
  const live = programme.screenings.filter((s) => s.status !== "cancelled");
  return {
    now: live.filter((s) => s.startsAt.getTime() <= t && t < s.endsAt.getTime()),
    next: live.filter((s) => s.startsAt.getTime() > t).slice(0, count),
  };
}
