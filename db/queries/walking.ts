/** Walking minutes between an edition's venues (issue 17): rows <-> lib's WalkingPair. */
import { asc, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { walkingMinutes } from "@/db/schema";
import type { WalkingPair } from "@/lib/types";

export function listWalkingMinutes(db: DB, editionId: number): WalkingPair[] {
  return db
    .select({ fromVenueId: walkingMinutes.fromVenueId, toVenueId: walkingMinutes.toVenueId, minutes: walkingMinutes.minutes })
    .from(walkingMinutes)
    .where(eq(walkingMinutes.editionId, editionId))
    .orderBy(asc(walkingMinutes.fromVenueId), asc(walkingMinutes.toVenueId))
    .all();
}

/** The edition's walking minutes become exactly `pairs` (call inside a transaction). */
export function replaceWalkingMinutes(db: DB, editionId: number, pairs: readonly WalkingPair[]): void {
  db.delete(walkingMinutes).where(eq(walkingMinutes.editionId, editionId)).run();
  if (pairs.length)
    db.insert(walkingMinutes)
      .values(pairs.map((p) => ({ editionId, ...p })))
      .run();
}
