/**
 * Public feeds of the latest release: iCalendar (whole festival, one venue, one
 * film, one screening), frab schedule.xml / schedule.json and CSV.
 *
 * Each feed is rendered once per release: the result is remembered under
 * (slug, version, kind, key, base URL) and the slug's entries are dropped as soon
 * as getPublished() answers with another version. No login; 404 before the first
 * release and for an unknown venue, film or screening.
 */
import { createHash } from "node:crypto";
import { renderScheduleCsv } from "@/lib/feeds/csv";
import { renderFrabJson, renderFrabXml } from "@/lib/feeds/frab";
import { etagFor } from "@/lib/feeds/headers";
import { renderIcal } from "@/lib/feeds/ical";
import { toZonedIso } from "@/lib/festival-time";
import { linkBaseUrl } from "@/lib/http/site";
import { idFromSegment } from "@/lib/names";
import type { ProgrammeScreening } from "@/lib/programme";
import { notFound, ServiceError } from "@/server/errors";
import { wordingFor } from "@/server/i18n";
import { getPublished, getPublishedIn, type Published } from "./public";

export type FeedKind = "ics" | "venue-ics" | "film-ics" | "screening-ics" | "xml" | "json" | "csv";

export interface FeedRequest {
  kind: FeedKind;
  /** venue slug, film segment ("12-matewan") or screening id, for the *-ics kinds. */
  key?: string;
  /** Absolute http(s) base of the public site (see publicBaseUrl). */
  baseUrl: string;
  /** One of the edition's languages (issue 17 §3); default: its default language. */
  locale?: string;
}

export interface Feed {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** e.g. `attachment; filename="fest-schedule.csv"` */
  contentDisposition?: string;
}

const FEED_CONTENT_TYPES = {
  ics: "text/calendar; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

/** Entries per edition before the memo starts over. */
const MAX_ENTRIES_PER_EDITION = 2_000;

const memo = new Map<string, { version: number; publishedAt: number; entries: Map<string, Feed> }>();

/** Forget every rendered feed (tests). */
export function forgetFeeds(): void {
  memo.clear();
}

/**
 * The public base URL for links inside feeds: LINEUP_PUBLIC_URL (or the older
 * LINEUP_BASE_URL), else http://localhost:{PORT}. Never the request's Host or
 * X-Forwarded-Host: feeds are rendered once per release and shared caches keep them.
 */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return linkBaseUrl(env);
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}

function frabVersion(p: Published): string {
  const at = toZonedIso(p.publishedAt, p.programme.edition.timeZone);
  return `Release ${p.version} (${at.slice(0, 10)} ${at.slice(11, 16)})`;
}

function render(p: Published, req: FeedRequest): Omit<Feed, "etag" | "lastModified"> & { tag: string } {
  const { programme } = p;
  const edition = programme.edition;
  const release = { version: p.version, publishedAt: p.publishedAt };
  const baseUrl = req.baseUrl;
  const b = shortHash(baseUrl);
  const words = wordingFor(programme.locale);
  /** An iCalendar of the whole programme, or of one part of it (`tag` and `file` name the part). */
  const ics = (part?: { screenings: ProgrammeScreening[]; name: string; tag: string; file: string }) => ({
    body: renderIcal(
      programme,
      part ? { release, baseUrl, words, screenings: part.screenings, name: `${edition.name} · ${part.name}` } : { release, baseUrl, words },
    ),
    contentType: FEED_CONTENT_TYPES.ics,
    tag: part ? `${part.tag}-ics-${b}` : `ics-${b}`,
    contentDisposition: `inline; filename="${part ? `${edition.slug}-${part.file}` : edition.slug}.ics"`,
  });
  switch (req.kind) {
    case "ics":
      return ics();
    case "venue-ics": {
      const venue = programme.venues.find((v) => v.slug === req.key);
      if (!venue) throw notFound(`Venue "${String(req.key).slice(0, 63)}"`);
      const screenings = programme.screenings.filter((s) => s.venue.id === venue.id);
      return ics({ screenings, name: venue.name, tag: `venue-${venue.id}`, file: venue.slug });
    }
    case "film-ics": {
      const id = idFromSegment(String(req.key ?? ""));
      const film = programme.films.find((f) => f.id === id);
      if (!film) throw notFound(`Film "${String(req.key).slice(0, 63)}"`);
      const screenings = programme.screenings.filter((s) => s.films.some((f) => f.id === film.id));
      return ics({ screenings, name: film.displayTitle, tag: `film-${film.id}`, file: `film-${film.id}` });
    }
    case "screening-ics": {
      const key = String(req.key ?? "");
      const s = /^\d{1,9}$/.test(key) ? programme.screenings.find((x) => x.id === Number(key)) : undefined;
      if (!s) throw notFound(`Screening "${key.slice(0, 20)}"`);
      return ics({ screenings: [s], name: s.title, tag: `screening-${s.id}`, file: `screening-${s.id}` });
    }
    case "xml":
      return {
        body: renderFrabXml(programme, { baseUrl, words, version: frabVersion(p) }),
        contentType: FEED_CONTENT_TYPES.xml,
        tag: `xml-${b}`,
      };
    case "json":
      return {
        body: JSON.stringify(renderFrabJson(programme, { baseUrl, words, version: frabVersion(p) }), null, 2),
        contentType: FEED_CONTENT_TYPES.json,
        tag: `json-${b}`,
      };
    case "csv":
      return {
        body: renderScheduleCsv(programme),
        contentType: FEED_CONTENT_TYPES.csv,
        tag: "csv",
        contentDisposition: `attachment; filename="${edition.slug}-schedule.csv"`,
      };
    default:
      throw new ServiceError("not_found", "Unknown feed");
  }
}

/** One feed of the latest release of `slug`, rendered at most once per release. */
export function getFeed(slug: string, req: FeedRequest): Feed {
  const published = req.locale ? getPublishedIn(slug, req.locale) : getPublished(slug);
  if (!published) throw new ServiceError("not_found", `No published schedule for "${String(slug).slice(0, 63)}"`);
  let entry = memo.get(slug);
  // A new release (or an edition deleted and made again under the same slug) starts afresh.
  const publishedAt = published.publishedAt.getTime();
  if (!entry || entry.version !== published.version || entry.publishedAt !== publishedAt || entry.entries.size >= MAX_ENTRIES_PER_EDITION) {
    entry = { version: published.version, publishedAt, entries: new Map() };
    memo.set(slug, entry);
  }
  const lang = published.programme.locale === published.programme.defaultLocale ? "" : published.programme.locale;
  const memoKey = `${req.kind}\u0000${req.key ?? ""}\u0000${req.baseUrl}\u0000${lang}`;
  const hit = entry.entries.get(memoKey);
  if (hit) return hit;
  const r = render(published, req);
  const feed: Feed = {
    body: r.body,
    contentType: r.contentType,
    contentDisposition: r.contentDisposition,
    etag: etagFor(slug, published.version, lang ? `${lang}-${r.tag}` : r.tag),
    lastModified: published.publishedAt,
  };
  entry.entries.set(memoKey, feed);
  return feed;
}
