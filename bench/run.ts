/**
 * npm run bench [-- --small] [-- --keep] [-- --seed N] [-- --out FILE]
 *
 * Generates the large festival into a fresh temporary database, times the
 * in-process rules (conflicts, fit, release, import) on a copy of it, then
 * builds (LINEUP_DIST_DIR=.next-bench unless set) and starts Lineup as `npm start` does on a
 * free port against it and loads the public day page, the feeds and a static
 * file with autocannon, then opens the scheduling board in Chromium (bench/board.ts).
 * Prints ONE table on stdout (progress goes to stderr) and writes bench/results.json. See the README's "Benchmarks" section.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type GeneratedFestival, generateArchiveText, generateFestival } from "@/server/generated-festival";
import { inProcessFigures } from "./figures";
import { BENCH_ADMIN, ensureBuild, httpFigures, ROOT, SAME_SIZE_PATH, startServer } from "./http";
import { type Figure, figure, formatTable, results, writeResults } from "./results";
import { makePublishable, saveStaticCopies, servedRelease, serveFigures } from "./serve";

export const FULL = {
  films: 2000,
  screenings: 3000,
  venues: 12,
  days: 14,
  entries: 10_000,
  seconds: 5,
  warmupSeconds: 2,
  httpRuns: 3,
  runs: 5,
};
export const SMALL = { films: 60, screenings: 80, venues: 3, days: 3, entries: 200, seconds: 1, warmupSeconds: 1, httpRuns: 3, runs: 3 };

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/** The festival day with the most public (confirmed or cancelled) screenings. */
export function busiestDay(
  data: GeneratedFestival,
  festivalDayOf: (d: Date, tz: string, br: string) => string,
): { day: string; screenings: number } {
  const counts = new Map<string, number>();
  for (const s of data.screenings) {
    if (s.status === "tentative") continue;
    const d = festivalDayOf(new Date(s.startsAt), data.edition.timeZone, data.edition.dayBreak);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const [day, screenings] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return { day, screenings };
}

async function main() {
  const size = flag("small") ? SMALL : FULL;
  const seed = Number(option("seed") ?? 1);
  const out = option("out") ?? path.join(ROOT, "bench", "results.json");
  const distDir = process.env.LINEUP_DIST_DIR || ".next-bench";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-bench-"));
  const database = path.join(dir, "festival.db");
  const figures: Figure[] = [];
  log(`sizes ${JSON.stringify(size)}; scratch ${dir}`);

  // 1. The festival, generated into the server's fresh database (as `npm run generate -- --database` does).
  process.env.DATABASE_PATH = database;
  const { closeAll, getDb } = await import("@/db/client");
  const { insertUser } = await import("@/db/queries/users");
  const { hashPassword, randomPassword } = await import("@/server/auth");
  const { loadGeneratedFestival } = await import("@/server/services/bulk");
  const { festivalDayOf } = await import("@/lib/festival-time");
  const admin = insertUser(getDb(), {
    email: "bench@localhost",
    name: "Bench",
    passwordHash: hashPassword(randomPassword()),
    role: "admin",
  });
  const opts = { films: size.films, screenings: size.screenings, venues: size.venues, days: size.days, seed };
  const t0 = performance.now();
  const data = generateFestival(opts);
  const loaded = loadGeneratedFestival(admin, data);
  const generateMs = performance.now() - t0;
  closeAll();
  log(
    `generated ${loaded.screenings} screenings, ${loaded.films} films, release ${loaded.releaseVersion}, ${loaded.deliberateConflicts} deliberate clashes in ${Math.round(generateMs)} ms`,
  );
  const archiveText = generateArchiveText(size.entries, seed);
  fs.writeFileSync(path.join(dir, "archive.txt"), archiveText);

  // 2. In-process figures, on copies.
  const inProcess = await inProcessFigures({
    database,
    workDir: path.join(dir, "work"),
    slug: loaded.slug,
    runs: size.runs,
    archiveText,
    entries: size.entries,
    log,
  });

  // 3. HTTP figures against a production build.
  log(await ensureBuild(distDir, log));
  const busy = busiestDay(data, festivalDayOf);
  // The generated festival's deliberate clashes block publishing: fixed now, so that the bench can publish through the API.
  log(`fixed ${makePublishable(database, loaded.slug)} deliberate clashes in the server's database`);
  // The same-size static baselines: the day page and the feeds as the front serves them, saved into
  // public/ before the measuring server starts (Next serves only files present at start).
  let copies: string[] = [];
  const first = await startServer({ distDir, database, log });
  try {
    copies = await saveStaticCopies(first, loaded.slug, busy.day);
  } finally {
    await first.stop();
  }
  const server = await startServer({ distDir, database, log });
  let http: Figure[];
  try {
    // Every figure is taken once the front serves the whole release (rendered as the server starts).
    await servedRelease(server, loaded.slug, 1);
    http = await httpFigures({
      server,
      slug: loaded.slug,
      day: busy.day,
      dayScreenings: busy.screenings,
      runs: size.httpRuns,
      seconds: size.seconds,
      warmupSeconds: size.warmupSeconds,
      connections: 10,
      log,
      sameSizePath: SAME_SIZE_PATH,
    });
    http.push(
      ...(await serveFigures({
        server,
        slug: loaded.slug,
        day: busy.day,
        dayScreenings: busy.screenings,
        runs: size.httpRuns,
        seconds: size.seconds,
        warmupSeconds: size.warmupSeconds,
        log,
      })),
    );
    // The board in a browser, after the load (it adds an edition of its own to the database).
    const { boardFigures } = await import("./board"); // Playwright is loaded only here
    http.push(...(await boardFigures({ base: server.base, admin: BENCH_ADMIN, runs: size.runs, log })));
  } finally {
    await server.stop();
    for (const file of copies) fs.rmSync(file, { force: true });
  }

  figures.push(...http, ...inProcess, figure("generate + load + first release (npm run generate)", "ms", [generateMs], null, "one run"));
  const r = results(figures, { ...opts, entries: size.entries, small: size === SMALL });
  writeResults(out, r);
  process.stdout.write(`${formatTable(r)}\n`);
  log(`wrote ${path.relative(process.cwd(), out)}`);
  if (!flag("keep")) fs.rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
}
