/** Editions and their venues. */

import type { DB } from "@/db/client";
import { getDb, transaction } from "@/db/client";
import * as q from "@/db/queries/editions";
import { languagesProblem, type SiteLanguages } from "@/lib/i18n";
import { slugify } from "@/lib/names";
import { editionDaysProblem } from "@/lib/spans";
import type { Edition, Venue } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, authorise, type Permission, requireUser } from "@/server/auth";
import { refuseBadEmbedOrigins } from "@/server/embed-schemas";
import { invalid, notFound, ServiceError } from "@/server/errors";
import { knownLocales } from "@/server/i18n";
import { embedOriginsChanged } from "@/server/release-cache";
import { editionInput, editionPatch, venueInput, venuePatch } from "@/server/schemas";
import { parse, refusePersonalData, stale } from "@/server/validate";
import { stripUndefined } from "./films";

/** The edition with this slug, or a 404. Public: editions are no secret. */
export function requireEdition(db: DB, slug: string): Edition {
  const e = typeof slug === "string" && slug.length <= 63 ? q.getEditionBySlug(db, slug) : null;
  if (!e) throw notFound(`Edition "${String(slug).slice(0, 63)}"`);
  return e;
}

/** One write transaction with the edition read inside it (404 for an unknown edition). */
export function editionTransaction<T>(slug: string, fn: (db: DB, edition: Edition) => T): T {
  return transaction((db) => fn(db, requireEdition(db, slug)));
}

/**
 * 401 for the public, 404 for an unknown edition, 403 unless the caller's role in this
 * edition grants the permission. Called first, before the input is even read.
 */
export function authoriseIn(actor: Actor, slug: string, permission: Permission): Edition {
  requireUser(actor);
  const edition = requireEdition(getDb(), slug);
  authorise(actor, permission, edition.id);
  return edition;
}

export function listEditions(actor: Actor): Edition[] {
  authorise(actor, "read");
  return q.listEditions(getDb());
}

export function getEdition(actor: Actor, slug: string): Edition & { venues: Venue[] } {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  return { ...edition, venues: q.listVenues(db, edition.id) };
}

export function createEdition(actor: Actor, input: unknown): Edition {
  authorise(actor, "admin");
  const data = parse(editionInput, input);
  refusePersonalData({ slug: data.slug, name: data.name });
  refuseLanguages(data);
  return transaction((db) => {
    if (q.getEditionBySlug(db, data.slug))
      throw new ServiceError("conflict", `An edition "${data.slug}" exists already`, { slug: "is taken" });
    const edition = q.insertEdition(db, data);
    audit(db, actor, {
      entity: "edition",
      entityId: edition.id,
      editionId: edition.id,
      action: "create",
      summary: edition.name,
      after: edition,
    });
    return edition;
  });
}

/** Languages without a message file, or a default outside the edition's languages: 422 naming the field. */
function refuseLanguages(e: SiteLanguages): void {
  const problem = languagesProblem(e, knownLocales());
  if (problem) throw new ServiceError("unprocessable", `${problem.field} ${problem.message}`, { [problem.field]: problem.message });
}

export function updateEdition(actor: Actor, slug: string, input: unknown): Edition {
  authoriseIn(actor, slug, "admin");
  refuseBadEmbedOrigins(input);
  const { version, ...patch } = parse(editionPatch, input);
  refusePersonalData({ slug: patch.slug, name: patch.name });
  return transaction((db) => {
    const current = requireEdition(db, slug);
    if (version !== undefined && version !== current.version) throw stale("edition", current);
    const merged = { ...current, ...stripUndefined(patch) };
    const days = editionDaysProblem(merged.firstDay, merged.lastDay);
    if (days) throw invalid({ [days.field]: days.message });
    refuseLanguages(merged);
    if (patch.slug && patch.slug !== current.slug && q.getEditionBySlug(db, patch.slug))
      throw new ServiceError("conflict", `An edition "${patch.slug}" exists already`, { slug: "is taken" });
    const updated = q.updateEdition(db, current.id, stripUndefined(patch), current.version);
    if (!updated) throw stale("edition", requireEdition(db, slug));
    audit(db, actor, {
      entity: "edition",
      entityId: current.id,
      editionId: current.id,
      action: "update",
      summary: updated.name,
      before: current,
      after: updated,
    });
    if (patch.embedOrigins) embedOriginsChanged(updated.slug, updated.embedOrigins);
    return updated;
  });
}

/** A venue of this edition named in an input (a slot's venueId), or 400 naming the field. */
export function requireVenue(db: DB, edition: Edition, venueId: number): Venue {
  const venue = q.getVenue(db, edition.id, venueId);
  if (!venue)
    throw new ServiceError("bad_request", `Unknown venue ${venueId} in this edition`, { venueId: "is not a venue of this edition" });
  return venue;
}

export function listVenues(actor: Actor, slug: string): Venue[] {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  return q.listVenues(db, requireEdition(db, slug).id);
}

/** One venue of the edition, or 404 naming it (a venue addressed in the URL). */
function venueOrNotFound(db: DB, edition: Edition, venueId: number): Venue {
  const venue = q.getVenue(db, edition.id, venueId);
  if (!venue) throw notFound(`Venue ${venueId}`);
  return venue;
}

function uniqueVenueSlug(existing: Venue[], name: string, selfId?: number): string {
  const base = slugify(name) || "venue";
  const taken = new Set(existing.filter((v) => v.id !== selfId).map((v) => v.slug));
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}

/** Venue names are unique in an edition, whatever their case: 409 naming the field. */
function refuseTakenVenueName(existing: Venue[], name: string, selfId?: number): void {
  if (existing.some((v) => v.id !== selfId && v.name.toLowerCase() === name.toLowerCase()))
    throw new ServiceError("conflict", `A venue "${name}" exists already`, { name: "is taken" });
}

export function createVenue(actor: Actor, slug: string, input: unknown): Venue {
  authoriseIn(actor, slug, "edit");
  const data = parse(venueInput, input);
  refusePersonalData({ name: data.name });
  return editionTransaction(slug, (db, edition) => {
    const existing = q.listVenues(db, edition.id);
    refuseTakenVenueName(existing, data.name);
    const venue = q.insertVenue(db, edition.id, uniqueVenueSlug(existing, data.name), data);
    audit(db, actor, { entity: "venue", entityId: venue.id, editionId: edition.id, action: "create", summary: venue.name, after: venue });
    return venue;
  });
}

export function updateVenue(actor: Actor, slug: string, venueId: number, input: unknown): Venue {
  authoriseIn(actor, slug, "edit");
  const { version, ...patch } = parse(venuePatch, input);
  refusePersonalData({ name: patch.name });
  return editionTransaction(slug, (db, edition) => {
    const current = venueOrNotFound(db, edition, venueId);
    if (version !== undefined && version !== current.version) throw stale("venue", current);
    const existing = q.listVenues(db, edition.id);
    const changes: Parameters<typeof q.updateVenue>[2] = stripUndefined(patch);
    if (patch.name) {
      refuseTakenVenueName(existing, patch.name, venueId);
      changes.slug = uniqueVenueSlug(existing, patch.name, venueId);
    }
    const updated = q.updateVenue(db, venueId, changes, current.version);
    if (!updated) throw stale("venue", q.getVenue(db, edition.id, venueId));
    audit(db, actor, {
      entity: "venue",
      entityId: venueId,
      editionId: edition.id,
      action: "update",
      summary: updated.name,
      before: current,
      after: updated,
    });
    return updated;
  });
}

export function deleteVenue(actor: Actor, slug: string, venueId: number): void {
  authoriseIn(actor, slug, "edit");
  editionTransaction(slug, (db, edition) => {
    const current = venueOrNotFound(db, edition, venueId);
    try {
      q.deleteVenue(db, venueId);
      audit(db, actor, {
        entity: "venue",
        entityId: venueId,
        editionId: edition.id,
        action: "delete",
        summary: current.name,
        before: current,
      });
    } catch (e) {
      if (String(e).includes("FOREIGN KEY"))
        throw new ServiceError("in_use", "This venue still has slots; delete or move them first", { id: "has slots" });
      throw e;
    }
  });
}
