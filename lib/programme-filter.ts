/**
 * Filters and search over a released programme, for the public pages' GET form:
 * venue, section (genre), language, day, time of day, and words in titles or directors.
 */
import type { Programme, ProgrammeScreening } from "./programme";
import { normaliseLine, stripForbidden } from "./text";

export type TimeOfDay = "morning" | "afternoon" | "evening" | "night";

const TIMES_OF_DAY: { value: TimeOfDay; label: string; from: string; to: string }[] = [
  { value: "morning", label: "Morning (before 12:00)", from: "00:00", to: "12:00" },
  { value: "afternoon", label: "Afternoon (12:00–17:59)", from: "12:00", to: "18:00" },
  { value: "evening", label: "Evening (18:00–22:59)", from: "18:00", to: "23:00" },
  { value: "night", label: "Late night (23:00 and after midnight)", from: "23:00", to: "24:00" },
];

export interface ProgrammeFilter {
  venue?: string;
  genre?: string;
  language?: string;
  day?: string;
  time?: TimeOfDay;
  q?: string;
}

/** As stored (lib/text: invisible characters gone, odd spaces one space), then accents and case folded. */
const fold = (s: string) =>
  normaliseLine(stripForbidden(s))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Reads a filter from URL search params, ignoring anything unknown or malformed. */
export function parseFilter(params: Record<string, string | string[] | undefined>): ProgrammeFilter {
  const one = (k: string) => {
    const v = params[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s?.trim() && s.length <= 200 ? s.trim() : undefined;
  };
  const time = one("time");
  return {
    venue: one("venue"),
    genre: one("genre"),
    language: one("language"),
    day: one("day"),
    time: TIMES_OF_DAY.some((t) => t.value === time) ? (time as TimeOfDay) : undefined,
    q: one("q"),
  };
}

export function timeOfDay(s: ProgrammeScreening): TimeOfDay {
  if (s.afterMidnight) return "night";
  const t = s.startTime;
  return TIMES_OF_DAY.find((x) => t >= x.from && t < x.to)?.value ?? "night";
}

function matchesFilter(s: ProgrammeScreening, f: ProgrammeFilter): boolean {
  if (f.venue && s.venue.slug !== f.venue) return false;
  if (f.day && s.festivalDay !== f.day) return false;
  if (f.time && timeOfDay(s) !== f.time) return false;
  if (f.genre && !s.films.some((film) => film.genre && fold(film.genre) === fold(f.genre!))) return false;
  if (f.language && !s.films.some((film) => film.languages.some((l) => fold(l) === fold(f.language!)))) return false;
  if (f.q) {
    const words = fold(f.q).split(/\s+/).filter(Boolean);
    const hay = fold(s.films.map((film) => [film.displayTitle, film.originalTitle ?? "", ...film.directors].join(" ")).join(" "));
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

export function filterScreenings(programme: Programme, f: ProgrammeFilter): ProgrammeScreening[] {
  return programme.screenings.filter((s) => matchesFilter(s, f));
}

/** The choices a filter form offers: what the programme actually contains, sorted. */
export function filterOptions(programme: Programme) {
  const genres = new Set<string>();
  const languages = new Set<string>();
  for (const s of programme.screenings)
    for (const f of s.films) {
      if (f.genre) genres.add(f.genre);
      for (const l of f.languages) languages.add(l);
    }
  const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return {
    venues: programme.venues.filter((v) => programme.screenings.some((s) => s.venue.id === v.id)),
    genres: sort(genres),
    languages: sort(languages),
    days: programme.days.map((d) => ({ day: d.day, label: d.label })),
    times: TIMES_OF_DAY,
  };
}

export function isEmptyFilter(f: ProgrammeFilter): boolean {
  return !f.venue && !f.genre && !f.language && !f.day && !f.time && !f.q;
}
