/** Screenings changing slots in pairs (a venue swap, issue 16): each keeps its identity. */
import { eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { screenings } from "@/db/schema";

/**
 * Swaps the screenings of each pair of slots (either may be empty), in the caller's transaction.
 * A slot holds one screening (a unique index checked row by row), so each is first parked on its
 * slot's negative id, with foreign keys checked at commit. Returns the ids of the screenings moved.
 */
export function swapScreeningSlots(db: DB, pairs: readonly { a: number; b: number }[]): number[] {
  const partner = new Map<number, number>();
  for (const { a, b } of pairs) {
    partner.set(a, b);
    partner.set(b, a);
  }
  if (!partner.size) return [];
  const rows = db
    .select({ id: screenings.id, slotId: screenings.slotId })
    .from(screenings)
    .where(inArray(screenings.slotId, [...partner.keys()]))
    .all();
  db.run(sql`PRAGMA defer_foreign_keys = ON`);
  for (const r of rows) db.update(screenings).set({ slotId: -r.slotId }).where(eq(screenings.id, r.id)).run();
  for (const r of rows)
    db.update(screenings)
      .set({ slotId: partner.get(r.slotId) ?? r.slotId, version: sql`${screenings.version} + 1` })
      .where(eq(screenings.id, r.id))
      .run();
  return rows.map((r) => r.id);
}
