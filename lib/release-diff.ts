/**
 * Release diffs: what changed for the public between two releases, in the
 * festival's own words and zone: new screenings, moved (venue), re-timed,
 * films changed, cancelled, reinstated; a programme's details (title, languages,
 * subtitles, access, format), its guests and its tickets. Also the per-screening
 * revision (iCal SEQUENCE), which grows by one in each release where a screening changed.
 */
import { festivalDayOf, isAfterMidnight, localParts, shortDayLabel } from "./festival-time";
import { programmeTitle } from "./names";
import { detailParts, guestParts, ticketParts } from "./screening-changes";
import type { ReleaseChange, ReleaseSnapshot, SnapshotScreening } from "./types";

/** Lookups of one snapshot, built once (a release of 3,000 screenings must not rebuild them per screening). */
interface Index {
  snap: ReleaseSnapshot;
  films: Map<number, ReleaseSnapshot["films"][number]>;
  venues: Map<number, string>;
  filmJson: Map<number, string>;
}

const indexes = new WeakMap<ReleaseSnapshot, Index>();

function indexOf(snap: ReleaseSnapshot): Index {
  let ix = indexes.get(snap);
  if (!ix) {
    ix = {
      snap,
      films: new Map(snap.films.map((f) => [f.id, f])),
      venues: new Map(snap.venues.map((v) => [v.id, v.name])),
      filmJson: new Map(),
    };
    indexes.set(snap, ix);
  }
  return ix;
}

function describeTime(iso: string, ix: Index): string {
  const { timeZone, dayBreak } = ix.snap.edition;
  const d = new Date(iso);
  const day = festivalDayOf(d, timeZone, dayBreak);
  const t = localParts(d, timeZone).time;
  return `${shortDayLabel(day)} ${t}${isAfterMidnight(d, timeZone, dayBreak) ? " (after midnight)" : ""}`;
}

function filmsOf(s: SnapshotScreening, ix: Index): ReleaseSnapshot["films"] {
  return s.filmIds.flatMap((id) => {
    const f = ix.films.get(id);
    return f ? [f] : [];
  });
}

/** The programme's own title, else its films' titles. */
function titleOf(s: SnapshotScreening, ix: Index): string {
  return s.title ?? programmeTitle(s.filmIds.map((id) => ix.films.get(id) ?? { title: `Film ${id}`, directors: [], year: null }));
}

function venueName(id: number, ix: Index): string {
  return ix.venues.get(id) ?? `venue ${id}`;
}

function sameFilmIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function filmJson(id: number, ix: Index): string {
  let j = ix.filmJson.get(id);
  if (j === undefined) {
    j = JSON.stringify(ix.films.get(id) ?? null);
    ix.filmJson.set(id, j);
  }
  return j;
}

/** The public details, guests and tickets of a screening, compared as one text. */
function detailsJson(s: SnapshotScreening): string {
  return JSON.stringify([
    s.title,
    s.description,
    s.languages,
    s.subtitles,
    [...s.accessibility].sort(),
    s.format,
    s.ticketUrl,
    s.availability,
    s.guests,
  ]);
}

/**
 * True when anything the public sees of this screening differs (time, venue, films, their details,
 * minutes, status, programme details, guests, tickets).
 */
function changed(a: SnapshotScreening, prev: Index, b: SnapshotScreening, next: Index): boolean {
  return (
    detailsJson(a) !== detailsJson(b) ||
    a.startsAt !== b.startsAt ||
    a.endsAt !== b.endsAt ||
    a.venueId !== b.venueId ||
    a.status !== b.status ||
    a.preShowMinutes !== b.preShowMinutes ||
    a.introMinutes !== b.introMinutes ||
    a.qaMinutes !== b.qaMinutes ||
    !sameFilmIds(a.filmIds, b.filmIds) ||
    a.filmIds.some((id) => filmJson(id, prev) !== filmJson(id, next)) ||
    venueName(a.venueId, prev) !== venueName(b.venueId, next)
  );
}

/** Its minutes, its films' own details or its venue's name changed. */
function otherChange(p: SnapshotScreening, prev: Index, s: SnapshotScreening, next: Index): boolean {
  return (
    p.preShowMinutes !== s.preShowMinutes ||
    p.introMinutes !== s.introMinutes ||
    p.qaMinutes !== s.qaMinutes ||
    s.filmIds.some((id) => filmJson(id, prev) !== filmJson(id, next)) ||
    venueName(p.venueId, prev) !== venueName(s.venueId, next)
  );
}

/** A screening's time or venue change ("Matewan moved from Cinema 1 to Hall B"), or null. */
function moveOf(p: SnapshotScreening, prev: Index, s: SnapshotScreening, next: Index): ReleaseChange | null {
  const parts: string[] = [];
  let type: ReleaseChange["type"] | null = null;
  if (p.venueId !== s.venueId) {
    type = "moved";
    parts.push(`from ${venueName(p.venueId, prev)} to ${venueName(s.venueId, next)}`);
  }
  if (p.startsAt !== s.startsAt || p.endsAt !== s.endsAt) {
    type ??= "retimed";
    parts.push(
      p.startsAt !== s.startsAt
        ? `from ${describeTime(p.startsAt, prev)} to ${describeTime(s.startsAt, next)}`
        : `now ends at ${localParts(new Date(s.endsAt), next.snap.edition.timeZone).time}`,
    );
  }
  return type ? { type, screeningId: s.id, message: `${titleOf(s, next)} moved ${parts.join(", ")}` } : null;
}

/** What changed of a screening public in both releases, neither cancelled nor reinstated: one entry per kind of change. */
function changesOf(p: SnapshotScreening, prev: Index, s: SnapshotScreening, next: Index): ReleaseChange[] {
  const title = titleOf(s, next);
  const at = `${describeTime(s.startsAt, next)}, ${venueName(s.venueId, next)}`;
  const out: ReleaseChange[] = [];
  const move = moveOf(p, prev, s, next);
  if (move) out.push(move);
  if (!sameFilmIds(p.filmIds, s.filmIds))
    out.push({ type: "films-changed", screeningId: s.id, message: `${at}: ${titleOf(p, prev)} is now ${title}` });
  const kinds = [
    [
      "details-changed",
      detailParts({ ...p, films: filmsOf(p, prev), name: titleOf(p, prev) }, { ...s, films: filmsOf(s, next), name: title }),
    ],
    ["guests-changed", guestParts(p.guests, s.guests)],
    ["tickets-changed", ticketParts(p, s)],
  ] as const;
  for (const [type, parts] of kinds)
    if (parts.length > 0) out.push({ type, screeningId: s.id, message: `${title} (${at}): ${parts.join("; ")}` });
  // minutes, a film's own details, a venue's name: said once, without detail (a move or new films says enough)
  if (out.length === 0 || (!move && sameFilmIds(p.filmIds, s.filmIds) && otherChange(p, prev, s, next)))
    out.push({ type: "films-changed", screeningId: s.id, message: `${at}: details of ${title} updated` });
  return out;
}

/** The changelog of `next` against `prev` (null for the first release: everything is new). */
export function diffReleases(prevSnap: ReleaseSnapshot | null, nextSnap: ReleaseSnapshot): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  const prev = prevSnap ? indexOf(prevSnap) : null;
  const next = indexOf(nextSnap);
  const before = new Map((prevSnap?.screenings ?? []).map((s) => [s.id, s]));
  const seen = new Set<number>();
  for (const s of nextSnap.screenings) {
    seen.add(s.id);
    const p = before.get(s.id);
    // Unchanged screenings (most of them) cost one comparison, no formatting.
    if (p && prev && !changed(p, prev, s, next)) continue;
    const title = titleOf(s, next);
    const at = `${describeTime(s.startsAt, next)}, ${venueName(s.venueId, next)}`;
    if (!p || !prev) {
      changes.push({
        type: s.status === "cancelled" ? "cancelled" : "new",
        screeningId: s.id,
        message: s.status === "cancelled" ? `Cancelled: ${title} (${at})` : `New: ${title}, ${at}`,
      });
      continue;
    }
    if (p.status !== s.status) {
      if (s.status === "cancelled") changes.push({ type: "cancelled", screeningId: s.id, message: `Cancelled: ${title} (${at})` });
      else changes.push({ type: "reinstated", screeningId: s.id, message: `Back on: ${title}, ${at}` });
      continue;
    }
    changes.push(...changesOf(p, prev, s, next));
  }
  for (const p of prevSnap?.screenings ?? []) {
    if (!seen.has(p.id))
      changes.push({
        type: "removed",
        screeningId: p.id,
        message: `Removed: ${titleOf(p, prev!)} (${describeTime(p.startsAt, prev!)}, ${venueName(p.venueId, prev!)})`,
      });
  }
  return changes;
}

/** `draft` with each screening's revision set: 0 when new, previous + 1 when changed, unchanged otherwise. */
export function nextRevisions(prevSnap: ReleaseSnapshot | null, draft: ReleaseSnapshot): ReleaseSnapshot {
  const before = new Map((prevSnap?.screenings ?? []).map((s) => [s.id, s]));
  const prev = prevSnap ? indexOf(prevSnap) : null;
  const next = indexOf(draft);
  return {
    ...draft,
    screenings: draft.screenings.map((s) => {
      const p = before.get(s.id);
      if (!p || !prev) return { ...s, revision: 0 };
      return { ...s, revision: changed(p, prev, s, next) ? p.revision + 1 : p.revision };
    }),
  };
}
