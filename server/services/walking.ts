/** Walking minutes between an edition's venues (issue 17): read by staff, set by programmers. */
import { getDb } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { listWalkingMinutes, replaceWalkingMinutes } from "@/db/queries/walking";
import type { WalkingPair } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { invalid } from "@/server/errors";
import { parse } from "@/server/validate";
import { walkingMinutesInput } from "@/server/walking-schemas";
import { authoriseIn, editionTransaction } from "./editions";

export function getWalkingMinutes(actor: Actor, slug: string): { minutes: WalkingPair[] } {
  const edition = authoriseIn(actor, slug, "read");
  return { minutes: listWalkingMinutes(getDb(), edition.id) };
}

/** Replaces the edition's whole set (400 naming `minutes.N.fromVenueId` for a venue of another edition). */
export function putWalkingMinutes(actor: Actor, slug: string, input: unknown): { minutes: WalkingPair[] } {
  authoriseIn(actor, slug, "edit");
  const { minutes } = parse(walkingMinutesInput, input);
  return editionTransaction(slug, (db, edition) => {
    const venueIds = new Set(listVenues(db, edition.id).map((v) => v.id));
    const fields: Record<string, string> = {};
    for (const [i, w] of minutes.entries())
      for (const key of ["fromVenueId", "toVenueId"] as const)
        if (!venueIds.has(w[key])) fields[`minutes.${i}.${key}`] = "is not a venue of this edition";
    if (Object.keys(fields).length) throw invalid(fields);
    const before = listWalkingMinutes(db, edition.id);
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
