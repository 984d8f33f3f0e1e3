/**
 * Backups and restores of the SQLite file (the CLIs `npm run backup` / `npm run restore`
 * and the admin download GET /api/v1/backup all come through here).
 *
 * - backupTo: SQLite's online backup API on a separate read-only connection. Safe while
 *   the server runs: in WAL mode readers never block the writer, and a backup step sees one
 *   consistent snapshot. The copy is written to a temporary file, checked, and then renamed
 *   into place, so FILE is either absent or a complete, verified copy.
 * - verifyDatabaseFile: is this a sound SQLite file (header, PRAGMA integrity_check,
 *   foreign_key_check) and is it Lineup's (drizzle's migrations table with migrations this
 *   code knows, and every table of db/schema.ts)?
 * - restoreFrom: verifies FILE first, copies it next to the target, fsyncs, and only then
 *   touches the target: it refuses when any other connection has the target open (a running
 *   server), keeps the previous file as TARGET.before-restore-<timestamp>, and swaps the new
 *   file in with one atomic rename.
 *
 * "Is the server running?" is answered by SQLite's own locks, not a pid file: switching the
 * target out of WAL mode (`PRAGMA journal_mode=DELETE`, busy_timeout 0) needs exclusive access
 * and fails with SQLITE_BUSY while any other connection has the database open, idle or not
 * (every WAL connection holds a shared lock on the -shm file). As a side effect the switch
 * checkpoints the WAL into the main file, so the kept previous file is complete on its own.
 */

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { databasePath } from "./client";
import { integrityLines, openReadOnly, tableColumns, tableNames } from "./inspect";
import * as schema from "./schema";

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");
const MIGRATIONS_TABLE = "__drizzle_migrations";
const COUNTED_TABLES = ["films", "editions", "venues", "slots", "screenings", "releases", "users"] as const;

export interface Verification {
  ok: boolean;
  problems: string[];
  /** Rows per table (the tables of COUNTED_TABLES that exist). */
  counts: Record<string, number>;
  bytes: number;
  /** Number of migrations recorded in the file. */
  migrations: number;
}

export interface BackupResult extends Verification {
  file: string;
}

export interface BackupOptions {
  /** Source database (default DATABASE_PATH / data/lineup.db). */
  source?: string;
  /** Pages copied per step of the online backup (default: the whole file in one step). */
  pagesPerStep?: number;
  /** Called between steps (tests use it to write to the source while the backup runs). */
  onStep?: (progress: { totalPages: number; remainingPages: number }) => void;
  /** Replace FILE if it exists (default: refuse). */
  overwrite?: boolean;
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A backup is one file: its header says rollback journal, so it never needs a -wal beside it (the server switches it back to WAL). */
function toRollbackJournal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
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

function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, "r");
    fs.fsyncSync(fd);
  } catch {
    // directories cannot be fsynced on every platform; the rename is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function timestamp(d = new Date()): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
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
 * Checks that `file` is a sound SQLite database and a Lineup one. Opens it read-only and
 * never writes to it. `problems` says what is wrong, in words.
 */
export function verifyDatabaseFile(file: string): Verification {
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  let bytes = 0;
  let migrations = 0;
  const result = () => ({ ok: problems.length === 0, problems, counts, bytes, migrations });

  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    problems.push(`${file} does not exist`);
    return result();
  }
  if (!st.isFile()) {
    problems.push(`${file} is not a regular file`);
    return result();
  }
  bytes = st.size;
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (st.size < 512 || !head.equals(SQLITE_MAGIC)) {
    problems.push(`${file} is not an SQLite database (no "SQLite format 3" header)`);
    return result();
  }

  return withSidecarCleanup(file, () => {
    let db: Database.Database | undefined;
    try {
      db = openReadOnly(file);
      const lines = integrityLines(db);
      if (!(lines.length === 1 && lines[0] === "ok")) problems.push(`integrity_check: ${lines.slice(0, 10).join("; ")}`);

      const tables = new Set(tableNames(db));
      if (!tables.has(MIGRATIONS_TABLE)) {
        problems.push(`not a Lineup database: no ${MIGRATIONS_TABLE} table`);
      } else {
        const rows = db.prepare<[], { at: number }>(`SELECT created_at AS at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at`).all();
        migrations = rows.length;
        const known = knownMigrations();
        if (rows.length === 0) problems.push(`not a Lineup database: ${MIGRATIONS_TABLE} is empty`);
        if (known.length) {
          const unknown = rows.filter((r) => !known.includes(Number(r.at)));
          if (unknown.length)
            problems.push(`${unknown.length} migration(s) this version of Lineup does not know (made by a newer version, or not Lineup's)`);
        }
      }
      const expected = expectedTables();
      const missing = [...expected.keys()].filter((t) => !tables.has(t));
      const latest = knownMigrations();
      const upToDate = latest.length > 0 && migrations === latest.length;
      // An older backup may lack tables added since: the server migrates it on start.
      // Lineup's first tables must be there in any case.
      const core = ["users", "sessions", "films", "editions", "venues", "slots", "screenings", "screening_films", "releases"];
      const required = upToDate ? missing : missing.filter((t) => core.includes(t));
      if (required.length) problems.push(`not a Lineup database: missing table(s) ${required.join(", ")}`);
      if (upToDate) {
        for (const [table, columns] of expected) {
          if (!tables.has(table)) continue;
          const have = new Set(tableColumns(db, table).map((c) => c.name));
          const lacking = columns.filter((c) => !have.has(c));
          if (lacking.length) problems.push(`table ${table} lacks column(s) ${lacking.join(", ")}`);
        }
      }
      if (problems.length === 0) {
        const fk = db.prepare("PRAGMA foreign_key_check").all();
        if (fk.length) problems.push(`foreign_key_check: ${fk.length} row(s) point at missing rows`);
      }
      for (const t of COUNTED_TABLES)
        if (tables.has(t)) counts[t] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${t}"`).get()?.n ?? 0;
    } catch (e) {
      problems.push(`cannot read ${file}: ${errorMessage(e)}`);
    } finally {
      db?.close();
    }
    return result();
  });
}

/** Online backup of `source` into `dest` (a new file), with SQLite's backup API. */
async function copyDatabase(source: string, dest: string, opts: Pick<BackupOptions, "pagesPerStep" | "onStep"> = {}): Promise<void> {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    src.pragma("busy_timeout = 5000");
    let last = Infinity;
    let restarted = false;
    await src.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        // Another connection wrote to the source: SQLite restarts the copy. Then copy the rest
        // in one step (one read snapshot), so a busy writer can never keep the backup going forever.
        if (remainingPages > last) restarted = true;
        last = remainingPages;
        opts.onStep?.({ totalPages, remainingPages });
        return restarted || !opts.pagesPerStep ? Math.max(totalPages, remainingPages) + 1 : opts.pagesPerStep;
      },
    });
  } finally {
    src.close();
  }
}

/**
 * Copies the live database (DATABASE_PATH unless `source` is given) to `file` while the
 * server keeps running, then verifies the copy. Throws (and leaves no file) when the copy
 * is not sound.
 */
export async function backupTo(file: string, options: BackupOptions = {}): Promise<BackupResult> {
  // The database's location is run-time data (DATABASE_PATH), not a project file: the
  // turbopackIgnore comments keep Next's build from tracing the whole project for it.
  const source = path.resolve(/*turbopackIgnore: true*/ options.source ?? databasePath());
  const dest = path.resolve(file);
  if (dest === source) throw new Error("The backup file must not be the database itself");
  if (!fs.existsSync(/*turbopackIgnore: true*/ source)) throw new Error(`No database at ${source}`);
  if (fs.existsSync(dest) && !options.overwrite) throw new Error(`${dest} already exists; choose a new file name`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await copyDatabase(source, tmp, options);
    toRollbackJournal(tmp);
    const v = verifyDatabaseFile(tmp);
    if (!v.ok) throw new Error(`The backup copy failed verification: ${v.problems.join("; ")}`);
    fsyncPath(tmp);
    fs.renameSync(tmp, dest);
    fsyncPath(path.dirname(dest));
    return { ...v, file: dest };
  } finally {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  }
}

export class TargetInUseError extends Error {}
export class InvalidBackupError extends Error {
  constructor(readonly problems: string[]) {
    super(`Not restoring: ${problems.join("; ")}`);
  }
}

export interface RestoreResult {
  target: string;
  /** Where the previous database was kept (null when there was none). */
  previous: string | null;
  verification: Verification;
}

/**
 * Replaces `target` (default DATABASE_PATH) with the database in `file`.
 * Order: verify FILE; copy it next to the target and verify + fsync the copy; take the
 * target (refusing with TargetInUseError if any other connection has it open); keep the
 * old file as TARGET.before-restore-<timestamp> (a hard link, so the target path never
 * goes missing); remove the old -wal/-shm; rename the copy over the target; fsync the folder.
 */
export async function restoreFrom(file: string, target: string = databasePath()): Promise<RestoreResult> {
  const src = path.resolve(file);
  const dest = path.resolve(target);
  if (src === dest) throw new Error("The backup file and the target are the same file");
  const verification = verifyDatabaseFile(src);
  if (!verification.ok) throw new InvalidBackupError(verification.problems);

  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.restore-${process.pid}-${Date.now()}`);
  const cleanTmp = () => {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  };
  try {
    // Copy through SQLite (includes anything in FILE's own -wal), in rollback-journal mode.
    await copyDatabase(src, tmp);
    toRollbackJournal(tmp);
    const copy = verifyDatabaseFile(tmp);
    if (!copy.ok) throw new InvalidBackupError(copy.problems.map((p) => `copy: ${p}`));
    fsyncPath(tmp);
  } catch (e) {
    cleanTmp();
    throw e;
  }

  let previous: string | null = null;
  let lock: Database.Database | undefined;
  try {
    if (fs.existsSync(dest)) {
      lock = new Database(dest, { fileMustExist: true });
      lock.pragma("busy_timeout = 0");
      let mode = "";
      let unreadable = false;
      try {
        mode = String(lock.pragma("journal_mode = DELETE", { simple: true }));
      } catch (e) {
        const code = e instanceof Database.SqliteError ? e.code : "";
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
          throw new TargetInUseError(`${dest} is in use by another connection (is the server running? stop it first): ${errorMessage(e)}`);
        // Not a database any more (corrupt, truncated): nothing to lock, keep it and replace it.
        unreadable = true;
      }
      if (!unreadable) {
        if (mode.toLowerCase() !== "delete")
          throw new TargetInUseError(`${dest} is in use by another connection (journal mode stays ${mode}); stop the server first`);
        // Hold an exclusive lock on the old file while it is swapped out.
        lock.pragma("locking_mode = EXCLUSIVE");
        try {
          lock.exec("BEGIN EXCLUSIVE");
        } catch (e) {
          throw new TargetInUseError(`${dest} is locked by another connection: ${errorMessage(e)}`);
        }
      }
      previous = `${dest}.before-restore-${timestamp()}`;
      try {
        fs.linkSync(dest, previous);
      } catch {
        fs.copyFileSync(dest, previous);
        fsyncPath(previous);
      }
    }
    for (const f of [`${dest}-wal`, `${dest}-shm`, `${dest}-journal`]) fs.rmSync(f, { force: true });
    fs.renameSync(tmp, dest);
    fsyncPath(path.dirname(dest));
  } catch (e) {
    cleanTmp();
    throw e;
  } finally {
    if (lock) {
      try {
        if (lock.inTransaction) lock.exec("ROLLBACK");
      } catch {
        // closing releases the lock anyway
      }
      lock.close();
    }
  }
  // The old connection's sidecars (if closing re-created any) belong to the old inode.
  for (const f of [`${dest}-wal`, `${dest}-shm`, `${dest}-journal`]) {
    try {
      if (fs.existsSync(/*turbopackIgnore: true*/ f) && fs.statSync(/*turbopackIgnore: true*/ f).size === 0) fs.rmSync(f, { force: true });
    } catch {
      // best effort
    }
  }
  return { target: dest, previous, verification };
}
