#!/usr/bin/env node
// `npm test`: the type check, the lint, the unit and rule tests (vitest), then the API and
// end-to-end tests (Playwright against a production build on a fresh temporary database; when
// the build is made here, it counts as a test that fails on any warning `next build` prints).
// Each runner is reported by name; a runner that cannot load a file, collects no test or exits
// non-zero fails the run with its error (scripts/test-summary.mjs). The last line is
// "N passed, N failed", counting every runner's tests; the exit status is non-zero on any failure.
//
// `npm test -- unit` runs the first three only, `npm test -- e2e` Playwright only.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent, prepareBuildCache, root } from "./build.mjs";
import { buildResult, chooseChromium, commandResult, notRun, playwrightResult, summarise, vitestResult } from "./test-summary.mjs";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-test-"));
const vitestReport = path.join(tmp, "vitest.json");
const pwReport = path.join(tmp, "playwright.json");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const only = process.argv[2]; // "unit" or "e2e" to run one half

/** @type {import("./test-summary.mjs").RunnerResult[]} */
const results = [];

/** Runs a command with its output shown as it comes, and kept for the summary. */
function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  process.stdout.write(output);
  return { status: r.status, error: r.error, output };
}

/** Runs a runner that writes its own live progress; its JSON report is read afterwards. */
function runLive(command, args, env = process.env) {
  const r = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return { status: r.status, error: r.error };
}

/** Runs a command with its output shown live and kept (for the build's warnings). */
function runTee(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (/** @type {Buffer} */ d) => {
      output += d.toString("utf8");
      process.stdout.write(d);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ status: null, error, output }));
    child.on("close", (status) => resolve({ status, output }));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

if (only !== "e2e") {
  console.log("[test] type check (tsc --noEmit)");
  results.push(commandResult("type check", run(bin("tsc"), ["--noEmit", "-p", "."])));

  console.log("[test] lint (npm run lint)");
  results.push(commandResult("lint", run("npm", ["run", "--silent", "lint"])));

  console.log("[test] vitest");
  const v = runLive(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
  results.push(vitestResult({ ...v, report: readJson(vitestReport) }));
}

if (only !== "unit") {
  let bundled = null;
  try {
    bundled = createRequire(import.meta.url)("playwright-core").chromium.executablePath();
  } catch {
    // no playwright-core: Playwright itself will say so
  }
  const chromium = chooseChromium({ chromiumPath: process.env.CHROMIUM_PATH, exists: (f) => fs.existsSync(f), bundled });
  if (chromium.problem) results.push(notRun("playwright", chromium.problem));
  else {
    // The production build the tests run against; when it is made here, it must print no warning.
    let built = true;
    if (!buildIsCurrent()) {
      console.log("[test] build (next build)");
      prepareBuildCache();
      const build = buildResult(await runTee(bin("next"), ["build"]));
      results.push(build);
      built = build.problems.every((p) => p.startsWith("warning: "));
    }
    if (!built) results.push(notRun("playwright", "not run: the build failed"));
    else {
      console.log("[test] playwright");
      const p = runLive(bin("playwright"), ["test"], { ...process.env, PW_JSON_REPORT: pwReport });
      results.push(playwrightResult({ ...p, report: readJson(pwReport) }));
    }
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
const summary = summarise(results);
console.log("");
for (const line of summary.lines) console.log(line);
process.exit(summary.ok ? 0 : 1);
