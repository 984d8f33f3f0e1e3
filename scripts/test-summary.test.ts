import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildResult,
  buildWarnings,
  chooseChromium,
  commandResult,
  NO_CHROMIUM,
  notRun,
  playwrightResult,
  type RunnerResult,
  summarise,
  vitestResult,
} from "./test-summary.mjs";

const root = path.resolve(__dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-summary-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ok = (name: string, passed: number): RunnerResult => ({ name, passed, failed: 0, problems: [] });
const last = (lines: string[]) => lines[lines.length - 1];

/** A real vitest run over a folder of test files; its JSON report. */
function vitestOver(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(tmp, "vitest-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const report = path.join(dir, "report.json");
  const r = spawnSync(
    path.join(root, "node_modules", ".bin", "vitest"),
    ["run", "--root", dir, "--reporter=json", `--outputFile.json=${report}`],
    {
      encoding: "utf8",
      env: { ...process.env, VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined },
    },
  );
  return { status: r.status, report: fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null };
}

/** A real Playwright run over a folder of spec files (no web server, no browser); its JSON report. */
function playwrightOver(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(tmp, "pw-"));
  const pw = JSON.stringify(path.join(root, "node_modules", "@playwright", "test", "index.js"));
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), text.replaceAll("@playwright/test", JSON.parse(pw)));
  const report = path.join(dir, "report.json");
  fs.writeFileSync(
    path.join(dir, "pw.config.mjs"),
    `export default { testDir: ${JSON.stringify(dir)}, reporter: [["json", { outputFile: ${JSON.stringify(report)} }]] };\n`,
  );
  const r = spawnSync(path.join(root, "node_modules", ".bin", "playwright"), ["test", "-c", path.join(dir, "pw.config.mjs")], {
    encoding: "utf8",
    cwd: dir,
  });
  return { status: r.status, report: fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null };
}

const GOOD_VITEST = 'import { expect, it } from "vitest";\nit("adds", () => expect(1 + 1).toBe(2));\n';

describe("a runner that fails to load fails the run, by name", () => {
  it("vitest over a file with a syntax error: FAILED, naming vitest and the file, although every collected test passed", () => {
    const run = vitestOver({
      "good.test.ts": GOOD_VITEST,
      "broken.test.ts": 'import { it } from "vitest";\nit("x", () => { const = 1; });\n',
    });
    expect(run.status).not.toBe(0);
    const r = vitestResult(run);
    expect(r.passed).toBe(1);
    expect(r.failed).toBe(1);
    expect(r.problems[0]).toMatch(/^could not load .*broken\.test\.ts: /);
    const s = summarise([ok("type check", 1), r]);
    expect(s.ok).toBe(false);
    expect(s.lines).toContain(`vitest: FAILED, 1 passed, 1 failed — ${r.problems[0]}`);
    expect(last(s.lines)).toBe("2 passed, 1 failed");
  }, 60_000);

  it("Playwright with a spec that throws while loading (a fixture outside the repository): FAILED with the error, not '0 failed'", () => {
    const run = playwrightOver({
      "good.spec.ts": 'import { expect, test } from "@playwright/test";\ntest("works", () => expect(1).toBe(1));\n',
      "reads-shared.spec.ts":
        'import fs from "node:fs";\nimport { test } from "@playwright/test";\nconst SAMPLE = fs.readFileSync("/nonexistent/shared/catalogue/archive-sample.txt", "utf8");\ntest("uses it", () => void SAMPLE);\n',
    });
    expect(run.status).not.toBe(0);
    expect(run.report.stats.unexpected).toBe(0); // what the old summary counted: nothing failed
    const r = playwrightResult(run);
    expect(r.failed).toBeGreaterThanOrEqual(1);
    expect(r.problems[0]).toMatch(/reads-shared\.spec\.ts.*ENOENT/);
    const s = summarise([ok("vitest", 400), r]);
    expect(s.ok).toBe(false);
    expect(s.lines.some((l) => l.startsWith("playwright: FAILED") && l.includes("ENOENT"))).toBe(true);
    expect(last(s.lines)).toMatch(/^\d+ passed, [1-9]\d* failed$/);
  }, 60_000);

  it("a JSON report with a failed suite and 0 tests", () => {
    const report = {
      numTotalTests: 0,
      numPassedTests: 0,
      numFailedTests: 0,
      numFailedTestSuites: 1,
      testResults: [
        {
          name: "/repo/lib/feeds/frab.test.ts",
          status: "failed",
          message: "ENOENT: no such file, open '/elsewhere/formats/schedule.xml.xsd'",
          assertionResults: [],
        },
      ],
    };
    const r = vitestResult({ status: 1, report });
    expect(r).toEqual({
      name: "vitest",
      passed: 0,
      failed: 1,
      problems: ["could not load /repo/lib/feeds/frab.test.ts: ENOENT: no such file, open '/elsewhere/formats/schedule.xml.xsd'"],
    });
  });

  it("no report at all (the runner crashed before writing one)", () => {
    expect(vitestResult({ status: 1, report: null }).problems).toEqual(["no report: exited with status 1"]);
    expect(playwrightResult({ status: null, report: null }).problems).toEqual(["no report: was killed before it finished"]);
    expect(playwrightResult({ status: null, error: new Error("spawn playwright ENOENT"), report: null }).problems).toEqual([
      "no report: could not start: spawn playwright ENOENT",
    ]);
  });
});

describe("0 tests collected fails", () => {
  it("vitest", () => {
    const r = vitestResult({ status: 0, report: { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, testResults: [] } });
    expect(r).toMatchObject({ failed: 1, problems: ["collected 0 tests"] });
    expect(summarise([r]).ok).toBe(false);
  });
  it("Playwright (0 of 114 ran and nothing said so)", () => {
    const r = playwrightResult({ status: 0, report: { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] } });
    expect(r).toMatchObject({ failed: 1, problems: ["collected 0 tests"] });
    expect(last(summarise([ok("vitest", 10), r]).lines)).toBe("10 passed, 1 failed");
  });
  it("no runner at all", () => {
    expect(summarise([])).toMatchObject({ ok: false, failed: 1 });
  });
});

describe("every runner counts in the last line", () => {
  it("Playwright's passed, flaky and failed tests are included", () => {
    const pw = playwrightResult({ status: 1, report: { stats: { expected: 110, unexpected: 2, flaky: 1, skipped: 1 }, errors: [] } });
    expect(pw).toMatchObject({ passed: 111, failed: 2 });
    const s = summarise([ok("type check", 1), ok("lint", 1), ok("vitest", 400), pw]);
    expect(last(s.lines)).toBe("513 passed, 2 failed");
    expect(s.lines.slice(0, -1)).toEqual([
      "type check: ok, 1 passed, 0 failed",
      "lint: ok, 1 passed, 0 failed",
      "vitest: ok, 400 passed, 0 failed",
      "playwright: FAILED, 111 passed, 2 failed — 2 test(s) failed",
    ]);
  });

  it("all green", () => {
    const pw = playwrightResult({ status: 0, report: { stats: { expected: 114, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] } });
    const s = summarise([ok("vitest", 400), pw]);
    expect(s).toMatchObject({ ok: true, passed: 514, failed: 0 });
    expect(last(s.lines)).toBe("514 passed, 0 failed");
  });

  it("a runner that exits non-zero with every test passed still fails (e.g. an unhandled error)", () => {
    const r = vitestResult({ status: 1, report: { numTotalTests: 3, numPassedTests: 3, numFailedTests: 0, testResults: [] } });
    expect(r).toMatchObject({ passed: 3, failed: 1, problems: ["exited with status 1"] });
  });
});

describe("one-test runners: type check and lint", () => {
  it("lint with findings: FAILED, with biome's verdict line", () => {
    const r = commandResult("lint", { status: 1, output: "lib/x.ts:1:1 lint/style ...\n\nChecked 400 files in 80ms.\nFound 12 errors.\n" });
    expect(r).toEqual({ name: "lint", passed: 0, failed: 1, problems: ["exited with status 1: Found 12 errors."] });
    expect(summarise([r]).lines[0]).toBe("lint: FAILED, 0 passed, 1 failed — exited with status 1: Found 12 errors.");
  });
  it("biome's and tsc's own count is the reason given", () => {
    const biome =
      "a.ts:1:1 lint ...\nChecked 400 files in 80ms. No fixes applied.\nFound 50 errors.\nFound 38 warnings.\ncheck ━━━━\n\n  × Some errors were emitted while running checks.\n";
    expect(commandResult("lint", { status: 1, output: biome }).problems).toEqual(["exited with status 1: Found 50 errors."]);
    const tsc = "lib/x.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\n\nFound 1 error in lib/x.ts:3\n";
    expect(commandResult("type check", { status: 2, output: tsc }).problems).toEqual(["exited with status 2: Found 1 error in lib/x.ts:3"]);
  });

  it("type check passes on exit 0; a missing binary is named", () => {
    expect(commandResult("type check", { status: 0, output: "" })).toEqual(ok("type check", 1));
    expect(commandResult("type check", { status: null, error: new Error("spawn tsc ENOENT") }).problems).toEqual([
      "could not start: spawn tsc ENOENT",
    ]);
  });
});

describe("which Chromium, or one line saying how to get one", () => {
  const has =
    (...files: string[]) =>
    (f: string) =>
      files.includes(f);
  it.each([
    ["CHROMIUM_PATH that exists", { chromiumPath: "/opt/chrome", exists: has("/opt/chrome"), bundled: null }, "/opt/chrome", null],
    ["Debian's chromium", { chromiumPath: undefined, exists: has("/usr/bin/chromium"), bundled: null }, "/usr/bin/chromium", null],
    ["Playwright's own download", { chromiumPath: undefined, exists: has("/cache/chrome"), bundled: "/cache/chrome" }, null, null],
    ["none at all", { chromiumPath: undefined, exists: has(), bundled: "/cache/chrome" }, null, NO_CHROMIUM],
  ] as const)("%s", (_name, input, wantPath, wantProblem) => {
    expect(chooseChromium(input)).toEqual({ path: wantPath, problem: wantProblem });
  });

  it("CHROMIUM_PATH=/nonexistent: one line naming it and the three ways to get a browser", () => {
    const { problem } = chooseChromium({ chromiumPath: "/nonexistent", exists: has("/usr/bin/chromium"), bundled: null });
    expect(problem).toMatch(/^CHROMIUM_PATH=\/nonexistent does not exist: /);
    expect(problem).toContain("apt-get install chromium");
    expect(problem).toContain("CHROMIUM_PATH");
    expect(problem).toContain("npx playwright install chromium");
    expect(problem).not.toContain("\n");
    expect(summarise([notRun("playwright", problem ?? "")]).lines[0]).toBe(`playwright: FAILED, 0 passed, 1 failed — ${problem}`);
  });
});

describe("a build prints no warnings", () => {
  // What `next build` printed before db/backup.ts opted its run-time paths out of tracing.
  const TURBOPACK = [
    "✓ Generating static pages using 1 worker (13/13) in 327ms",
    "Turbopack build encountered 2 warnings:",
    "./db/backup.ts:250:8",
    "Warning: Dynamic filesystem access causes tracing of the whole project",
    "  248 |   const dest = path.resolve(file);",
    "./db/backup.ts:382:11",
    "\u001b[33mWarning\u001b[39m: Dynamic filesystem access causes tracing of the whole project",
    "Import trace:",
  ].join("\n");

  it("finds each warning with its place", () => {
    expect(buildWarnings(TURBOPACK)).toEqual([
      "./db/backup.ts:250:8: Warning: Dynamic filesystem access causes tracing of the whole project",
      "./db/backup.ts:382:11: Warning: Dynamic filesystem access causes tracing of the whole project",
    ]);
    expect(buildWarnings(" ⚠ Invalid next.config.ts options detected:\n✓ Compiled")).toEqual([
      "⚠ Invalid next.config.ts options detected:",
    ]);
  });

  it("a warning fails the build runner; a clean build passes; a failed build is named", () => {
    const warned = buildResult({
      status: 0,
      output: "Turbopack build encountered 1 warnings:\n./db/backup.ts:250:8\nWarning: Dynamic filesystem access",
    });
    expect(warned).toEqual({
      name: "build",
      passed: 0,
      failed: 1,
      problems: ["warning: ./db/backup.ts:250:8: Warning: Dynamic filesystem access"],
    });
    expect(
      buildResult({ status: 0, output: "✓ Compiled successfully in 10.0s\n- Experiments (use with caution):\n  · serverActions" }),
    ).toEqual({
      name: "build",
      passed: 1,
      failed: 0,
      problems: [],
    });
    expect(buildResult({ status: 1, output: "Failed to compile.\n" })).toMatchObject({
      failed: 1,
      problems: ["exited with status 1: Failed to compile."],
    });
  });
});
