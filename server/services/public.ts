/**
 * What audiences read: the latest release of an edition, laid out once per
 * release and kept in memory until the next release is published. No login.
 */
import { getDb } from "@/db/client";
import { getEditionBySlug, listEditions as listAllEditions } from "@/db/queries/editions";
import { latestRelease, latestReleaseVersion, listReleases } from "@/db/queries/releases";
import { buildProgramme, type Programme } from "@/lib/programme";
import type { Release } from "@/lib/types";

export interface Published {
  version: number;
  publishedAt: Date;
  note: string | null;
  programme: Programme;
  /** Every release's number, date, note and changes, newest first. */
  history: Omit<Release, "snapshot">[];
}

// On globalThis: Next bundles route handlers and pages separately, and a release published
// through one must be seen by all (one cache per process, like the database connection).
const g = globalThis as unknown as { __lineupPublished?: Map<string, Published | null> };
g.__lineupPublished ??= new Map<string, Published | null>();
const cache = g.__lineupPublished;

/** The latest release, or null before the first one (or for an unknown edition). */
export function getPublished(slug: string): Published | null {
  if (typeof slug !== "string" || slug.length > 63) return null;
  if (cache.has(slug)) return cache.get(slug)!;
  const db = getDb();
  const edition = getEditionBySlug(db, slug);
  const release = edition ? latestRelease(db, edition.id) : null;
  const published = release
    ? {
        version: release.version,
        publishedAt: release.publishedAt,
        note: release.note,
        programme: buildProgramme(release.snapshot),
        history: listReleases(db, edition!.id),
      }
    : null;
  // Editions without a release are not remembered: the first release must show at once.
  if (published) cache.set(slug, published);
  return published;
}

/** Called after a release is written: the next reader lays out the new one. */
export function forgetPublished(slug?: string): void {
  if (slug) cache.delete(slug);
  else cache.clear();
  // Next's page cache for the public pages (cache-handler.mjs), when running inside Next.
  const pages = (globalThis as { __lineupPageCache?: { purge(slug: string): void; clear(): void } }).__lineupPageCache;
  if (slug) pages?.purge(slug);
  else pages?.clear();
}

/** Editions that have at least one release, for the public front page. */
export function listPublishedEditions(): { slug: string; name: string; firstDay: string; lastDay: string }[] {
  const db = getDb();
  return listAllEditions(db)
    .filter((e) => latestReleaseVersion(db, e.id) > 0)
    .map((e) => ({ slug: e.slug, name: e.name, firstDay: e.firstDay, lastDay: e.lastDay }));
}
