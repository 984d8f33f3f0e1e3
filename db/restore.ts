/**
 * Replacing the database with a backup (the CLI `npm run restore`): verify the backup, copy
 * it next to the target, take the target (refused while a server has it open), keep the
 * previous file, swap the copy in with one atomic rename.
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
import { unpackImages } from "./backup-images";
import { type Verification, verifyDatabaseFile } from "./backup-verify";
import { databasePath } from "./client";
import { imagesDir } from "./data-dir";
import { asSingleFile, copyDatabase, errorMessage, fsyncPath, sidecars, timestamp } from "./sqlite-file";

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
  /** Image files the backup carried that were written into the images folder (those missing there). */
  images: number;
  verification: Verification;
}

/**
 * Replaces `target` (default DATABASE_PATH) with the database in `file`.
 * Order: verify FILE; copy it next to the target and verify + fsync the copy; take the
 * target (refusing with TargetInUseError if any other connection has it open); keep the
 * old file as TARGET.before-restore-<timestamp> (a hard link, so the target path never
 * goes missing); remove the old -wal/-shm; rename the copy over the target; fsync the folder.
 * The images the backup carries are written into the target's images folder (`images`, default
 * LINEUP_DATA_DIR/images) as the copy is made: only files missing there, and none is deleted, so
 * a refused restore leaves nothing wrong behind.
 */
export async function restoreFrom(file: string, target: string = databasePath(), images?: string): Promise<RestoreResult> {
  const src = path.resolve(file);
  const dest = path.resolve(target);
  if (src === dest) throw new Error("The backup file and the target are the same file");
  const verification = verifyDatabaseFile(src);
  if (!verification.ok) throw new InvalidBackupError(verification.problems);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.restore-${process.pid}-${Date.now()}`);
  const cleanTmp = () => {
    for (const f of [tmp, ...sidecars(tmp)]) fs.rmSync(f, { force: true });
  };
  let written = 0;
  try {
    written = await verifiedCopy(src, tmp, images ?? imagesDir(dest));
  } catch (e) {
    cleanTmp();
    throw e;
  }
  let previous: string | null = null;
  let lock: Database.Database | null = null;
  try {
    if (fs.existsSync(dest)) {
      lock = takeTarget(dest);
      previous = keepPrevious(dest);
    }
    for (const f of sidecars(dest)) fs.rmSync(f, { force: true });
    fs.renameSync(tmp, dest);
    fsyncPath(path.dirname(dest));
  } catch (e) {
    cleanTmp();
    throw e;
  } finally {
    if (lock) release(lock);
  }
  // The old connection's sidecars (if closing re-created any) belong to the old inode.
  for (const f of sidecars(dest)) {
    try {
      if (fs.existsSync(/*turbopackIgnore: true*/ f) && fs.statSync(/*turbopackIgnore: true*/ f).size === 0) fs.rmSync(f, { force: true });
    } catch {
      // best effort
    }
  }
  return { target: dest, previous, verification, images: written };
}

/**
 * Copy through SQLite (includes anything in FILE's own -wal), its images written out and their
 * table taken out, in rollback-journal mode, verified and fsynced. Returns the images written.
 */
async function verifiedCopy(src: string, tmp: string, images: string): Promise<number> {
  await copyDatabase(src, tmp);
  const written = unpackImages(tmp, images);
  asSingleFile(tmp);
  const copy = verifyDatabaseFile(tmp);
  if (!copy.ok) throw new InvalidBackupError(copy.problems.map((p) => `copy: ${p}`));
  fsyncPath(tmp);
  return written;
}

/**
 * Exclusive access to the current database while it is swapped out, or TargetInUseError.
 * A file that is no database any more (corrupt, truncated) has nothing to lock: it is kept and replaced.
 */
function takeTarget(dest: string): Database.Database {
  const lock = new Database(dest, { fileMustExist: true });
  try {
    lock.pragma("busy_timeout = 0");
    let mode: string;
    try {
      mode = String(lock.pragma("journal_mode = DELETE", { simple: true }));
    } catch (e) {
      const code = e instanceof Database.SqliteError ? e.code : "";
      if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
        throw new TargetInUseError(`${dest} is in use by another connection (is the server running? stop it first): ${errorMessage(e)}`);
      return lock;
    }
    if (mode.toLowerCase() !== "delete")
      throw new TargetInUseError(`${dest} is in use by another connection (journal mode stays ${mode}); stop the server first`);
    // Hold an exclusive lock on the old file while it is swapped out.
    lock.pragma("locking_mode = EXCLUSIVE");
    try {
      lock.exec("BEGIN EXCLUSIVE");
    } catch (e) {
      throw new TargetInUseError(`${dest} is locked by another connection: ${errorMessage(e)}`);
    }
    return lock;
  } catch (e) {
    lock.close();
    throw e;
  }
}

/** The previous database as TARGET.before-restore-<timestamp>: a hard link, or a copy where links are not possible. */
function keepPrevious(dest: string): string {
  const previous = `${dest}.before-restore-${timestamp()}`;
  try {
    fs.linkSync(dest, previous);
  } catch {
    fs.copyFileSync(dest, previous);
    fsyncPath(previous);
  }
  return previous;
}

function release(lock: Database.Database): void {
  try {
    if (lock.inTransaction) lock.exec("ROLLBACK");
  } catch {
    // closing releases the lock anyway
  }
  lock.close();
}
