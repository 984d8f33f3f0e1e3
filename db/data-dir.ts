/**
 * Where Lineup keeps files beside its database: LINEUP_DATA_DIR, by default the folder of the
 * database file (DATABASE_PATH). Uploaded images live in its `images` folder; backups carry them
 * (db/backup-images.ts).
 */
import path from "node:path";
import { databasePath } from "./client";

/** The data folder of the database `file` (default DATABASE_PATH): LINEUP_DATA_DIR when set. */
function dataDir(file: string = databasePath(), env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.LINEUP_DATA_DIR?.trim();
  return path.resolve(/*turbopackIgnore: true*/ configured || path.dirname(path.resolve(/*turbopackIgnore: true*/ file)));
}

/** The uploaded images' folder: `{dataDir}/images`. */
export function imagesDir(file: string = databasePath(), env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDir(file, env), "images");
}
