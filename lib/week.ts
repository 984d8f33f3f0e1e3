/**
 * A cinema's week: the films showing in the seven festival days from a given date, each with
 * all its times across those days, the films with screenings still to come today first.
 * "Today" is the festival day (lib/festival-time.ts: a 00:30 screening belongs to the day
 * before) at `now`, which the caller passes in.
 */
import { addDays, festivalDayOf } from "./festival-time";
import type { Programme, ProgrammeDay, ProgrammeFilm, ProgrammeScreening } from "./programme";

const WEEK_DAYS = 7;

export interface WeekFilm {
  film: ProgrammeFilm;
  /** Every screening of the film in the week (cancelled ones too, marked), in time order. */
  screenings: ProgrammeScreening[];
  /** Ids of its screenings on today's festival day that have not started at `now`. */
  todayRemaining: number[];
}

export interface Week {
  /** The first day, as in the address (yyyy-mm-dd). */
  start: string;
  /** The festival days of the edition inside the seven days from `start`. */
  days: ProgrammeDay[];
  /** Today's festival day when it is one of `days`, else null. */
  today: string | null;
  films: WeekFilm[];
  /** The start of the week before and after, when that week has festival days. */
  previous: string | null;
  next: string | null;
}

/** The edition's festival days within the seven days from `start`. */
function weekDays(programme: Programme, start: string): ProgrammeDay[] {
  const end = addDays(start, WEEK_DAYS - 1);
  return programme.days.filter((d) => d.day >= start && d.day <= end);
}

/** Does the week from `start` have any festival day of the edition? (A week past the edition's end does not.) */
export function weekInProgramme(programme: Programme, start: string): boolean {
  return weekDays(programme, start).length > 0;
}

const live = (s: ProgrammeScreening) => s.status !== "cancelled";

/** When the film's next live screening not yet started at `now` begins; Infinity when none is left this week. */
function nextStart(f: WeekFilm, now: number): number {
  const s = f.screenings.find((x) => live(x) && x.startsAt.getTime() >= now);
  return s ? s.startsAt.getTime() : Number.POSITIVE_INFINITY;
}

function firstStart(f: WeekFilm): number {
  return f.screenings[0]?.startsAt.getTime() ?? 0;
}

/**
 * The week from `start`: each film showing in it with all its times, ordered by its next
 * screening still to come (so today's remaining screenings come first), then the films whose
 * screenings in the week are all past or cancelled, by their first screening; title breaks ties.
 * Null when the week has no festival day.
 */
export function weekOf(programme: Programme, start: string, now: Date): Week | null {
  const days = weekDays(programme, start);
  if (days.length === 0) return null;
  const { timeZone, dayBreak } = programme.edition;
  const todayDay = festivalDayOf(now, timeZone, dayBreak);
  const today = days.some((d) => d.day === todayDay) ? todayDay : null;
  const t = now.getTime();
  const byFilm = new Map<number, WeekFilm>();
  for (const d of days)
    for (const s of d.screenings)
      for (const film of s.films) {
        const entry = byFilm.get(film.id) ?? { film, screenings: [], todayRemaining: [] };
        byFilm.set(film.id, entry);
        entry.screenings.push(s);
        if (live(s) && s.festivalDay === today && s.startsAt.getTime() >= t) entry.todayRemaining.push(s.id);
      }
  const films = [...byFilm.values()].sort(
    (a, b) => nextStart(a, t) - nextStart(b, t) || firstStart(a) - firstStart(b) || a.film.displayTitle.localeCompare(b.film.displayTitle),
  );
  const previous = addDays(start, -WEEK_DAYS);
  const next = addDays(start, WEEK_DAYS);
  return {
    start,
    days,
    today,
    films,
    previous: weekInProgramme(programme, previous) ? previous : null,
    next: weekInProgramme(programme, next) ? next : null,
  };
}

/** The week the edition's index links to: from today's festival day while the edition runs, from its first day otherwise. */
export function currentWeekStart(programme: Programme, now: Date): string {
  const { timeZone, dayBreak, firstDay } = programme.edition;
  const today = festivalDayOf(now, timeZone, dayBreak);
  return programme.days.some((d) => d.day === today) ? today : firstDay;
}
