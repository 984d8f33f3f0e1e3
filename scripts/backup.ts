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

function parseArgs(argv: string[]): { file: string; force: boolean } {
  let file = "";
  let force = false;
  for (const a of argv) {
    if (a === "--force") force = true;
    else if (a === "-h" || a === "--help") {
      console.log("usage: npm run backup -- [FILE] [--force]");
      process.exit(0);
    } else if (!a.startsWith("--") && !file) file = a;
    else throw new Error(`unknown argument ${a}\nusage: npm run backup -- [FILE] [--force]`);
  }
  if (!file)
    file = path.join(
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
  const { file, force } = parseArgs(process.argv.slice(2));
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
}

main().catch((e) => {
  console.error(`backup failed: ${(e as Error).message}`);
  process.exit(1);
});
