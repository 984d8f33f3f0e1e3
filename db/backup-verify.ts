/**
 * Is this file a sound SQLite database (header, PRAGMA integrity_check, foreign_key_check),
 * and is it Lineup's (drizzle's migrations table with migrations this code knows, and every
 * table of db/schema.ts)? Opens it read-only and never writes to it.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { integrityLines, openReadOnly, tableColumns, tableNames } from "./inspect";
import * as schema from "./schema";
import { errorMessage } from "./sqlite-file";

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");
const MIGRATIONS_TABLE = "__drizzle_migrations";
const COUNTED_TABLES = ["films", "editions", "venues", "slots", "screenings", "releases", "users"] as const;
/** Lineup's first tables: any backup has them (later ones are added by migrating on start). */
const CORE_TABLES = ["users", "sessions", "films", "editions", "venues", "slots", "screenings", "screening_films", "releases"];

export interface Verification {
  ok: boolean;
  problems: string[];
  /** Rows per table (the tables of COUNTED_TABLES that exist). */
  counts: Record<string, number>;
  bytes: number;
  /** Number of migrations recorded in the file. */
  migrations: number;
}

/** The tables (and their columns) that db/schema.ts declares. */
function expectedTables(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue; // relations, types
    const cfg = getTableConfig(value);
    out.set(
      cfg.name,
      cfg.columns.map((c) => c.name),
    );
  }
  return out;
}

function knownMigrations(): number[] {
  try {
    return readMigrationFiles({ migrationsFolder: path.join(process.cwd(), "db", "migrations") }).map((m) => m.folderMillis);
  } catch {
    return [];
  }
}

/** Removes sidecar files a read-only open created (and left empty) next to `file`. */
function withSidecarCleanup<T>(file: string, fn: () => T): T {
  const wal = `${file}-wal`;
  const shm = `${file}-shm`;
  const hadWal = fs.existsSync(wal);
  const hadShm = fs.existsSync(shm);
  try {
    return fn();
  } finally {
    try {
      if (!hadWal && fs.existsSync(wal) && fs.statSync(wal).size === 0) {
        fs.rmSync(wal, { force: true });
        if (!hadShm) fs.rmSync(shm, { force: true });
      }
    } catch {
      // best effort
    }
  }
}

/**
 * Checks that `file` is a sound SQLite database and a Lineup one. `problems` says what is
 * wrong, in words.
 */
export function verifyDatabaseFile(file: string): Verification {
  const v: Verification = { ok: false, problems: [], counts: {}, bytes: 0, migrations: 0 };
  const done = () => ({ ...v, ok: v.problems.length === 0 });
  const header = headerProblem(file);
  v.bytes = header.bytes;
  if (header.problem) {
    v.problems.push(header.problem);
    return done();
  }
  return withSidecarCleanup(file, () => {
    let db: Database.Database | undefined;
    try {
      db = openReadOnly(file);
      checkContents(db, v);
    } catch (e) {
      v.problems.push(`cannot read ${file}: ${errorMessage(e)}`);
    } finally {
      db?.close();
    }
    return done();
  });
}

/** A regular file of at least a page, starting with SQLite's magic string. */
function headerProblem(file: string): { bytes: number; problem: string | null } {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return { bytes: 0, problem: `${file} does not exist` };
  }
  if (!st.isFile()) return { bytes: 0, problem: `${file} is not a regular file` };
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (st.size < 512 || !head.equals(SQLITE_MAGIC))
    return { bytes: st.size, problem: `${file} is not an SQLite database (no "SQLite format 3" header)` };
  return { bytes: st.size, problem: null };
}

/** Integrity, Lineup's migrations and tables, foreign keys, and the row counts. */
function checkContents(db: Database.Database, v: Verification): void {
  const lines = integrityLines(db);
  if (!(lines.length === 1 && lines[0] === "ok")) v.problems.push(`integrity_check: ${lines.slice(0, 10).join("; ")}`);
  const tables = new Set(tableNames(db));
  checkMigrations(db, tables, v);
  checkTables(db, tables, v);
  if (v.problems.length === 0) {
    const fk = db.prepare("PRAGMA foreign_key_check").all();
    if (fk.length) v.problems.push(`foreign_key_check: ${fk.length} row(s) point at missing rows`);
  }
  for (const t of COUNTED_TABLES)
    if (tables.has(t)) v.counts[t] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${t}"`).get()?.n ?? 0;
}

/** drizzle's migrations table is there, not empty, and names only migrations this code knows. */
function checkMigrations(db: Database.Database, tables: Set<string>, v: Verification): void {
  if (!tables.has(MIGRATIONS_TABLE)) {
    v.problems.push(`not a Lineup database: no ${MIGRATIONS_TABLE} table`);
    return;
  }
  const rows = db.prepare<[], { at: number }>(`SELECT created_at AS at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at`).all();
  v.migrations = rows.length;
  const known = knownMigrations();
  if (rows.length === 0) v.problems.push(`not a Lineup database: ${MIGRATIONS_TABLE} is empty`);
  if (known.length) {
    const unknown = rows.filter((r) => !known.includes(Number(r.at)));
    if (unknown.length)
      v.problems.push(`${unknown.length} migration(s) this version of Lineup does not know (made by a newer version, or not Lineup's)`);
  }
}

/**
 * Every table (and column) of db/schema.ts when the file is up to date; an older backup may
 * lack tables added since (the server migrates it on start), but Lineup's first tables must be there.
 */
function checkTables(db: Database.Database, tables: Set<string>, v: Verification): void {
  const expected = expectedTables();
  const missing = [...expected.keys()].filter((t) => !tables.has(t));
  const latest = knownMigrations();
  const upToDate = latest.length > 0 && v.migrations === latest.length;
  const required = upToDate ? missing : missing.filter((t) => CORE_TABLES.includes(t));
  if (required.length) v.problems.push(`not a Lineup database: missing table(s) ${required.join(", ")}`);
  if (!upToDate) return;
  for (const [table, columns] of expected) {
    if (!tables.has(table)) continue;
    const have = new Set(tableColumns(db, table).map((c) => c.name));
    const lacking = columns.filter((c) => !have.has(c));
    if (lacking.length) v.problems.push(`table ${table} lacks column(s) ${lacking.join(", ")}`);
  }
}
