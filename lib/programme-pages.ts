/**
 * The audience's pages of an edition: their addresses (one list, read by the proxy, the
 * release cache and the pages) and what each one shows of a release's programme.
 * Pages rendered once per release (`cached`) run no script and are served from memory;
 * the edition's index ("what's on now"), search and the planner are rendered per request.
 */
import { isIsoDay } from "./festival-time";
import { idFromSegment } from "./names";
import type { Programme, ProgrammeDay, ProgrammeFilm, ProgrammeVenue } from "./programme";
import { weekInProgramme } from "./week";

/** Every kind of audience page (e2e/look.spec.ts checks each one with axe). */
export const PAGE_VIEWS = [
  "index",
  "search",
  "planner",
  "day",
  "grid",
  "print",
  "venue",
  "film",
  "changes",
  "week",
  "embed",
  "embed-day",
] as const;
export type PageView = (typeof PAGE_VIEWS)[number];

export interface ProgrammePage {
  /** The edition's slug, as in the address. */
  slug: string;
  view: PageView;
  /** The day (yyyy-mm-dd; a week's first day), the venue's slug or the film's segment; null for index, search, changes and embed. */
  param: string | null;
  /** Rendered once per release and kept in memory (no script, no per-request nonce). */
  cached: boolean;
}

const PAGE =
  /^\/schedule\/([^/]+)(?:\/(?:(search|planner)|(changes)|(\d{4}-\d{2}-\d{2})(?:\/(grid|print))?|venues\/([^/.]+)|films\/([^/.]+)|week\/(\d{4}-\d{2}-\d{2})|(embed)(?:\/day\/(\d{4}-\d{2}-\d{2}))?))?$/;

/**
 * The page an address shows, or null for anything else (feeds, API, unknown shapes).
 * A week is rendered per request: its order ("today's remaining screenings first") depends on
 * the time it is read. The embeddable listings are rendered once per release; the origins that
 * may frame them are the edition's, sent by the front with each answer (server/release-cache.ts).
 */
export function programmePage(pathname: string): ProgrammePage | null {
  const m = PAGE.exec(pathname);
  if (!m) return null;
  const [, slug = "", search, changes, day, dayView, venue, film, week, embed, embedDay] = m;
  if (search) return { slug, view: search === "planner" ? "planner" : "search", param: null, cached: false };
  if (week) return { slug, view: "week", param: week, cached: false };
  if (embedDay) return { slug, view: "embed-day", param: embedDay, cached: true };
  if (embed) return { slug, view: "embed", param: null, cached: true };
  if (changes) return { slug, view: "changes", param: null, cached: true };
  if (day) return { slug, view: dayView === "grid" || dayView === "print" ? dayView : "day", param: day, cached: true };
  if (venue) return { slug, view: "venue", param: venue, cached: true };
  if (film) return { slug, view: "film", param: film, cached: true };
  return { slug, view: "index", param: null, cached: false };
}

export function findDay(programme: Programme, day: string): ProgrammeDay | undefined {
  return programme.days.find((d) => d.day === day);
}

export function findVenue(programme: Programme, slug: string): ProgrammeVenue | undefined {
  return programme.venues.find((v) => v.slug === slug);
}

/** A film by its segment's id ("12-matewan", or just "12"). */
export function findFilm(programme: Programme, segment: string): ProgrammeFilm | undefined {
  const id = idFromSegment(segment);
  return id === null ? undefined : programme.films.find((f) => f.id === id);
}

/** Does the release's programme have this page? (The edition has a release: its index, search and changes exist.) */
export function pageInProgramme(page: ProgrammePage, programme: Programme): boolean {
  const param = page.param ?? "";
  switch (page.view) {
    case "day":
    case "grid":
    case "print":
    case "embed-day":
      return findDay(programme, param) !== undefined;
    case "week":
      return isIsoDay(param) && weekInProgramme(programme, param);
    case "venue":
      return findVenue(programme, param) !== undefined;
    case "film":
      return findFilm(programme, param) !== undefined;
    default:
      return true;
  }
}

/** The whole-edition feeds, after /schedule/{slug}/, and their kind. */
const EDITION_FEEDS = { "schedule.ics": "ics", "schedule.xml": "xml", "schedule.json": "json", "schedule.csv": "csv" } as const;

/** A feed's kind (as server/services/feeds.ts renders it) and key (the venue's slug, the film's segment, the screening's id). */
export type FeedKind = "ics" | "venue-ics" | "film-ics" | "screening-ics" | "xml" | "json" | "csv";
export interface FeedAddress {
  path: string;
  kind: FeedKind;
  key?: string;
  /** Another language than the edition's default (its address has the /{locale} prefix). */
  locale?: string;
}

/**
 * Every public address of a release, as its pages link to them: the pages rendered once per
 * release (changes; each day's list, grid and print; each venue; each film; the embeddable
 * listing of every day and of each day) and every feed
 * (the edition's iCal, frab XML/JSON and CSV; each venue's, film's and screening's iCal).
 * The edition's index, search and weeks are not here: they are rendered per request ("what's on
 * now", the query, "today's remaining screenings first"). This is the one list the HTTP front serves from memory and a publish target copies.
 */
export function releaseAddresses(programme: Programme): { pages: string[]; feeds: FeedAddress[] } {
  const base = `/schedule/${encodeURIComponent(programme.edition.slug)}`;
  const pages = [`${base}/changes`, `${base}/embed`];
  for (const d of programme.days)
    pages.push(`${base}/${d.day}`, `${base}/${d.day}/grid`, `${base}/${d.day}/print`, `${base}/embed/day/${d.day}`);
  for (const v of programme.venues) pages.push(`${base}/venues/${encodeURIComponent(v.slug)}`);
  for (const f of programme.films) pages.push(`${base}/films/${encodeURIComponent(f.segment)}`);
  const feeds: FeedAddress[] = Object.entries(EDITION_FEEDS).map(([file, kind]) => ({ path: `${base}/${file}`, kind }));
  for (const v of programme.venues)
    feeds.push({ path: `${base}/venues/${encodeURIComponent(v.slug)}.ics`, kind: "venue-ics", key: v.slug });
  for (const f of programme.films)
    feeds.push({ path: `${base}/films/${encodeURIComponent(f.segment)}.ics`, kind: "film-ics", key: f.segment });
  for (const s of programme.screenings) feeds.push({ path: `${base}/screenings/${s.id}.ics`, kind: "screening-ics", key: String(s.id) });
  return inEveryLanguage(programme, { pages, feeds });
}

/** The same addresses in each of the edition's other languages, under /{locale} (issue 17 §3). */
function inEveryLanguage(programme: Programme, home: { pages: string[]; feeds: FeedAddress[] }): { pages: string[]; feeds: FeedAddress[] } {
  const pages = [...home.pages];
  const feeds = [...home.feeds];
  for (const locale of programme.locales ?? []) {
    if (locale === programme.defaultLocale) continue;
    pages.push(...home.pages.map((p) => `/${locale}${p}`));
    feeds.push(...home.feeds.map((f) => ({ ...f, path: `/${locale}${f.path}`, locale })));
  }
  return { pages, feeds };
}

/**
 * A page rendered once per release as it is sent: its policy runs one script, the planner's
 * toggle (public/planner.js, by its hash; the pages are complete without it), so Next's scripts,
 * inline page data and script preloads are dropped (half the bytes); the toggle's tag stays.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (/^<script\b[^>]*\bsrc="\/planner\.js"/.test(tag) ? tag : ""))
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
}
