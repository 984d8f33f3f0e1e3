/**
 * Status-only releases (issue 15 §1 Tickets): a released screening's ticket availability or link
 * is published at once, by itself, without the programmers' unreleased schedule changes. The
 * release is the previous one with the new ticket facts (lib/ticket-release.ts), of kind
 * "tickets", with its own number; it is served like any release (publishAndServe's path). No
 * conflict blocks it: the schedule does not change. Who may: whoever may publish.
 */

import type { DB } from "@/db/client";
import { connection, getDb } from "@/db/client";
import * as q from "@/db/queries/releases";
import { listTicketFacts } from "@/db/queries/schedule";
import { pendingTicketChanges, type TicketFacts, ticketRelease } from "@/lib/ticket-release";
import type { Edition, Release, ReleaseChange } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, mayDo, requireUser } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { releaseInput } from "@/server/schemas";
import { parse, refusePersonalData } from "@/server/validate";
import { authoriseIn, editionTransaction, requireEdition } from "./editions";
import { afterPublishing, latestRelease, serveRelease } from "./releases";

/** The released screenings' ticket facts as they stand now (tentative ones are the next schedule release's business). */
function ticketFactsNow(db: DB, edition: Edition): Map<number, TicketFacts> {
  return new Map(
    listTicketFacts(db, edition.id)
      .filter((s) => s.status !== "tentative")
      .map((s) => [s.id, { ticketUrl: s.ticketUrl, availability: s.availability }]),
  );
}

/** What a tickets release would publish now: its changelog (empty: nothing pending, or nothing released yet). */
export function previewTicketRelease(actor: Actor, slug: string): { changes: ReleaseChange[] } {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  const previous = latestRelease(db, edition.id);
  if (!previous) return { changes: [] };
  return { changes: ticketRelease(previous.snapshot, pendingTicketChanges(previous.snapshot, ticketFactsNow(db, edition))).changes };
}

/**
 * Writes a tickets release with every pending ticket change of the released screenings (of
 * `only` when given). Null when there is none (or nothing is released yet): nothing is written.
 */
export function publishTicketRelease(actor: Actor, slug: string, input: unknown = {}, only?: ReadonlySet<number>): Release | null {
  const user = requireUser(actor);
  authoriseIn(actor, slug, "publish");
  const { note } = parse(releaseInput, input ?? {});
  refusePersonalData({ note });
  const outermost = !connection().sqlite.inTransaction;
  const published = editionTransaction(slug, (db, edition) => {
    const previous = latestRelease(db, edition.id);
    if (!previous) return null;
    const pending = pendingTicketChanges(previous.snapshot, ticketFactsNow(db, edition), only);
    const { snapshot, changes } = ticketRelease(previous.snapshot, pending);
    if (changes.length === 0) return null;
    const release = q.insertRelease(db, edition.id, {
      version: previous.version + 1,
      kind: "tickets",
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
      action: "publish-tickets",
      summary: `release ${release.version} (tickets): ${changes.map((c) => c.message).join(" / ")}`.slice(0, 500),
      after: { version: release.version, kind: release.kind, note, changes },
    });
    return { release, editionId: edition.id };
  });
  if (!published) return null;
  afterPublishing(slug, published.editionId, published.release, outermost);
  return published.release;
}

/** POST .../releases/tickets (`{note?}`): publishes every pending ticket change and serves it; 409 nothing_to_publish when there is none. */
export async function publishTicketsAndServe(actor: Actor, slug: string, input: unknown = {}): Promise<Release> {
  const release = publishTicketRelease(actor, slug, input);
  if (!release)
    throw new ServiceError(
      "nothing_to_publish",
      "No released screening's ticket availability or link has changed since the last release: there is nothing to publish",
    );
  await serveRelease(slug, release.version);
  return release;
}

/**
 * After `PUT .../slots/{id}/screening` committed: when the caller may publish and the screening
 * is released with other ticket facts than it now has, its tickets release is published and
 * served at once. Its number, or null (nothing to publish, or a caller who may only edit: the
 * change then waits for a publisher). A failure to publish never undoes or fails the write.
 */
export async function publishScreeningTickets(actor: Actor, slug: string, screeningId: number): Promise<{ version: number } | null> {
  if (!actor) return null;
  const edition = requireEdition(getDb(), slug);
  if (!mayDo(actor, "publish", { editionId: edition.id })) return null;
  let release: Release | null;
  try {
    release = publishTicketRelease(actor, slug, {}, new Set([screeningId]));
  } catch (e) {
    // the change stays pending: POST .../releases/tickets publishes it
    console.error(`[lineup] tickets release of ${slug} (screening ${screeningId}): ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  if (!release) return null;
  try {
    await serveRelease(slug, release.version);
  } catch (e) {
    console.error(`[lineup] serving tickets release ${release.version} of ${slug}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { version: release.version };
}
