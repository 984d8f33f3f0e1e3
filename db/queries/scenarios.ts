/** Scenarios (issue 16): named copies of an edition's lineup. Their slots and screenings carry scenario_id. */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { scenarios } from "@/db/schema";

export interface Scenario {
  id: number;
  editionId: number;
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function listScenarios(db: DB, editionId: number): Scenario[] {
  return db.select().from(scenarios).where(eq(scenarios.editionId, editionId)).orderBy(asc(scenarios.id)).all();
}

/** The scenario `id` of the edition, or null (a scenario of another edition is not there). */
export function getScenario(db: DB, editionId: number, id: number): Scenario | null {
  return (
    db
      .select()
      .from(scenarios)
      .where(and(eq(scenarios.id, id), eq(scenarios.editionId, editionId)))
      .get() ?? null
  );
}

export function insertScenario(db: DB, editionId: number, name: string): Scenario {
  return db.insert(scenarios).values({ editionId, name }).returning().get();
}

/** A write inside the scenario: its version grows by one. */
export function touchScenario(db: DB, id: number): void {
  db.update(scenarios)
    .set({ version: sql`${scenarios.version} + 1`, updatedAt: new Date() })
    .where(eq(scenarios.id, id))
    .run();
}
