/**
 * npm run restore -- FILE [--yes]
 *
 * Replaces the database (DATABASE_PATH, default data/lineup.db) with the backup FILE.
 * 1. Checks FILE first (PRAGMA integrity_check, foreign keys, Lineup's migrations table and
 *    tables); refuses, touching nothing, if it is not a sound Lineup database.
 * 2. Copies it next to the target and fsyncs the copy.
 * 3. Refuses if the server (or anything else) has the target open: switching the target out of
 *    WAL mode with busy_timeout 0 needs exclusive access, which SQLite refuses with SQLITE_BUSY
 *    while another connection is open. Stop the server first.
 * 4. Keeps the previous database as TARGET.before-restore-<timestamp>, removes its stale
 *    -wal/-shm, and renames the copy over the target (atomic). Start the server again after.
 */
import { InvalidBackupError, restoreFrom, TargetInUseError } from "@/db/backup";
import { databasePath } from "@/db/client";
import { parseCli } from "./cli";

async function main() {
  const {
    positionals: [file = ""],
  } = parseCli({
    usage: "npm run restore -- FILE [--yes]",
    about:
      "Replaces the database (DATABASE_PATH, default data/lineup.db) with the backup FILE after checking it; the previous database is kept beside it. Stop the server first.",
    options: { yes: { type: "boolean", description: "accepted and ignored: restore never asks (it refuses instead)" } },
    positionals: { min: 1, max: 1 },
  });
  const target = databasePath();
  const r = await restoreFrom(file, target);
  console.log(`restored ${file}`);
  console.log(`  -> ${r.target}`);
  console.log(`  integrity_check: ok; Lineup database with ${r.verification.migrations} migration(s)`);
  const c = r.verification.counts;
  console.log(`  films: ${c.films ?? 0}, slots: ${c.slots ?? 0}, screenings: ${c.screenings ?? 0}, releases: ${c.releases ?? 0}`);
  console.log(`  uploaded image files written back (those missing): ${r.images}`);
  console.log(r.previous ? `  previous database kept as ${r.previous}` : "  (there was no previous database)");
}

main().catch((e) => {
  if (e instanceof InvalidBackupError) console.error(`restore refused: ${problemList(e.problems)}`);
  else if (e instanceof TargetInUseError) console.error(`restore refused: ${e.message}`);
  else console.error(`restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

function problemList(problems: string[]): string {
  const [only] = problems;
  return problems.length === 1 && only !== undefined ? only : `\n  - ${problems.join("\n  - ")}`;
}
