/**
 * Backups of the SQLite file (the CLI `npm run backup` and the admin download
 * GET /api/v1/backup come through here), and the way back (db/restore.ts).
 *
 * - backupTo: SQLite's online backup API on a separate read-only connection. Safe while
 *   the server runs: in WAL mode readers never block the writer, and a backup step sees one
 *   consistent snapshot. The uploaded images are then added to the copy (db/backup-images.ts),
 *   so a backup stays one file. The copy is written to a temporary file, checked
 *   (db/backup-verify.ts), and then renamed into place, so FILE is either absent or a
 *   complete, verified copy.
 */
import fs from "node:fs";
import path from "node:path";
import { packImages } from "./backup-images";
import { type Verification, verifyDatabaseFile } from "./backup-verify";
import { databasePath } from "./client";
import { imagesDir } from "./data-dir";
import { asSingleFile, type CopyOptions, copyDatabase, fsyncPath, sidecars } from "./sqlite-file";

export { type Verification, verifyDatabaseFile } from "./backup-verify";
export { InvalidBackupError, restoreFrom, TargetInUseError } from "./restore";

export interface BackupResult extends Verification {
  file: string;
  /** Uploaded image files carried inside the backup (db/backup-images.ts). */
  images: number;
}

export interface BackupOptions extends CopyOptions {
  /** Source database (default DATABASE_PATH / data/lineup.db). */
  source?: string;
  /** Replace FILE if it exists (default: refuse). */
  overwrite?: boolean;
  /** The uploaded images' folder carried in the backup (default: the source's, db/data-dir.ts). */
  imagesDir?: string;
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
    const images = packImages(tmp, options.imagesDir ?? imagesDir(source));
    asSingleFile(tmp);
    const v = verifyDatabaseFile(tmp);
    if (!v.ok) throw new Error(`The backup copy failed verification: ${v.problems.join("; ")}`);
    fsyncPath(tmp);
    fs.renameSync(tmp, dest);
    fsyncPath(path.dirname(dest));
    return { ...v, file: dest, images };
  } finally {
    for (const f of [tmp, ...sidecars(tmp)]) fs.rmSync(f, { force: true });
  }
}
