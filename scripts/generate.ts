/**
 * npm run generate -- --films 2000 --venues 12 --days 14 --screenings 3000 [--seed N] [--database FILE] [--archive FILE --entries N]
 * Writes a large deterministic festival (with a release) into the database, and optionally an archive text for the import benchmark.
 */
import fs from "node:fs";
import { generateArchiveText, generateFestival } from "@/server/generated-festival";
import { parseCli } from "./cli";

const count = (description: string) => ({ type: "string", value: "N", description }) as const;

async function main() {
  const { values: a } = parseCli({
    usage:
      "npm run generate -- --films 2000 --venues 12 --days 14 --screenings 3000 [--seed N] [--database FILE] [--archive FILE --entries N] [--archive-only]",
    about:
      "Writes a large deterministic festival (same seed, same festival) with a release into the database, and optionally an archive text for the import benchmark.",
    options: {
      films: count("films in the catalogue (default 2000)"),
      venues: count("venues (default 12)"),
      days: count("festival days (default 14)"),
      screenings: count("screenings (default 3000)"),
      seed: count("the generator's seed (default 1)"),
      database: { type: "string", value: "FILE", description: "the database file (default: DATABASE_PATH, else data/lineup.db)" },
      archive: { type: "string", value: "FILE", description: "also write an archive text of --entries films to FILE" },
      entries: count("entries in the archive text (default 10000)"),
      "archive-only": { type: "boolean", description: "write the archive text only, no festival" },
    },
  });
  if (a.database) process.env.DATABASE_PATH = a.database;
  const num = (k: "films" | "venues" | "days" | "screenings" | "seed" | "entries", d: number) => {
    const given = a[k];
    const n = given === undefined ? d : Number(given);
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
