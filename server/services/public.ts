/**
 * What audiences read: the latest release of an edition, laid out once per
 * release and kept in the release cache (server/release-cache.ts) until the next
 * release is published. No login.
 */
import { getDb } from "@/db/client";
import { getEditionBySlug, listEditions as listAllEditions } from "@/db/queries/editions";
import { latestRelease, latestReleaseVersion, listReleases } from "@/db/queries/releases";
import { buildProgramme } from "@/lib/programme";
import { type ProgrammePage, pageInProgramme } from "@/lib/programme-pages";
import { stripForbidden, stripForbiddenDeep } from "@/lib/text";
import { type Published, releaseCache } from "@/server/release-cache";

export type { Published };

/** The latest release, or null before the first one (or for an unknown edition). */
export function getPublished(slug: string): Published | null {
  if (typeof slug !== "string" || slug.length > 63) return null;
  const cache = releaseCache();
  const known = cache.programmes.get(slug);
  if (known) return known;
  const db = getDb();
  const edition = getEditionBySlug(db, slug);
  const release = edition ? latestRelease(db, edition.id) : null;
  if (!edition || !release) return null;
  const published: Published = {
    version: release.version,
    publishedAt: release.publishedAt,
    note: release.note === null ? null : stripForbidden(release.note),
    programme: buildProgramme(release.snapshot),
    history: stripForbiddenDeep(listReleases(db, edition.id)),
  };
  // Editions without a release are not remembered: the first release must show at once.
  cache.programmes.set(slug, published);
  return published;
}

/**
 * The latest release laid out in one of the edition's languages (the default's is getPublished's);
 * kept beside it until the next release. A language the edition does not offer reads as its default.
 */
export function getPublishedIn(slug: string, locale: string): Published | null {
  const home = getPublished(slug);
  if (!home || locale === home.programme.locale || !home.programme.locales.includes(locale)) return home;
  const cache = releaseCache();
  const key = `${slug}\u0000${locale}`;
  const known = cache.programmes.get(key);
  if (known && known.version === home.version && known.publishedAt.getTime() === home.publishedAt.getTime()) return known;
  const db = getDb();
  const edition = getEditionBySlug(db, slug);
  const release = edition ? latestRelease(db, edition.id) : null;
  if (!release || release.version !== home.version) return home;
  const published: Published = { ...home, programme: buildProgramme(release.snapshot, locale) };
  cache.programmes.set(key, published);
  return published;
}

/** Is this page in the edition's latest release? (No release: no page.) */
export function inLatestRelease(page: ProgrammePage): boolean {
  const published = getPublished(page.slug);
  return published !== null && pageInProgramme(page, published.programme);
}

/** The origins that may frame the edition's embeddable listing (none for an unknown edition). */
export function embedOriginsOf(slug: string): string[] {
  return getEditionBySlug(getDb(), slug)?.embedOrigins ?? [];
}

/** Called after a release is written: the next reader lays out and renders the new one. */
export function forgetPublished(slug?: string): void {
  releaseCache().forget(slug);
}

/** Editions that have at least one release, for the public front page. */
export function listPublishedEditions(): { slug: string; name: string; firstDay: string; lastDay: string }[] {
  const db = getDb();
  return listAllEditions(db)
    .filter((e) => latestReleaseVersion(db, e.id) > 0)
    .map((e) => ({ slug: e.slug, name: stripForbidden(e.name), firstDay: e.firstDay, lastDay: e.lastDay }));
}
