/** Walking minutes between an edition's venues (issue 17): read by staff, set by programmers. */
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { listWalkingMinutes, replaceWalkingMinutes } from "@/db/queries/walking";
import type { WalkingPair } from "@/lib/types";
import { boxName, matrixPairs, type WalkBox } from "@/lib/walking";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { invalid } from "@/server/errors";
import { parse } from "@/server/validate";
import { MAX_WALKING_MINUTES, walkingMinutesInput } from "@/server/walking-schemas";
import { authoriseIn, editionTransaction } from "./editions";

export function getWalkingMinutes(actor: Actor, slug: string): { minutes: WalkingPair[] } {
  const edition = authoriseIn(actor, slug, "read");
  return { minutes: listWalkingMinutes(getDb(), edition.id) };
}

/** Replaces the edition's whole set (400 naming `minutes.N.fromVenueId` for a venue of another edition). */
export function putWalkingMinutes(actor: Actor, slug: string, input: unknown): { minutes: WalkingPair[] } {
  authoriseIn(actor, slug, "edit");
  const { minutes } = parse(walkingMinutesInput, input);
  return replace(actor, slug, () => minutes);
}

/**
 * The admin's matrix: each box one pair (lib/walking matrixPairs), checked as the API checks a
 * PUT; a box that is not whole minutes is refused naming the box (boxName) and its two venues.
 */
export function putWalkingMatrix(actor: Actor, slug: string, boxes: WalkBox[]): { minutes: WalkingPair[] } {
  const edition = authoriseIn(actor, slug, "edit");
  const bad = boxes.filter(
    (b) => b.minutes !== null && !(Number.isInteger(b.minutes) && b.minutes >= 0 && b.minutes <= MAX_WALKING_MINUTES),
  );
  const first = bad.at(0);
  if (first) {
    const names = new Map(listVenues(getDb(), edition.id).map((v) => [v.id, v.name]));
    const rule = `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}, or empty`;
    throw invalid(
      Object.fromEntries(bad.map((b) => [boxName(b.fromVenueId, b.toVenueId), rule])),
      `The walk between ${names.get(first.fromVenueId) ?? "a venue"} and ${names.get(first.toVenueId) ?? "another"} ${rule}`,
    );
  }
  return replace(actor, slug, (stored) => parse(walkingMinutesInput, { minutes: matrixPairs(boxes, stored) }).minutes);
}

function replace(actor: Actor, slug: string, pairsOf: (stored: WalkingPair[]) => WalkingPair[]): { minutes: WalkingPair[] } {
  return editionTransaction(slug, (db, edition) => {
    const before = listWalkingMinutes(db, edition.id);
    const minutes = pairsOf(before);
    refuseOtherVenues(db, edition.id, minutes);
    replaceWalkingMinutes(db, edition.id, minutes);
    const after = listWalkingMinutes(db, edition.id);
    audit(db, actor, {
      entity: "edition",
      entityId: edition.id,
      editionId: edition.id,
      action: "walking-minutes",
      summary: `Walking minutes between venues: ${after.length} given`,
      before,
      after,
    });
    return { minutes: after };
  });
}

/** 400 naming `minutes.N.fromVenueId` / `toVenueId` for every venue that is not one of the edition's. */
function refuseOtherVenues(db: DB, editionId: number, minutes: WalkingPair[]): void {
  const venueIds = new Set(listVenues(db, editionId).map((v) => v.id));
  const fields: Record<string, string> = {};
  for (const [i, w] of minutes.entries())
    for (const key of ["fromVenueId", "toVenueId"] as const)
      if (!venueIds.has(w[key])) fields[`minutes.${i}.${key}`] = "is not a venue of this edition";
  if (Object.keys(fields).length) throw invalid(fields);
}
