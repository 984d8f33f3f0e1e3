/**
 * Smoke test of the benchmark with tiny sizes, in-process only (no Next server):
 * the generator is deterministic, its festival publishes, the deliberate clashes
 * are found, the figure functions measure finite numbers, and results.json has
 * the documented shape. The benchmark itself is `npm run bench`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, getDb } from "@/db/client";
import { insertUser } from "@/db/queries/users";
import { findConflicts } from "@/lib/conflicts";
import { festivalDayOf } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";
import { hashPassword } from "@/server/auth";
import { type GeneratedFestival, generateArchiveText, generateFestival } from "@/server/generated-festival";
import { type LoadedFestival, loadGeneratedFestival } from "@/server/services/bulk";
import { requireEdition } from "@/server/services/editions";
import { forgetPublished } from "@/server/services/public";
import { conflictsOf, loadState } from "@/server/services/schedule";
import { inProcessFigures, timeRuns } from "./figures";
import { figure, formatTable, notAvailable, results, writeResults } from "./results";
import { busiestDay, SMALL } from "./run";

const OPTS = { films: SMALL.films, screenings: SMALL.screenings, venues: SMALL.venues, days: SMALL.days, seed: 7 };

let dir: string;
let data: GeneratedFestival;
let loaded: LoadedFestival;

beforeAll(async () => {
  closeAll();
  forgetPublished();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-bench-smoke-"));
  process.env.DATABASE_PATH = path.join(dir, "festival.db");
  const admin = insertUser(getDb(), { email: "bench@test", name: "Bench", passwordHash: await hashPassword("pw"), role: "admin" });
  data = generateFestival(OPTS);
  loaded = loadGeneratedFestival(admin, data); // publishes: throws if error conflicts block it
});

afterAll(() => {
  closeAll();
  forgetPublished();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("generator", () => {
  it("is deterministic for a seed, and differs between seeds", () => {
    expect(generateFestival(OPTS)).toEqual(data);
    expect(JSON.stringify(generateFestival({ ...OPTS, seed: 8 }))).not.toBe(JSON.stringify(data));
    expect(generateArchiveText(50, 3)).toBe(generateArchiveText(50, 3));
  });

  it("makes the asked-for festival, with its realistic features", () => {
    expect(data.films).toHaveLength(OPTS.films);
    expect(data.venues).toHaveLength(OPTS.venues);
    expect(data.screenings).toHaveLength(OPTS.screenings);
    expect(new Set(data.venues.map((v) => v.changeoverMinutes)).size).toBeGreaterThan(1);
    const runtimes = data.films.map((f) => f.runtimeMinutes);
    expect(runtimes.some((m) => m <= 30)).toBe(true);
    expect(runtimes.some((m) => m >= 70 && m <= 180)).toBe(true);
    expect(runtimes.every((m) => (m >= 3 && m <= 30) || (m >= 70 && m <= 180) || (m >= 240 && m <= 540))).toBe(true);
    expect(data.screenings.some((s) => s.films.length > 1)).toBe(true); // shorts programmes
    const tz = data.edition.timeZone;
    // after midnight, and across the night the clocks go back (Lisbon, 2026-10-25 02:00 WEST -> 01:00 WET)
    expect(data.screenings.some((s) => festivalDayOf(new Date(s.startsAt), tz) !== s.startsAt.slice(0, 10))).toBe(true);
    expect(data.screenings.some((s) => s.startsAt.endsWith("+01:00") && s.endsAt.endsWith("+00:00"))).toBe(true);
    expect(data.edition.firstDay <= "2026-10-24" && data.edition.lastDay >= "2026-10-25").toBe(true);
    expect(data.screenings.some((s) => s.status === "tentative")).toBe(true);
    expect(data.screenings.some((s) => s.status === "cancelled")).toBe(true);
    expect(busiestDay(data, festivalDayOf).screenings).toBeGreaterThan(0);
  });

  it("archive text has the asked-for number of entries in mixed layouts", () => {
    const text = generateArchiveText(30, 1);
    expect(text.split(/\n{3,}|\n\n(?=\S[^\n]*\n)/).length).toBeGreaterThan(10);
    expect(text).toContain("Directed by:");
    expect(text).toContain("Run Time:");
    expect(text).toMatch(/ - [^,\n]+, \d{4}, \d+ min/);
  });
});

describe("generated festival", () => {
  it("was released without error conflicts (the generated schedule alone has none)", () => {
    expect(loaded.releaseVersion).toBe(1);
    const slots = data.screenings.map((s, i) => ({
      id: i + 1,
      venueId: s.venue + 1,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
    }));
    const films = data.films.map((f, i) => ({
      ...f,
      id: i + 1,
      originalTitle: null,
      cast: [],
      internalNotes: null,
      flags: [],
      version: 1,
    }));
    const conflicts = findConflicts({
      edition: data.edition,
      venues: data.venues.map((v, i) => ({ ...v, id: i + 1 })),
      slots,
      screenings: data.screenings.map((s, i) => ({ ...s, slotId: i + 1, filmIds: s.films.map((j) => itemAt(films, j).id) })),
      films: new Map(films.map((f) => [f.id, f])),
    });
    expect(conflicts.filter((c) => c.severity === "error")).toEqual([]);
  });

  it("has the deliberate clashes after the release, and the conflict analysis finds each", () => {
    expect(loaded.deliberate.map((d) => d.type).sort()).toEqual(["does-not-fit", "film-overlap", "outside-festival", "venue-overlap"]);
    const db = getDb();
    const conflicts = conflictsOf(loadState(db, requireEdition(db, loaded.slug)));
    for (const d of loaded.deliberate) {
      expect(
        conflicts.some((c) => c.type === d.type && c.severity === "error" && c.slotIds.includes(d.slotId)),
        `${d.type} on slot ${d.slotId}`,
      ).toBe(true);
    }
  });
});

describe("figures and results", () => {
  it("the in-process figure functions measure finite numbers (or say why not)", async () => {
    closeAll();
    const figures = await inProcessFigures({
      database: process.env.DATABASE_PATH!,
      workDir: path.join(dir, "work"),
      slug: loaded.slug,
      runs: 2,
      archiveText: generateArchiveText(SMALL.entries, 1),
      entries: SMALL.entries,
    });
    process.env.DATABASE_PATH = path.join(dir, "festival.db");
    expect(figures.length).toBeGreaterThanOrEqual(6);
    for (const f of figures) {
      if (f.value === null) expect(f.note, f.figure).toMatch(/^n\/a: /);
      else {
        expect(Number.isFinite(f.value), f.figure).toBe(true);
        expect(f.runs.every(Number.isFinite)).toBe(true);
      }
    }
    const names = figures.map((f) => f.figure).join("\n");
    expect(names).toMatch(/conflict analysis/);
    expect(names).toMatch(/fit check/);
    expect(names).toMatch(/release of/);
    expect(names).toMatch(/import of .* preview/);
    expect(names).toMatch(/import of .* commit/);
    expect(figures.find((f) => /conflict analysis/.test(f.figure))!.value).not.toBeNull();
    expect(figures.find((f) => /release of/.test(f.figure))!.value).not.toBeNull();
    // the planner over the small festival's latest release (issue 17 §2)
    expect(figures.find((f) => /^planner: best plan/.test(f.figure))?.value).not.toBeNull();
    expect(timeRuns(() => 1 + 1, 3, 10).every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
  });

  it("writes results.json in the documented shape", () => {
    const figs = [
      figure("a", "ms", [3, 1, 2], { op: "<=", value: 2 }),
      figure("b", "×", [0.95, 0.9, 1.0], { op: ">=", value: 0.9 }),
      figure("c", "MB", [300]),
      notAvailable("d", "ms", { op: "<=", value: 1 }, "not there yet"),
    ];
    const file = path.join(dir, "results.json");
    writeResults(file, results(figs, { films: 1, small: true }));
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(typeof r.date).toBe("string");
    expect(Number.isNaN(Date.parse(r.date))).toBe(false);
    expect(r.machine).toMatchObject({ cpus: expect.any(Number), node: process.version, os: expect.any(String) });
    expect(r.figures).toHaveLength(4);
    for (const f of r.figures)
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["figure", "value", "unit", "target", "pass", "median", "spread"]));
    expect(r.figures[0]).toMatchObject({ figure: "a", value: 2, median: 2, unit: "ms", target: "<= 2 ms", pass: true, spread: "1..3" });
    expect(r.figures[1]).toMatchObject({ value: 0.95, pass: true, target: ">= 0.9 ×" });
    expect(r.figures[2]).toMatchObject({ value: 300, target: null, pass: null });
    expect(r.figures[3]).toMatchObject({ value: null, pass: null, spread: null, target: "<= 1 ms" });
    const table = formatTable(r);
    expect(table.split("\n").filter((l) => l.startsWith("|"))).toHaveLength(6);
    expect(table).toContain("n/a");
  });
});
