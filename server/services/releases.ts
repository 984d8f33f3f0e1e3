/**
 * Releases: numbered, immutable snapshots of what the public sees, each with a
 * changelog against the one before. Publishing is one transaction: a reader
 * sees the old release or the new one, never a mix.
 */
import type { DB } from "@/db/client";
import { connection, getDb } from "@/db/client";
import { lineupVersion } from "@/db/queries/editions";
import * as q from "@/db/queries/releases";
import { hasBlockingConflicts } from "@/lib/conflicts";
import { toZonedIso } from "@/lib/festival-time";
import { sameSnapshot } from "@/lib/publish-rule";
import { diffReleases, nextRevisions } from "@/lib/release-diff";
import { stripForbiddenDeep } from "@/lib/text";
import type {
  Accessibility,
  Conflict,
  Edition,
  PublicFilm,
  Release,
  ReleaseChange,
  ReleaseSnapshot,
  Screening,
  SnapshotScreening,
  Venue,
} from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, mayDo, requireUser } from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { serveLatestRelease } from "@/server/release-site";
import { releaseInput } from "@/server/schemas";
import { parse, refusePersonalData } from "@/server/validate";
import { authoriseIn, editionTransaction, requireEdition } from "./editions";
import { forgetPublished } from "./public";
import { type EditionState, editionConflicts, loadState, mayRemember } from "./schedule";
import { publishSiteLater } from "./site-publish";

/** What of a screening's programme, language, access and tickets is public: never its internal notes. */
function publicDetails(s: Screening, state: EditionState) {
  return {
    title: s.title,
    description: s.description,
    languages: s.languages,
    subtitles: s.subtitles,
    format: s.format,
    ticketUrl: s.ticketUrl,
    availability: s.availability,
    translations: s.translations ?? {},
    guests: s.guests.flatMap((g) => {
      const person = state.people.get(g.personId);
      return person ? [{ personId: g.personId, name: person.name, role: g.role ?? person.role }] : [];
    }),
  };
}

/** The screening's access marks, with `step-free` when its venue is (and only then). */
function withVenueAccess(marks: Accessibility[], venue: Venue | undefined): Accessibility[] {
  const own = marks.filter((m) => m !== "step-free");
  return venue?.stepFree ? [...own, "step-free"] : own;
}

/** The public picture of the edition now: confirmed and cancelled screenings, never tentative ones or internal notes. */
export function buildSnapshot(state: EditionState, previous: ReleaseSnapshot | null): ReleaseSnapshot {
  const { edition } = state;
  const slotById = new Map(state.slots.map((s) => [s.id, s]));
  const venueById = new Map(state.venues.map((v) => [v.id, v]));
  const screenings: SnapshotScreening[] = [];
  for (const s of state.screenings) {
    const slot = slotById.get(s.slotId);
    if (!slot || s.status === "tentative") continue;
    screenings.push({
      id: s.id,
      venueId: slot.venueId,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      filmIds: s.filmIds,
      preShowMinutes: s.preShowMinutes,
      introMinutes: s.introMinutes,
      qaMinutes: s.qaMinutes,
      status: s.status === "cancelled" ? "cancelled" : "confirmed",
      ...publicDetails(s, state),
      accessibility: withVenueAccess(s.accessibility, venueById.get(slot.venueId)),
      revision: 0,
    });
  }
  // A published screening is never silently removed: one that was deleted or pencilled
  // back in since the last release stays public, marked cancelled.
  const present = new Set(screenings.map((s) => s.id));
  const carried = (previous?.screenings ?? []).filter((s) => !present.has(s.id)).map((s) => ({ ...s, status: "cancelled" as const }));
  const all = [...screenings, ...carried];

  const filmIds = new Set(all.flatMap((s) => s.filmIds));
  const previousFilms = new Map((previous?.films ?? []).map((f) => [f.id, f]));
  const films: PublicFilm[] = [...filmIds]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const f = state.films.get(id);
      if (!f) return previousFilms.has(id) ? [previousFilms.get(id)!] : [];
      const { internalNotes: _notes, flags: _flags, version: _version, ...pub } = f;
      return [pub];
    });
  const usedVenues = new Set(all.map((s) => s.venueId));
  const previousVenues = (previous?.venues ?? []).filter((v) => !state.venues.some((x) => x.id === v.id) && usedVenues.has(v.id));
  const draft: ReleaseSnapshot = {
    edition: {
      slug: edition.slug,
      name: edition.name,
      firstDay: edition.firstDay,
      lastDay: edition.lastDay,
      timeZone: edition.timeZone,
      dayBreak: edition.dayBreak,
      accentColor: edition.accentColor,
      logo: edition.logo,
      locales: edition.locales,
      defaultLocale: edition.defaultLocale,
      translations: edition.translations,
    },
    venues: [
      ...state.venues.map((v) => ({
        id: v.id,
        slug: v.slug,
        name: v.name,
        capacity: v.capacity,
        stepFree: v.stepFree,
        translations: v.translations ?? {},
      })),
      ...previousVenues,
    ],
    films,
    screenings: all.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id),
    walking: state.walking,
  };
  return nextRevisions(previous, draft);
}

export interface ReleasePreview {
  nextVersion: number;
  changes: ReleaseChange[];
  conflicts: Conflict[];
  blocking: Conflict[];
  /** The next release would show the public exactly what the last one shows (lib/publish-rule). */
  unchanged: boolean;
}

/** The latest release per connection and edition, parsed once: a release never changes once written. */
const latestReleases = new WeakMap<DB, Map<number, Release>>();

function rememberLatest(db: DB, editionId: number, release: Release): void {
  const perEdition = latestReleases.get(db) ?? new Map<number, Release>();
  latestReleases.set(db, perEdition);
  perEdition.set(editionId, release);
}

/** The latest release (its snapshot parsed only when it is not the one remembered). */
export function latestRelease(db: DB, editionId: number): Release | null {
  const version = q.latestReleaseVersion(db, editionId);
  if (version === 0) return null;
  const known = latestReleases.get(db)?.get(editionId);
  if (known?.version === version) return known;
  const release = q.latestRelease(db, editionId);
  if (release) rememberLatest(db, editionId, release);
  return release;
}

interface Prepared {
  conflicts: Conflict[];
  previous: Release | null;
  snapshot: ReleaseSnapshot;
  changes: ReleaseChange[];
}

/** The last release prepared per connection and edition, for one lineup version and one previous release. */
const preparedReleases = new WeakMap<DB, Map<number, { lineupVersion: number; releaseVersion: number; prepared: Prepared }>>();

/**
 * The next release as it would be now. Laid out once per lineup version and previous release:
 * publishing right after its preview (as the publish page does) reuses the preview's work.
 * `outermost`: called in the service's own transaction, which writes nothing the rules read.
 */
function prepare(db: DB, edition: Edition, outermost = false): Prepared {
  // the versions first: a write landing after them can only make the entry older than its key
  const version = lineupVersion(db, edition.id);
  const releaseVersion = q.latestReleaseVersion(db, edition.id);
  const perEdition = preparedReleases.get(db) ?? new Map();
  preparedReleases.set(db, perEdition);
  const hit = perEdition.get(edition.id);
  if (hit && hit.lineupVersion === version && hit.releaseVersion === releaseVersion) return hit.prepared;
  const state = loadState(db, edition);
  const conflicts = editionConflicts(db, edition, () => state, outermost);
  const previous = latestRelease(db, edition.id);
  const snapshot = buildSnapshot(state, previous?.snapshot ?? null);
  const changes = diffReleases(previous?.snapshot ?? null, snapshot);
  const prepared = { conflicts, previous, snapshot, changes };
  if (outermost || mayRemember()) perEdition.set(edition.id, { lineupVersion: version, releaseVersion, prepared });
  return prepared;
}

/** What publishing now would change, and what would block it. */
export function previewRelease(actor: Actor, slug: string): ReleasePreview {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  const { conflicts, previous, changes, snapshot } = prepare(db, edition);
  return {
    nextVersion: (previous?.version ?? 0) + 1,
    changes,
    conflicts,
    blocking: conflicts.filter((c) => c.severity === "error"),
    unchanged: previous !== null && sameSnapshot(previous.snapshot, snapshot),
  };
}

export function publishRelease(actor: Actor, slug: string, input: unknown = {}): Release {
  const user = requireUser(actor);
  authoriseIn(actor, slug, "publish");
  const { note } = parse(releaseInput, input ?? {});
  refusePersonalData({ note });
  const outermost = !connection().sqlite.inTransaction;
  const published = editionTransaction(slug, (db, edition) => {
    const { conflicts, previous, snapshot, changes } = prepare(db, edition, outermost);
    if (hasBlockingConflicts(conflicts)) {
      const blocking = conflicts.filter((c) => c.severity === "error");
      throw new ServiceError(
        "blocking_conflicts",
        `Publishing is blocked by ${blocking.length} conflict${blocking.length === 1 ? "" : "s"}`,
        {},
        { conflicts: blocking },
      );
    }
    const release = q.insertRelease(db, edition.id, {
      version: (previous?.version ?? 0) + 1,
      kind: "schedule",
      publishedAt: new Date(),
      publishedBy: user.id,
      note,
      snapshot,
      changes,
    });
    audit(db, user, {
      entity: "release",
      entityId: release.version,
      editionId: edition.id,
      action: "publish",
      summary: `release ${release.version}: ${changes.length} change${changes.length === 1 ? "" : "s"}`,
      after: { version: release.version, note, changes },
    });
    return { release, editionId: edition.id };
  });
  afterPublishing(slug, published.editionId, published.release, outermost);
  return published.release;
}

/** Once a release is written (of either kind): what was laid out for the previous one is forgotten. */
export function afterPublishing(slug: string, editionId: number, release: Release, outermost: boolean): void {
  // remembered once committed (not inside a caller's transaction, which may still roll back):
  // the next preview diffs against it without reading it back
  if (outermost) rememberLatest(getDb(), editionId, release);
  preparedReleases.get(getDb())?.delete(editionId);
  forgetPublished(slug);
}

/** Renders the latest release's public site and has the front serve it, then copies it past this server in the background. */
export async function serveRelease(slug: string, version: number): Promise<void> {
  await serveLatestRelease(slug);
  // Then the public site past this server (LINEUP_PUBLISH_DIR, LINEUP_PUBLISH_S3_URL), read from
  // what the front now serves: in the background, retried; never fails the release.
  publishSiteLater(slug, version);
}

/**
 * Publishes (publishRelease), then renders the release's public site and has the HTTP front
 * serve it (server/release-site.ts): resolves once the next GET of any public address gets
 * the new release. What the API and the publish page call.
 */
export async function publishAndServe(actor: Actor, slug: string, input: unknown = {}): Promise<Release> {
  const release = publishRelease(actor, slug, input);
  await serveRelease(slug, release.version);
  return release;
}

/**
 * Every release of the edition, newest first. The public learns of an edition only from
 * its first release: before it, the public (and anyone who may not read the edition) gets
 * the same 404 as for an unknown slug; signed-in readers of the edition get [].
 */
export function listReleases(slug: string, actor: Actor = null): Omit<Release, "snapshot">[] {
  const db = getDb();
  // Control characters stored by an older version never reach the public.
  const edition = requireEdition(db, slug);
  const releases = q.listReleases(db, edition.id);
  if (releases.length === 0 && !(actor && mayDo(actor, "read", { editionId: edition.id }))) throw notFound(`Edition "${slug}"`);
  return stripForbiddenDeep(releases);
}

/** The edition's IANA zone (public: editions are no secret), for showing release times. */
export function editionTimeZone(slug: string): string {
  return requireEdition(getDb(), slug).timeZone;
}

/** A new release as POST .../releases and .../releases/tickets answer it: its date in the edition's offset. */
export function releaseAnswer(r: Release) {
  return {
    version: r.version,
    kind: r.kind,
    publishedAt: toZonedIso(r.publishedAt, r.snapshot.edition.timeZone),
    note: r.note,
    changes: r.changes,
  };
}
