/**
 * The in-process figures of `npm run bench`: conflict analysis, the fit check of
 * one drop, a release and the catalogue import, each timed over repeated runs
 * against a COPY of the generated database (never the server's file).
 */
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeAll, getDb, transaction } from "@/db/client";
import { firstAdmin } from "@/db/queries/users";
import { screenings, slots } from "@/db/schema";
import { itemAt } from "@/lib/lists";
import type { User } from "@/server/auth";
import { requireEdition } from "@/server/services/editions";
import { forgetPublished } from "@/server/services/public";
import { publishRelease } from "@/server/services/releases";
import { conflictsOf, fitOf, loadState } from "@/server/services/schedule";
import { plannerFigure } from "./planner";
import { type Figure, figure, notAvailable, type Target } from "./results";

export interface InProcessOptions {
  /** The generated database; it is copied, never written. */
  database: string;
  /** Scratch folder for the copies. */
  workDir: string;
  slug: string;
  /** Timed runs per figure (after a warm-up). */
  runs: number;
  /** Archive text for the import figures. */
  archiveText: string;
  entries: number;
  log?: (line: string) => void;
}

const now = () => performance.now();

/**
 * Times `run` over `runs` runs after a warm-up run; `before` prepares each run outside the
 * timing. A failure becomes a figure that says why there is none.
 */
async function timedRuns<T>(
  name: string,
  target: Target,
  runs: number,
  o: { before: (run: number) => T; run: (prepared: T) => unknown; what: string; note?: string },
): Promise<Figure> {
  try {
    const times: number[] = [];
    for (let r = 0; r <= runs; r++) {
      const prepared = o.before(r);
      const t0 = now();
      await o.run(prepared);
      if (r > 0) times.push(now() - t0);
    }
    return figure(name, "ms", times, target, o.note);
  } catch (e) {
    return notAvailable(name, "ms", target, `${o.what} failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
}

/** ms per call: `runs` runs, each the mean of `batch` calls, after `warmup` untimed calls. */
export function timeRuns(fn: () => unknown, runs: number, batch = 1, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    for (let i = 0; i < batch; i++) fn();
    out.push((now() - t0) / batch);
  }
  return out;
}

/** Copies a closed SQLite database (no -wal left behind after closeAll). */
export function copyDatabase(from: string, to: string): string {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
  for (const suffix of ["-wal", "-shm"]) if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, to + suffix);
  return to;
}

function openDatabase(file: string): { admin: User } {
  closeAll();
  forgetPublished();
  process.env.DATABASE_PATH = file;
  const admin = firstAdmin(getDb());
  if (!admin) throw new Error(`no admin in ${file}`);
  return { admin };
}

/**
 * What a programmer does before the next release: slots that overlap another or
 * lie outside the festival are deleted (an empty one first), confirmed screenings
 * with any other error are pencilled back in (tentative).
 * Returns how many fixes it made.
 */
export function resolveBlockingConflicts(slug: string): number {
  let fixes = 0;
  for (let round = 0; round < 5; round++) {
    const db = getDb();
    const state = loadState(db, requireEdition(db, slug));
    const errors = conflictsOf(state).filter((c) => c.severity === "error");
    if (!errors.length) return fixes;
    const screeningBySlot = new Map(state.screenings.map((s) => [s.slotId, s]));
    transaction((tx) => {
      for (const c of errors) {
        const slotId = c.slotIds.find((id) => !screeningBySlot.has(id)) ?? c.slotIds.at(-1);
        if (slotId === undefined) continue;
        const s = screeningBySlot.get(slotId);
        if (!s || c.type === "venue-overlap" || c.type === "outside-festival") {
          // the slot itself is wrong: remove it (and its screening: the release keeps a published one, cancelled)
          if (s) tx.delete(screenings).where(eq(screenings.id, s.id)).run();
          tx.delete(slots).where(eq(slots.id, slotId)).run();
        } else tx.update(screenings).set({ status: "tentative" }).where(eq(screenings.id, s.id)).run();
        fixes++;
      }
    });
  }
  throw new Error("could not resolve the blocking conflicts");
}

interface ImportService {
  previewImport: (actor: User, text: string, opts: { contentType: string }) => unknown;
  commitImport: (actor: User, text: string, opts: { contentType: string }) => unknown;
}

/** The catalogue import service, when it exists and loads; else why not. */
async function loadImportService(): Promise<ImportService | string> {
  const root = path.resolve(__dirname, "..");
  if (!fs.existsSync(path.join(root, "lib/catalogue/index.ts"))) return "lib/catalogue/index.ts does not exist yet";
  if (!fs.existsSync(path.join(root, "server/services/catalogue-import.ts")))
    return "server/services/catalogue-import.ts does not exist yet";
  try {
    const m = (await import("@/server/services/catalogue-import")) as Partial<ImportService>;
    if (typeof m.previewImport !== "function" || typeof m.commitImport !== "function")
      return "catalogue-import.ts has no previewImport/commitImport";
    return m as ImportService;
  } catch (e) {
    return `catalogue import does not load: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
  }
}

export async function inProcessFigures(o: InProcessOptions): Promise<Figure[]> {
  const log = o.log ?? (() => {});
  const figures: Figure[] = [];
  fs.mkdirSync(o.workDir, { recursive: true });
  const base = copyDatabase(o.database, path.join(o.workDir, "inprocess.db"));
  const { admin } = openDatabase(base);
  const db = getDb();
  const edition = requireEdition(db, o.slug);

  // Reading the edition (context for the analysis; no target).
  log("in-process: load state, conflicts, fit");
  figures.push(
    figure(
      "load edition state from SQLite",
      "ms",
      timeRuns(() => loadState(db, edition), o.runs, 5),
    ),
  );
  const state = loadState(db, edition);
  const conflicts = conflictsOf(state);
  const errors = conflicts.filter((c) => c.severity === "error").length;
  figures.push(
    figure(
      `conflict analysis, ${state.screenings.length} screenings / ${state.slots.length} slots`,
      "ms",
      timeRuns(() => conflictsOf(state), o.runs, 10),
      { op: "<=", value: 10 },
      `${conflicts.length} conflicts found (${errors} errors)`,
    ),
  );

  // One drop: the fit of a programme dropped on a slot (the longest confirmed programme of the edition).
  const slotById = new Map(state.slots.map((s) => [s.id, s]));
  const drop = [...state.screenings].filter((s) => slotById.has(s.slotId)).sort((a, b) => b.filmIds.length - a.filmIds.length)[0];
  if (drop) {
    const dropFilms = drop.filmIds.map((id) => state.films.get(id)!).filter(Boolean);
    const slot = slotById.get(drop.slotId)!;
    figures.push(
      figure(
        `fit check of one drop (${dropFilms.length} films)`,
        "ms",
        timeRuns(() => fitOf(slot, drop, dropFilms), o.runs, 1000),
        { op: "<=", value: 1 },
      ),
    );
  } else figures.push(notAvailable("fit check of one drop", "ms", { op: "<=", value: 1 }, "no screening"));

  // A release: fix the deliberate clashes first (errors block publishing), then each run publishes one change (a cancellation).
  log("in-process: releases");
  const fixes = resolveBlockingConflicts(o.slug);
  const confirmed = state.screenings.filter((s) => s.status === "confirmed").map((s) => s.id);
  let k = 0;
  const release = () => {
    const id = itemAt(confirmed, (k++ * 7919) % confirmed.length, "confirmed screening");
    getDb().update(screenings).set({ status: "cancelled" }).where(eq(screenings.id, id)).run();
    const t0 = now();
    publishRelease(admin, o.slug, { note: `bench ${k}` });
    return now() - t0;
  };
  release(); // warm-up (also publishes the fixes)
  const releaseRuns = Array.from({ length: o.runs }, release);
  figures.push(
    figure(
      `release of ${state.screenings.length} screenings (publishRelease)`,
      "ms",
      releaseRuns,
      { op: "<=", value: 500 },
      `after ${fixes} fixes of the deliberate clashes; each run publishes one cancellation`,
    ),
  );

  // The audience's planner over the latest release (issue 17 §2).
  log("in-process: planner");
  forgetPublished(o.slug);
  figures.push(plannerFigure(o.slug, o.runs));

  // Catalogue import of the archive text.
  const service = await loadImportService();
  const previewName = `import of ${o.entries} archive entries: parse + preview`;
  const commitName = `import of ${o.entries} archive entries: commit`;
  if (typeof service === "string") {
    figures.push(notAvailable(previewName, "ms", { op: "<=", value: 1000 }, service));
    figures.push(notAvailable(commitName, "ms", { op: "<=", value: 2000 }, service));
  } else {
    const contentType = "text/plain";
    log("in-process: import preview");
    figures.push(
      await timedRuns(previewName, { op: "<=", value: 1000 }, o.runs, {
        before: () => admin,
        run: (actor) => service.previewImport(actor, o.archiveText, { contentType }), // may or may not be async
        what: "previewImport",
      }),
    );
    log("in-process: import commit");
    figures.push(
      await timedRuns(commitName, { op: "<=", value: 2000 }, o.runs, {
        // every commit into a fresh copy of the generated database (the first one is a warm-up)
        before: (r) => openDatabase(copyDatabase(o.database, path.join(o.workDir, `commit-${r}.db`))).admin,
        run: (actor) => service.commitImport(actor, o.archiveText, { contentType }),
        what: "commitImport",
        note: "each run into a fresh copy of the generated database",
      }),
    );
  }
  closeAll();
  forgetPublished();
  return figures;
}
