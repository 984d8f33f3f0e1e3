// The verdict of `npm test` (scripts/test-all.mjs), from each runner's exit status and its own
// report: a runner that could not load a file, collected no test, or exited non-zero fails the
// run, named, with its error; the last line counts every runner's tests: "N passed, N failed".
// Pure functions (no I/O), tested in test-summary.test.ts.

/**
 * @typedef {{ name: string, passed: number, failed: number, problems: string[] }} RunnerResult
 * @typedef {{ status: number | null, error?: Error | undefined, output?: string | undefined }} Exit
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes
const COLOURS = /\u001b\[[0-9;]*m/g;

/** The first line of a message, without terminal colours, at most 300 characters. */
function firstLine(text) {
  const line =
    String(text ?? "")
      .replace(COLOURS, "")
      .split("\n")
      .map((s) => s.trim())
      .find(Boolean) ?? "";
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The last non-empty line of a command's output (where tsc, biome and npm put their verdict). */
function lastLine(text) {
  const lines = String(text ?? "")
    .replace(COLOURS, "")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
  return firstLine(lines[lines.length - 1] ?? "");
}

/** The line that says how many problems a tool found (tsc's and biome's "Found N errors…"), else its last line. */
function verdictLine(text) {
  const found = String(text ?? "")
    .replace(COLOURS, "")
    .split("\n")
    .map((s) => s.trim())
    .find((s) => /^Found \d+ errors?\b/.test(s));
  return found ? firstLine(found) : lastLine(text);
}

/** @param {Exit} exit */
function exitProblem(exit) {
  if (exit.error) return `could not start: ${firstLine(exit.error.message)}`;
  if (exit.status === null) return "was killed before it finished";
  return `exited with status ${exit.status}`;
}

/**
 * A runner that is one test (the type check, the lint): passed when it exits 0.
 * @param {string} name
 * @param {Exit} exit
 * @returns {RunnerResult}
 */
export function commandResult(name, exit) {
  if (exit.status === 0 && !exit.error) return { name, passed: 1, failed: 0, problems: [] };
  const why = exit.output && !exit.error ? `${exitProblem(exit)}: ${verdictLine(exit.output)}` : exitProblem(exit);
  return { name, passed: 0, failed: 1, problems: [why] };
}

/**
 * vitest, from its JSON report (--reporter=json). A test file that fails to load (a syntax
 * error, an import that throws) shows as a failed file with no test results: each counts as a failure.
 * @param {Exit & { report: any }} run
 * @returns {RunnerResult}
 */
export function vitestResult(run, name = "vitest") {
  const r = run.report;
  if (!r || typeof r !== "object") return { name, passed: 0, failed: 1, problems: [`no report: ${exitProblem(run)}`] };
  const problems = [];
  let failed = Number(r.numFailedTests ?? 0);
  const passed = Number(r.numPassedTests ?? 0);
  for (const file of r.testResults ?? []) {
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0) {
      failed += 1;
      problems.push(`could not load ${file.name}: ${firstLine(file.message) || "no message"}`);
    }
  }
  if (Number(r.numTotalTests ?? 0) === 0 && problems.length === 0) problems.push("collected 0 tests");
  if (run.status !== 0 && failed === 0 && problems.length === 0) problems.push(exitProblem(run));
  if (failed > 0 && problems.length === 0 && run.status !== 0) problems.push(`${failed} test(s) failed`);
  return { name, passed, failed: problems.length > 0 && failed === 0 ? 1 : failed, problems };
}

/**
 * Playwright, from its JSON reporter. A spec file that throws while loading is a top-level error
 * (report.errors) and none of the tests run: each error counts as a failure.
 * @param {Exit & { report: any }} run
 * @returns {RunnerResult}
 */
export function playwrightResult(run, name = "playwright") {
  const r = run.report;
  if (!r || typeof r !== "object" || !r.stats) return { name, passed: 0, failed: 1, problems: [`no report: ${exitProblem(run)}`] };
  const s = r.stats;
  const passed = Number(s.expected ?? 0) + Number(s.flaky ?? 0);
  let failed = Number(s.unexpected ?? 0);
  const problems = [];
  for (const e of r.errors ?? []) {
    failed += 1;
    const where = e.location?.file ? ` (${e.location.file}:${e.location.line})` : "";
    problems.push(`could not load or run${where}: ${firstLine(e.message)}`);
  }
  const total = passed + Number(s.unexpected ?? 0) + Number(s.skipped ?? 0);
  if (total === 0 && problems.length === 0) problems.push("collected 0 tests");
  if (run.status !== 0 && failed === 0 && problems.length === 0) problems.push(exitProblem(run));
  if (failed > 0 && problems.length === 0 && run.status !== 0) problems.push(`${failed} test(s) failed`);
  return { name, passed, failed: problems.length > 0 && failed === 0 ? 1 : failed, problems };
}

/**
 * A runner that did not run at all (no browser, a missing tool): one failure, one line why.
 * @param {string} name
 * @param {string} why
 * @returns {RunnerResult}
 */
export function notRun(name, why) {
  return { name, passed: 0, failed: 1, problems: [why] };
}

/**
 * The report: one line per runner, then "N passed, N failed" as the last line.
 * @param {RunnerResult[]} results
 * @returns {{ lines: string[], passed: number, failed: number, ok: boolean }}
 */
export function summarise(results) {
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    const verdict = r.failed === 0 && r.problems.length === 0 ? "ok" : "FAILED";
    lines.push(`${r.name}: ${verdict}, ${r.passed} passed, ${r.failed} failed${r.problems.length ? ` — ${r.problems[0]}` : ""}`);
    for (const p of r.problems.slice(1, 5)) lines.push(`  ${r.name}: ${p}`);
    if (r.problems.length > 5) lines.push(`  ${r.name}: and ${r.problems.length - 5} more`);
  }
  if (results.length === 0) {
    failed += 1;
    lines.push("no runner ran");
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed, ok: failed === 0 };
}

/** The one line `npm test` prints when Playwright has no Chromium to drive. */
export const NO_CHROMIUM =
  "no Chromium for Playwright: install Debian's (apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary, or where downloads work run npx playwright install chromium";

/**
 * Which Chromium Playwright will drive (the same choice as playwright.config.ts): CHROMIUM_PATH
 * when set, else Debian's /usr/bin/chromium, else Playwright's own download. Null when there is none.
 * @param {{ chromiumPath: string | undefined, exists: (file: string) => boolean, bundled: string | null }} o
 * @returns {{ path: string | null, problem: string | null }}
 */
export function chooseChromium({ chromiumPath, exists, bundled }) {
  if (chromiumPath)
    return exists(chromiumPath)
      ? { path: chromiumPath, problem: null }
      : { path: null, problem: `CHROMIUM_PATH=${chromiumPath} does not exist: ${NO_CHROMIUM}` };
  if (exists("/usr/bin/chromium")) return { path: "/usr/bin/chromium", problem: null };
  if (bundled && exists(bundled)) return { path: null, problem: null };
  return { path: null, problem: NO_CHROMIUM };
}

/**
 * The warnings in `next build`'s output, one line each (Next prints "⚠ …", Turbopack
 * "Turbopack build encountered N warnings:" followed by "<file>:<line>:<col>" and "Warning: …").
 * @param {string} output
 * @returns {string[]}
 */
export function buildWarnings(output) {
  const lines = String(output ?? "")
    .replace(COLOURS, "")
    .split("\n");
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (/^Warning:/.test(line)) {
      const where = (lines[i - 1] ?? "").trim();
      found.push(/^\S+:\d+:\d+$/.test(where) ? `${where}: ${line}` : line);
    } else if (/^⚠/.test(line)) found.push(line);
  }
  return found;
}

/**
 * The build as a runner: one test, failed by any warning it printed.
 * @param {Exit} exit
 * @returns {RunnerResult}
 */
export function buildResult(exit) {
  if (exit.status !== 0 || exit.error) return commandResult("build", exit);
  const warnings = buildWarnings(exit.output ?? "");
  return warnings.length === 0
    ? { name: "build", passed: 1, failed: 0, problems: [] }
    : { name: "build", passed: 0, failed: 1, problems: warnings.map((w) => `warning: ${w}`) };
}
