/**
 * The uploaded images travel inside the backup: a backup stays one SQLite file (the CLI's FILE,
 * the admin's download), with every file of LINEUP_DATA_DIR/images in a table of its own,
 * `lineup_backup_files (path, bytes)`, added to the copy after the database was copied (so every
 * image the copied rows name is already on disk: an upload writes its files before its row).
 * A restore writes the files that are missing back into the images folder of the target (they
 * are named by their content's hash, so an existing file is the same file), then drops the table
 * from the copy before it becomes the database. Nothing is deleted from the images folder.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const TABLE = "lineup_backup_files";

/** What a stored image's path may look like (relative to the images folder). */
const STORED_PATH = /^(films\/[0-9a-f]{32}\/(original|[1-9]\d{0,4}\.(webp|avif))|logos\/[0-9a-f]{32}\.(svg|png))$/;

function filesUnder(dir: string, rel = ""): string[] {
  const here = path.join(dir, rel);
  if (!fs.existsSync(/*turbopackIgnore: true*/ here)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ here, { withFileTypes: true })
    .flatMap((e) => {
      const name = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? filesUnder(dir, name) : e.isFile() ? [name] : [];
    })
    .filter((name) => STORED_PATH.test(name));
}

/** Adds every stored image under `imagesDir` to the backup copy `file`. Returns how many. */
export function packImages(file: string, imagesDir: string): number {
  const names = filesUnder(imagesDir);
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (path TEXT PRIMARY KEY, bytes BLOB NOT NULL)`);
    const insert = db.prepare(`INSERT OR REPLACE INTO ${TABLE} (path, bytes) VALUES (?, ?)`);
    db.transaction(() => {
      for (const name of names) insert.run(name, fs.readFileSync(/*turbopackIgnore: true*/ path.join(imagesDir, name)));
    })();
  } finally {
    db.close();
  }
  return names.length;
}

/**
 * Writes the images a copy carries into `imagesDir` (those not there yet; each through a
 * temporary file and a rename) and takes the table out of the copy. Returns how many were written.
 */
export function unpackImages(file: string, imagesDir: string): number {
  const db = new Database(file, { fileMustExist: true });
  let written = 0;
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
    if (!has) return 0;
    for (const row of db.prepare<[], { path: string; bytes: Buffer }>(`SELECT path, bytes FROM ${TABLE}`).iterate()) {
      if (!STORED_PATH.test(row.path)) continue;
      const dest = path.join(imagesDir, row.path);
      if (fs.existsSync(/*turbopackIgnore: true*/ dest)) continue;
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      const tmp = `${dest}.restore-${process.pid}`;
      fs.writeFileSync(tmp, row.bytes);
      fs.renameSync(tmp, dest);
      written += 1;
    }
    db.exec(`DROP TABLE ${TABLE}`);
    db.exec("VACUUM");
  } finally {
    db.close();
  }
  return written;
}
