/**
 * Filters and search over a released programme, for the public pages' GET form:
 * venue, genre, section (strand), spoken language, subtitles, access mark, day, time of day,
 * and words in titles, programme names, directors or guests.
 */
import type { Programme, ProgrammeScreening } from "./programme";
import { ACCESS_WORDS } from "./screening-words";
import { normaliseLine, stripForbidden } from "./text";
import { ACCESSIBILITY, type Accessibility } from "./types";

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
  section?: string;
  subtitles?: string;
  access?: Accessibility;
  format?: string;
  rating?: string;
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
  const access = one("access");
  return {
    venue: one("venue"),
    genre: one("genre"),
    language: one("language"),
    section: one("section"),
    subtitles: one("subtitles"),
    access: ACCESSIBILITY.find((a) => a === access),
    format: one("format"),
    rating: one("rating"),
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

const same = (a: string, b: string | undefined) => b !== undefined && fold(a) === fold(b);

function matchesFilter(s: ProgrammeScreening, f: ProgrammeFilter): boolean {
  if (f.venue && s.venue.slug !== f.venue) return false;
  if (f.day && s.festivalDay !== f.day) return false;
  if (f.time && timeOfDay(s) !== f.time) return false;
  if (f.genre && !s.films.some((film) => film.genre && fold(film.genre) === fold(f.genre!))) return false;
  if (f.language && !s.languages.some((l) => same(l, f.language))) return false;
  if (f.section && !s.sections.some((x) => same(x, f.section))) return false;
  if (f.subtitles && !(s.subtitles ?? "").split(", ").some((x) => same(x, f.subtitles))) return false;
  if (f.access && !s.accessibility.includes(f.access)) return false;
  if (f.format && !same(s.format ?? "", f.format)) return false;
  if (f.rating && !s.films.some((film) => film.rating && same(film.rating, f.rating))) return false;
  if (f.q) {
    const words = fold(f.q).split(/\s+/).filter(Boolean);
    const films = s.films.map((film) => [film.displayTitle, film.originalTitle ?? "", ...film.directors].join(" "));
    const hay = fold([s.programmeTitle ?? "", ...films, ...s.guests.map((g) => g.name)].join(" "));
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
  const sections = new Set<string>();
  const subtitles = new Set<string>();
  const access = new Set<Accessibility>();
  const formats = new Set<string>();
  const ratings = new Set<string>();
  for (const s of programme.screenings) {
    for (const f of s.films) if (f.genre) genres.add(f.genre);
    for (const l of s.languages) languages.add(l);
    for (const x of s.sections) sections.add(x);
    for (const x of s.subtitles?.split(", ") ?? []) subtitles.add(x);
    for (const a of s.accessibility) access.add(a);
    if (s.format) formats.add(s.format);
    for (const f of s.films) if (f.rating) ratings.add(f.rating);
  }
  const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return {
    venues: programme.venues.filter((v) => programme.screenings.some((s) => s.venue.id === v.id)),
    genres: sort(genres),
    languages: sort(languages),
    sections: sort(sections),
    subtitles: sort(subtitles),
    formats: sort(formats),
    ratings: sort(ratings),
    access: ACCESSIBILITY.filter((a) => access.has(a)).map((value) => ({ value, label: ACCESS_WORDS[value] })),
    days: programme.days.map((d) => ({ day: d.day, label: d.label })),
    times: TIMES_OF_DAY,
  };
}

export function isEmptyFilter(f: ProgrammeFilter): boolean {
  return Object.values(f).every((v) => v === undefined || v === "");
}
