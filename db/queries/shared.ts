/** Pieces every query module uses: versioned updates and lookups of many values. */
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { DB } from "@/db/client";

type Versioned = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/**
 * Applies `values` to the row `id` and bumps its version; with `expectedVersion` (the version the
 * caller last read) a stale write matches nothing. The updated row, or undefined when none matched.
 */
export function updateVersioned<T extends Versioned>(
  db: DB,
  table: T,
  id: number,
  values: SQLiteUpdateSetSource<T>,
  expectedVersion?: number,
) {
  const row: SQL | undefined = expectedVersion === undefined ? eq(table.id, id) : and(eq(table.id, id), eq(table.version, expectedVersion));
  return db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` })
    .where(row)
    .returning()
    .get();
}

type OfEdition = SQLiteTable & { id: SQLiteColumn; editionId: SQLiteColumn };

/** The row `id` of one edition's table (venues, slots), or undefined: a row of another edition is not there. */
export function getOfEdition<T extends OfEdition>(db: DB, table: T, editionId: number, id: number): T["$inferSelect"] | undefined {
  return db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.editionId, editionId)))
    .get() as T["$inferSelect"] | undefined;
}

/** Rows for many values, asked 500 at a time (SQLite's limit on bound parameters). */
export function inChunks<V, R>(values: readonly V[], query: (chunk: V[]) => R[]): R[] {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += 500) out.push(...query(values.slice(i, i + 500)));
  return out;
}
