/**
 * The printed daily programme (/schedule/{edition}/{day}/print): what each row says, how the
 * rows are grouped (by start time with the venue in a column, or by venue), and the legend of
 * the marks the day actually uses. Pure: the page only lays it out.
 */
import type { ProgrammeDay, ProgrammeScreening } from "./programme";
import { formatRuntime } from "./runtime";
import { ENGLISH, languageSentence, qaSentence, type Wording } from "./screening-words";
import type { FilmImage } from "./types";

export type PrintGrouping = "time" | "venue";

export interface PrintOptions {
  by: PrintGrouping;
  /** Show the films' images (a film without one shows nothing). */
  images: boolean;
}

type Query = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The print page's choices from its query (`?by=venue`, `?images=show`); anything else is the default. */
export function printOptions(query: Query): PrintOptions {
  return { by: first(query.by) === "venue" ? "venue" : "time", images: first(query.images) === "show" };
}

/** The query of a choice, "" for the defaults (the page's own address, as it is published). */
export function printQuery(options: PrintOptions): string {
  const params = new URLSearchParams();
  if (options.by === "venue") params.set("by", "venue");
  if (options.images) params.set("images", "show");
  const q = params.toString();
  return q ? `?${q}` : "";
}

export interface PrintFilm {
  id: number;
  title: string;
  /** "Jane Doe, 2023, 12 min" */
  credit: string;
  image: FilmImage | null;
}

export interface PrintRow {
  id: number;
  /** "21:00–23:30", with " ☾" after midnight (the legend says what it means). */
  time: string;
  startTime: string;
  /** "–23:30 ☾": what follows the start time. */
  endTime: string;
  venue: string;
  cancelled: boolean;
  title: string;
  /** A programme lists its films under its title; a single film's credit goes in `facts`. */
  films: PrintFilm[];
  isProgramme: boolean;
  /** One line of words: credit, language, section, format, access, guests. */
  facts: string[];
  /** "Sold out", "Free entry"; null otherwise (paper goes stale: nothing more changeable). */
  availability: string | null;
  runtime: string;
}

export interface PrintGroup {
  key: string;
  /** The venue's name (grouped by venue); the start time (grouped by time). */
  heading: string;
  rows: PrintRow[];
}

export interface LegendItem {
  mark: string;
  text: string;
}

/** Every mark the print may use, with the test of whether a screening carries it. */
const MARKS: { mark: string; text: string; key: "afterMidnight"; used: (s: ProgrammeScreening) => boolean }[] = [
  { mark: "☾", text: "after midnight (belongs to this festival day)", key: "afterMidnight", used: (s) => s.afterMidnight },
];

/** The legend: only the marks some screening of the day carries (`words`: the text of each mark in the page's language). */
export function legendOf(screenings: readonly ProgrammeScreening[], words?: (key: "afterMidnight") => string): LegendItem[] {
  return MARKS.filter((m) => screenings.some(m.used)).map(({ mark, text, key }) => ({ mark, text: words ? words(key) : text }));
}

/** "Jane Doe, 2023" and, for a film in a programme, its own minutes ("Jane Doe, 2023, 12 min"). */
function filmCredit(f: ProgrammeScreening["films"][number], withRuntime: boolean): string {
  return [f.directors.join(", "), f.year, withRuntime && f.runtimeMinutes != null ? formatRuntime(f.runtimeMinutes) : null]
    .filter((x) => x !== null && x !== "")
    .join(", ");
}

/** The only ticket states worth printing (paper goes stale). */
const PRINTED_AVAILABILITY = new Set<ProgrammeScreening["availability"]>(["sold-out", "free"]);

export function printRow(s: ProgrammeScreening, w: Wording = ENGLISH): PrintRow {
  const isProgramme = s.programmeTitle !== null || s.films.length > 1;
  const single = s.films.length === 1 && !isProgramme ? s.films[0] : undefined;
  const facts = [
    single ? filmCredit(single, false) : null,
    languageSentence(s.languages, s.subtitles, w),
    s.sections.join(", ") || null,
    s.format,
    ...s.accessibility.map((a) => w.access[a]),
    qaSentence(s.guests, s.qaMinutes, w),
  ].filter((x): x is string => !!x);
  return {
    id: s.id,
    time: `${s.startTime}–${s.endTime}${s.afterMidnight ? " ☾" : ""}`,
    startTime: s.startTime,
    endTime: `–${s.endTime}${s.afterMidnight ? " ☾" : ""}`,
    venue: s.venue.name,
    cancelled: s.status === "cancelled",
    title: s.title,
    films: s.films.map((f) => ({ id: f.id, title: f.displayTitle, credit: filmCredit(f, true), image: f.image })),
    isProgramme,
    facts,
    availability: s.availability && PRINTED_AVAILABILITY.has(s.availability) ? w.availability[s.availability] : null,
    runtime: formatRuntime(s.runtimeMinutes),
  };
}

/** The day's rows in groups: by start time (in order), or by venue (in the edition's venue order, each by time). */
export function printGroups(day: ProgrammeDay, by: PrintGrouping, venueOrder: readonly number[] = [], w: Wording = ENGLISH): PrintGroup[] {
  const groups = new Map<string, PrintGroup>();
  const keyOf = (s: ProgrammeScreening) => (by === "venue" ? `v${s.venue.id}` : `t${s.startsAt.getTime()}`);
  const ordered =
    by === "venue" ? [...day.screenings].sort((a, b) => rank(venueOrder, a.venue.id) - rank(venueOrder, b.venue.id)) : day.screenings;
  for (const s of ordered) {
    const key = keyOf(s);
    const group = groups.get(key) ?? { key, heading: by === "venue" ? s.venue.name : s.startTime, rows: [] };
    group.rows.push(printRow(s, w));
    groups.set(key, group);
  }
  return [...groups.values()];
}

function rank(order: readonly number[], id: number): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length + id : i;
}

/** A CSS string: quotes and backslashes escaped, line breaks as spaces, "<" escaped (it sits in a <style> element). */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\r\n\f]+/g, " ")
    .replace(/</g, "\\3c ")}"`;
}

/**
 * What every printed page carries in its margins (CSS page-margin boxes, so it is on every
 * sheet and never alone on one): the festival's name and the day at the top; the legend of the
 * marks used, the release and the page number at the bottom.
 */
export function printPageChrome(
  festival: string,
  day: string,
  legend: readonly LegendItem[],
  release: string,
  /** "page" and "of" in the page's language. */
  pageWords: { page: string; of: string } = { page: "page", of: "of" },
): string {
  const legendText = legend.map((l) => `${l.mark} ${l.text}`).join("   ");
  return [
    "@page {",
    `  @top-left { content: ${cssString(festival)}; }`,
    `  @top-right { content: ${cssString(day)}; }`,
    legendText ? `  @bottom-left { content: ${cssString(legendText)}; }` : "",
    `  @bottom-right { content: ${cssString(`${release} · ${pageWords.page} `)} counter(page) ${cssString(` ${pageWords.of} `)} counter(pages); }`,
    "}",
  ]
    .filter(Boolean)
    .join("\n");
}
