/**
 * The one SQLite connection of this process: WAL mode, foreign keys on,
 * busy_timeout so a second process (backup, CLI) waits instead of failing.
 * Migrations run on first open, so the server, the CLIs and tests all see
 * an up-to-date schema.
 */

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Connection {
  db: DB;
  sqlite: Database.Database;
  path: string;
}

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export function databasePath(): string {
  return process.env.DATABASE_PATH || path.join(process.cwd(), "data", "lineup.db");
}

export function openDatabase(file: string): Connection {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle({ client: sqlite, schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite, path: file };
}

// Next bundles server code into several chunks (instrumentation, route handlers, pages);
// keep one connection per process on globalThis, keyed by file.
declare global {
  var __lineupConnections: Map<string, Connection> | undefined;
  var __lineupCloseOnExit: boolean | undefined;
}

export function connection(): Connection {
  const file = databasePath();
  globalThis.__lineupConnections ??= new Map();
  let c = globalThis.__lineupConnections.get(file);
  if (!c) {
    c = openDatabase(file);
    globalThis.__lineupConnections.set(file, c);
    closeOnExit();
  }
  return c;
}

/**
 * Checkpoints the WAL into the database file and closes: no `-wal` left with content, so the
 * file alone is the whole database (a copy, a backup or the next start need nothing beside it).
 * better-sqlite3 is synchronous, so this runs inside an "exit" handler: the server's front
 * exits after it has stopped taking requests (scripts/start.mjs), CLIs and tests exit when done.
 */
function checkpointAndClose(c: Connection): void {
  if (!c.sqlite.open) return;
  try {
    if (!c.sqlite.readonly && c.path !== ":memory:") c.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    c.sqlite.close();
  }
}

/** Registered once per process (every chunk of Next's bundle shares globalThis). */
function closeOnExit(): void {
  if (globalThis.__lineupCloseOnExit) return;
  globalThis.__lineupCloseOnExit = true;
  process.once("exit", () => {
    for (const c of globalThis.__lineupConnections?.values() ?? []) {
      try {
        checkpointAndClose(c);
      } catch (e) {
        console.error(`[lineup] closing ${c.path}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    globalThis.__lineupConnections?.clear();
  });
}

export function getDb(): DB {
  return connection().db;
}

/** Checkpoint and close every open connection (tests, CLIs). */
export function closeAll(): void {
  for (const c of globalThis.__lineupConnections?.values() ?? []) checkpointAndClose(c);
  globalThis.__lineupConnections?.clear();
}

/**
 * Runs `fn` in one IMMEDIATE transaction on this process's connection: all or
 * nothing, and the write lock is taken up front so two writers queue instead of
 * failing half-way. Nested calls become savepoints.
 */
export function transaction<T>(fn: (db: DB) => T): T {
  const c = connection();
  return c.sqlite.transaction(() => fn(c.db)).immediate();
}
