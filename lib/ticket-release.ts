/**
 * Status-only releases: a released screening's ticket availability or link is published at once,
 * by itself, without the programmers' unreleased schedule changes. Such a release is the previous
 * release with the new ticket facts of those screenings: its changelog holds only their
 * `tickets-changed` entries, and their revisions (iCal SEQUENCE) grow as for any change.
 */
import { diffReleases, nextRevisions } from "./release-diff";
import type { ReleaseChange, ReleaseSnapshot, SnapshotScreening } from "./types";

export type TicketFacts = Pick<SnapshotScreening, "ticketUrl" | "availability">;

/** Screenings of the release whose ticket facts differ from `current` (by screening id), optionally only those in `only`. */
export function pendingTicketChanges(
  released: ReleaseSnapshot,
  current: ReadonlyMap<number, TicketFacts>,
  only?: ReadonlySet<number>,
): Map<number, TicketFacts> {
  const pending = new Map<number, TicketFacts>();
  for (const s of released.screenings) {
    const now = current.get(s.id);
    if (!now || (only && !only.has(s.id))) continue;
    if (now.ticketUrl !== s.ticketUrl || now.availability !== s.availability)
      pending.set(s.id, { ticketUrl: now.ticketUrl, availability: now.availability });
  }
  return pending;
}

/** The release `released` with these screenings' ticket facts, its revisions and its changelog (empty: nothing to publish). */
export function ticketRelease(
  released: ReleaseSnapshot,
  pending: ReadonlyMap<number, TicketFacts>,
): { snapshot: ReleaseSnapshot; changes: ReleaseChange[] } {
  const draft: ReleaseSnapshot = {
    ...released,
    screenings: released.screenings.map((s) => {
      const facts = pending.get(s.id);
      return facts ? { ...s, ...facts } : s;
    }),
  };
  const snapshot = nextRevisions(released, draft);
  return { snapshot, changes: diffReleases(released, snapshot) };
}
