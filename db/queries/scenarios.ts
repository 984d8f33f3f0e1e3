/** Scenarios (issue 16): named copies of an edition's lineup. Their slots and screenings carry scenario_id. */
import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { scenarios, screeningFilms, screeningGuests, screenings, slots } from "@/db/schema";
import type { ScenarioId } from "./schedule";
import { inChunks } from "./shared";

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

/** Renames the scenario if it is still at `expectedVersion`: the renamed scenario, or null when stale. */
export function renameScenario(db: DB, id: number, name: string, expectedVersion: number): Scenario | null {
  return (
    db
      .update(scenarios)
      .set({ name, version: sql`${scenarios.version} + 1`, updatedAt: new Date() })
      .where(and(eq(scenarios.id, id), eq(scenarios.version, expectedVersion)))
      .returning()
      .get() ?? null
  );
}

const slotsOf = (scenarioId: ScenarioId): SQL => (scenarioId === null ? isNull(slots.scenarioId) : eq(slots.scenarioId, scenarioId));
const screeningsOf = (scenarioId: ScenarioId): SQL =>
  scenarioId === null ? isNull(screenings.scenarioId) : eq(screenings.scenarioId, scenarioId);

/** How many rows of `table` (slots or screenings) each scenario of the edition holds. */
function countPerScenario(db: DB, table: typeof slots | typeof screenings, editionId: number): Map<number, number> {
  const rows = db
    .select({ id: table.scenarioId, n: count() })
    .from(table)
    .where(and(eq(table.editionId, editionId), isNotNull(table.scenarioId)))
    .groupBy(table.scenarioId)
    .all();
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, r.n] as const])));
}

/** How many slots and screenings each scenario of the edition holds. */
export function scenarioSizes(db: DB, editionId: number): Map<number, { slots: number; screenings: number }> {
  const slotCounts = countPerScenario(db, slots, editionId);
  const screeningCounts = countPerScenario(db, screenings, editionId);
  return new Map([...slotCounts].map(([id, n]) => [id, { slots: n, screenings: screeningCounts.get(id) ?? 0 }]));
}

/**
 * Copies a lineup's slots (hold notes too) and screenings (their films and guests in order) into
 * scenario `to`, with new ids; each copied screening keeps its origin (the original's, or the
 * original's id) so the two lineups can be compared and promoted screening by screening.
 */
export function copyLineup(db: DB, editionId: number, from: ScenarioId, to: number): void {
  const newSlot = new Map<number, number>();
  for (const { id, scenarioId: _s, version: _v, ...slot } of db
    .select()
    .from(slots)
    .where(and(eq(slots.editionId, editionId), slotsOf(from)))
    .all())
    newSlot.set(
      id,
      db
        .insert(slots)
        .values({ ...slot, scenarioId: to })
        .returning({ id: slots.id })
        .get().id,
    );
  const rows = db
    .select()
    .from(screenings)
    .where(and(eq(screenings.editionId, editionId), screeningsOf(from)))
    .all();
  const ids = rows.map((r) => r.id);
  const films = inChunks(ids, (chunk) => db.select().from(screeningFilms).where(inArray(screeningFilms.screeningId, chunk)).all());
  const guests = inChunks(ids, (chunk) => db.select().from(screeningGuests).where(inArray(screeningGuests.screeningId, chunk)).all());
  const newScreening = new Map<number, number>();
  for (const { id, slotId, scenarioId: _s, version: _v, originId, ...screening } of rows) {
    const slot = newSlot.get(slotId);
    if (slot === undefined) continue;
    const values = { ...screening, slotId: slot, scenarioId: to, originId: originId ?? id };
    newScreening.set(id, db.insert(screenings).values(values).returning({ id: screenings.id }).get().id);
  }
  // the copies' films and guests, each row re-linked to its screening's copy
  const relinked = <T extends { screeningId: number }>(rows: T[]) =>
    rows.flatMap((r) => {
      const screeningId = newScreening.get(r.screeningId);
      return screeningId === undefined ? [] : [{ ...r, screeningId }];
    });
  for (const f of relinked(films)) db.insert(screeningFilms).values(f).run();
  for (const g of relinked(guests)) db.insert(screeningGuests).values(g).run();
}

/** Every screening of a lineup with its origin (null: an original), for matching two lineups. */
export function screeningOrigins(db: DB, editionId: number, scenarioId: ScenarioId): Map<number, number | null> {
  const rows = db
    .select({ id: screenings.id, originId: screenings.originId })
    .from(screenings)
    .where(and(eq(screenings.editionId, editionId), screeningsOf(scenarioId)))
    .all();
  return new Map(rows.map((r) => [r.id, r.originId]));
}

/** Deletes the scenario: its screenings (their films and guests go with them), then its slots, then the record. */
export function deleteScenario(db: DB, id: number): void {
  db.delete(screenings).where(eq(screenings.scenarioId, id)).run();
  db.delete(slots).where(eq(slots.scenarioId, id)).run();
  db.delete(scenarios).where(eq(scenarios.id, id)).run();
}

/** Gives the screening `a` the id `b` and `b` the id `a` (with their films and guests): foreign keys are checked at commit. */
function swapScreeningIds(db: DB, a: number, b: number): void {
  const renumber = (from: number, to: number) => {
    db.update(screenings).set({ id: to }).where(eq(screenings.id, from)).run();
    db.update(screeningFilms).set({ screeningId: to }).where(eq(screeningFilms.screeningId, from)).run();
    db.update(screeningGuests).set({ screeningId: to }).where(eq(screeningGuests.screeningId, from)).run();
  };
  renumber(b, -b);
  renumber(a, b);
  renumber(-b, a);
}

/**
 * The scenario's slots and screenings become the working lineup and the working lineup's go to
 * scenario `keep`. A scenario screening copied from a working one takes over the working one's
 * id (and the working one takes the copy's), so the public identity of the screening (its
 * releases, its calendar entries) is kept; an undo (promoting `keep`) swaps them back.
 * Deleting the promoted scenario's record is the caller's.
 */
export function promoteLineup(db: DB, editionId: number, scenarioId: number, keep: number): void {
  db.run(sql`PRAGMA defer_foreign_keys = ON`);
  const working = screeningOrigins(db, editionId, null);
  const taken = new Set<number>();
  for (const [id, origin] of screeningOrigins(db, editionId, scenarioId)) {
    if (origin === null || !working.has(origin) || taken.has(origin)) continue;
    taken.add(origin);
    swapScreeningIds(db, id, origin);
    db.update(screenings).set({ originId: null }).where(eq(screenings.id, origin)).run();
    db.update(screenings).set({ originId: origin }).where(eq(screenings.id, id)).run();
  }
  db.update(slots)
    .set({ scenarioId: keep })
    .where(and(eq(slots.editionId, editionId), isNull(slots.scenarioId)))
    .run();
  db.update(screenings)
    .set({ scenarioId: keep })
    .where(and(eq(screenings.editionId, editionId), isNull(screenings.scenarioId)))
    .run();
  db.update(slots).set({ scenarioId: null }).where(eq(slots.scenarioId, scenarioId)).run();
  db.update(screenings).set({ scenarioId: null }).where(eq(screenings.scenarioId, scenarioId)).run();
}
