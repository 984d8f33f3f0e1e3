/**
 * npm run backup -- [FILE] [--force]
 *
 * Copies the database (DATABASE_PATH, default data/lineup.db) to FILE with SQLite's online
 * backup API: safe while the server runs. The copy is checked (PRAGMA integrity_check,
 * foreign keys, Lineup's tables and migrations) before it is renamed into place; then its size
 * and row counts are printed. FILE defaults to backups/lineup-<timestamp>.db; an existing FILE
 * is only replaced with --force. Exit status 1 when anything is wrong.
 */
import path from "node:path";
import { backupTo } from "@/db/backup";
import { databasePath } from "@/db/client";
import { parseCli } from "./cli";

function backupArgs(): { file: string; force: boolean } {
  const {
    values,
    positionals: [given],
  } = parseCli({
    usage: "npm run backup -- [FILE] [--force]",
    about:
      "Copies the database (DATABASE_PATH, default data/lineup.db) to FILE with SQLite's online backup (safe while the server runs), checks the copy and prints its size and row counts. FILE defaults to backups/lineup-<timestamp>.db.",
    options: { force: { type: "boolean", description: "replace FILE when it exists" } },
    positionals: { max: 1 },
  });
  const force = values.force === true;
  const file =
    given ??
    path.join(
      "backups",
      `lineup-${new Date()
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z")}.db`,
    );
  return { file, force };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

async function main() {
  const { file, force } = backupArgs();
  const source = databasePath();
  const started = Date.now();
  const r = await backupTo(file, { overwrite: force });
  console.log(`backup of ${source}`);
  console.log(`  -> ${r.file}`);
  console.log(`  size: ${formatBytes(r.bytes)} (${r.bytes} bytes), ${Date.now() - started} ms`);
  console.log(`  integrity_check: ok; Lineup database with ${r.migrations} migration(s)`);
  console.log(
    `  films: ${r.counts.films ?? 0}, slots: ${r.counts.slots ?? 0}, screenings: ${r.counts.screenings ?? 0}, releases: ${r.counts.releases ?? 0}`,
  );
  console.log(`  (editions: ${r.counts.editions ?? 0}, venues: ${r.counts.venues ?? 0}, users: ${r.counts.users ?? 0})`);
  console.log(`  uploaded image files carried inside: ${r.images}`);
}

main().catch((e) => {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
