/**
 * npm run bench [-- --small] [-- --scale N] [-- --writes-only] [-- --keep] [-- --seed N] [-- --out FILE]
 *
 * --scale N: the festival N times longer with days of the same size (films, screenings and days
 * times N; the same venues), so that only the edition grows; the write figures (bench/writes.ts)
 * are then measured at the unscaled size too, and their growth from one to the other.
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
import { parseCli } from "@/scripts/cli";
import { type GeneratedFestival, generateArchiveText, generateFestival } from "@/server/generated-festival";
import { DRAFT_FILMS, draftFigure } from "./draft";
import { inProcessFigures } from "./figures";
import { BENCH_ADMIN, ensureBuild, httpFigures, ROOT, SAME_SIZE_PATH, startServer } from "./http";
import { type Figure, figure, formatTable, results, writeResults } from "./results";
import { makePublishable, saveStaticCopies, servedRelease, serveFigures } from "./serve";
import { measureWrites, type WriteRuns, writeFigures, writesDatabase } from "./writes";

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
export type Size = typeof FULL;

/** The festival `scale` times longer: days, screenings and films grow, venues and a day's size stay. */
export function scaled(size: Size, scale: number): Size {
  return { ...size, films: size.films * scale, screenings: size.screenings * scale, days: size.days * scale };
}

export const SMALL: Size = {
  films: 60,
  screenings: 80,
  venues: 3,
  days: 3,
  entries: 200,
  seconds: 1,
  warmupSeconds: 1,
  httpRuns: 3,
  runs: 3,
};

function benchArgs() {
  return parseCli({
    usage: "npm run bench [-- --small] [-- --scale N] [-- --writes-only] [-- --keep] [-- --seed N] [-- --out FILE]",
    about:
      "Generates the large festival into a fresh temporary database, times the in-process rules, then loads a production server with autocannon. Prints one table and writes bench/results.json.",
    options: {
      small: { type: "boolean", description: "tiny sizes (60 films, 80 screenings, 3 venues, 3 days, 200 entries, 1 s runs)" },
      scale: { type: "string", value: "N", description: "the festival N times longer with days of the same size (default 1)" },
      "writes-only": { type: "boolean", description: "only the programmers' write figures" },
      keep: { type: "boolean", description: "keep the scratch folder (generated database, archive text)" },
      seed: { type: "string", value: "N", description: "the generator's seed (default 1)" },
      out: { type: "string", value: "FILE", description: "write the results here (default bench/results.json)" },
    },
  }).values;
}
const args = benchArgs();
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
  const [busiest] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!busiest) throw new Error("the generated festival has no public screening");
  const [day, screenings] = busiest;
  return { day, screenings };
}

/** Generates a festival into a fresh database file (as `npm run generate -- --database` does). */
async function generateInto(database: string, size: Size, seed: number) {
  process.env.DATABASE_PATH = database;
  const { closeAll, getDb } = await import("@/db/client");
  const { insertUser } = await import("@/db/queries/users");
  const { hashPassword, randomPassword } = await import("@/server/auth");
  const { loadGeneratedFestival } = await import("@/server/services/bulk");
  const admin = insertUser(getDb(), {
    email: "bench@localhost",
    name: "Bench",
    passwordHash: await hashPassword(randomPassword()),
    role: "admin",
  });
  const opts = { films: size.films, screenings: size.screenings, venues: size.venues, days: size.days, seed };
  const t0 = performance.now();
  const data = generateFestival(opts);
  const loaded = loadGeneratedFestival(admin, data);
  const generateMs = performance.now() - t0;
  closeAll();
  return { data, loaded, generateMs, opts };
}

/** The write figures at one size: their own copy of the database (clashes resolved) and their own server. */
async function writesAt(o: {
  database: string;
  workDir: string;
  slug: string;
  day: string;
  label: string;
  distDir: string;
  size: Size;
}): Promise<WriteRuns> {
  fs.mkdirSync(o.workDir, { recursive: true });
  const database = writesDatabase(o.database, o.workDir, o.slug);
  const server = await startServer({ distDir: o.distDir, database, log });
  try {
    // The server renders the current release as it starts: measure the writes once that is done.
    await servedRelease(server, o.slug, "any");
    return await measureWrites({
      server,
      slug: o.slug,
      day: o.day,
      label: o.label,
      requests: args.small ? 10 : 40,
      releases: o.size.runs,
      log,
    });
  } finally {
    await server.stop();
  }
}

async function main() {
  const scale = Number(args.scale ?? 1);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number >= 1, not ${args.scale}`);
  const base = args.small ? SMALL : FULL;
  const size = scaled(base, scale);
  const seed = Number(args.seed ?? 1);
  const out = args.out ?? path.join(ROOT, "bench", "results.json");
  const distDir = process.env.LINEUP_DIST_DIR || ".next-bench";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-bench-"));
  const database = path.join(dir, "festival.db");
  const figures: Figure[] = [];
  log(`sizes ${JSON.stringify(size)}; scratch ${dir}`);

  // 1. The festival, generated into the server's fresh database (as `npm run generate -- --database` does).
  const { festivalDayOf } = await import("@/lib/festival-time");
  const { data, loaded, generateMs, opts } = await generateInto(database, size, seed);
  log(
    `generated ${loaded.screenings} screenings, ${loaded.films} films, release ${loaded.releaseVersion}, ${loaded.deliberateConflicts} deliberate clashes in ${Math.round(generateMs)} ms`,
  );
  const archiveText = generateArchiveText(size.entries, seed);
  fs.writeFileSync(path.join(dir, "archive.txt"), archiveText);

  // --writes-only: only the programmers' write figures (step 4), e.g. after changing the write path.
  const writesOnly = args["writes-only"] === true;
  log(await ensureBuild(distDir, log));
  const busy = busiestDay(data, festivalDayOf);
  const inProcess: Figure[] = [];
  const http: Figure[] = [];
  if (!writesOnly) {
    // 2. In-process figures, on copies.
    inProcess.push(
      ...(await inProcessFigures({
        database,
        workDir: path.join(dir, "work"),
        slug: loaded.slug,
        runs: size.runs,
        archiveText,
        entries: size.entries,
        log,
      })),
    );
    // The automatic draft (issue 16 §2): 300 films x 2 into the festival's slots without screenings.
    inProcess.push(
      await draftFigure({ database, workDir: path.join(dir, "work"), slug: loaded.slug, films: args.small ? 30 : DRAFT_FILMS, log }),
    );

    // 3. HTTP figures against a production build.
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
    try {
      // Every figure is taken once the front serves the whole release (rendered as the server starts).
      await servedRelease(server, loaded.slug, 1);
      const loadOptions = {
        server,
        slug: loaded.slug,
        day: busy.day,
        dayScreenings: busy.screenings,
        runs: size.httpRuns,
        seconds: size.seconds,
        warmupSeconds: size.warmupSeconds,
        log,
      };
      http.push(...(await httpFigures({ ...loadOptions, connections: 10, sameSizePath: SAME_SIZE_PATH })));
      http.push(...(await serveFigures(loadOptions)));
      // The board in a browser, after the load (it adds an edition of its own to the database).
      const { boardFigures } = await import("./board"); // Playwright is loaded only here
      http.push(...(await boardFigures({ base: server.base, admin: BENCH_ADMIN, runs: size.runs, log })));
    } finally {
      await server.stop();
      for (const file of copies) fs.rmSync(file, { force: true });
    }
  }

  // 4. The programmers' writes, one request at a time; with --scale, first at the unscaled size.
  const writeSizes: WriteRuns[] = [];
  const label = (n: number) => `${n.toLocaleString("en-GB")} screenings`;
  if (scale > 1) {
    const unscaled = path.join(dir, "unscaled.db");
    const g = await generateInto(unscaled, base, seed);
    log(`generated the unscaled festival: ${g.loaded.screenings} screenings in ${Math.round(g.generateMs)} ms`);
    writeSizes.push(
      await writesAt({
        database: unscaled,
        workDir: path.join(dir, "writes-unscaled"),
        slug: g.loaded.slug,
        day: busiestDay(g.data, festivalDayOf).day,
        label: label(base.screenings),
        distDir,
        size: base,
      }),
    );
  }
  writeSizes.push(
    await writesAt({
      database,
      workDir: path.join(dir, "writes"),
      slug: loaded.slug,
      day: busy.day,
      label: label(size.screenings),
      distDir,
      size,
    }),
  );

  figures.push(
    ...http,
    ...writeFigures(writeSizes),
    ...inProcess,
    figure("generate + load + first release (npm run generate)", "ms", [generateMs], null, "one run"),
  );
  const r = results(figures, { ...opts, entries: size.entries, small: base === SMALL, scale, writesOnly });
  writeResults(out, r);
  process.stdout.write(`${formatTable(r)}\n`);
  log(`wrote ${path.relative(process.cwd(), out)}`);
  if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
}
