/**
 * npm run generate -- --films 2000 --venues 12 --days 14 --screenings 3000 [--seed N] [--database FILE] [--archive FILE --entries N]
 * Writes a large deterministic festival (with a release) into the database, and optionally an archive text for the import benchmark.
 */
import fs from "node:fs";
import { generateArchiveText, generateFestival } from "@/server/generated-festival";

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++)
    if (argv[i].startsWith("--")) out[argv[i].slice(2)] = argv[i + 1]?.startsWith("--") || argv[i + 1] === undefined ? "true" : argv[++i];
  return out;
}

async function main() {
  const a = args(process.argv.slice(2));
  if (a.database) process.env.DATABASE_PATH = a.database;
  const num = (k: string, d: number) => {
    const n = a[k] === undefined ? d : Number(a[k]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${k} must be a whole number`);
    return n;
  };
  const opts = {
    films: num("films", 2000),
    venues: num("venues", 12),
    days: num("days", 14),
    screenings: num("screenings", 3000),
    seed: num("seed", 1),
  };
  if (a.archive) {
    fs.writeFileSync(a.archive, generateArchiveText(num("entries", 10_000), opts.seed));
    console.log(`archive text: ${a.archive}`);
  }
  if (a["archive-only"]) return;
  const { getDb, closeAll } = await import("@/db/client");
  const { firstAdmin, insertUser } = await import("@/db/queries/users");
  const { hashPassword, randomPassword } = await import("@/server/auth");
  const { loadGeneratedFestival } = await import("@/server/services/bulk");
  const db = getDb();
  const admin =
    firstAdmin(db) ??
    insertUser(db, { email: "bench@localhost", name: "Bench", passwordHash: await hashPassword(randomPassword()), role: "admin" });
  const t0 = performance.now();
  const r = loadGeneratedFestival(admin, generateFestival(opts));
  console.log(
    `generated ${r.slug}: ${r.films} films, ${r.screenings} screenings in ${r.slots} slots (${r.deliberateConflicts} deliberate clashes after the release: ${r.deliberate.map((d) => d.type).join(", ")}), release ${r.releaseVersion}, in ${Math.round(performance.now() - t0)} ms -> ${process.env.DATABASE_PATH ?? "data/lineup.db"}`,
  );
  closeAll();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
