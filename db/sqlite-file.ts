/**
 * SQLite files on disk, as backups and restores handle them: copying a live database with
 * SQLite's online backup API, making a copy one self-contained file, fsyncing, sidecars.
 */
import fs from "node:fs";
import Database from "better-sqlite3";

/** Pages copied per step, and a hook between steps (tests write to the source meanwhile). */
export interface CopyOptions {
  /** Pages copied per step of the online backup (default: the whole file in one step). */
  pagesPerStep?: number;
  /** Called between steps (tests use it to write to the source while the backup runs). */
  onStep?: (progress: { totalPages: number; remainingPages: number }) => void;
}

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The files SQLite may keep beside a database. */
export function sidecars(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

export function fsyncPath(p: string): void {
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

export function timestamp(d = new Date()): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * A copy is one file: its header says rollback journal, so it never needs a -wal beside it
 * (the server switches it back to WAL when it opens it).
 */
export function asSingleFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}

/** Online backup of `source` into `dest` (a new file), with SQLite's backup API. */
export async function copyDatabase(source: string, dest: string, opts: CopyOptions = {}): Promise<void> {
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
