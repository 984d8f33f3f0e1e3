#!/usr/bin/env node
// `npm test`: unit and rule tests (vitest), then API and end-to-end tests (Playwright against
// a production build on a fresh temporary database). Ends with one line "N passed, N failed"
// counted from the runners' own JSON reports; exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded, root } from "./build.mjs";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-test-"));
const vitestReport = path.join(tmp, "vitest.json");
const pwReport = path.join(tmp, "playwright.json");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const only = process.argv[2]; // "unit" or "e2e" to run one half

let passed = 0;
let failed = 0;
let exit = 0;

if (only !== "e2e") {
  // The type check counts as one test: the build itself does not check types.
  const tsc = spawnSync(bin("tsc"), ["--noEmit", "-p", "."], { cwd: root, stdio: "inherit" });
  if (tsc.status === 0) passed += 1;
  else {
    failed += 1;
    exit = 1;
    console.log("type check failed (tsc --noEmit)");
  }
  const r = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], {
    cwd: root,
    stdio: "inherit",
  });
  if (fs.existsSync(vitestReport)) {
    const j = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
    passed += j.numPassedTests;
    failed += j.numFailedTests + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  } else failed += 1;
  if (r.status !== 0) exit = 1;
}

if (only !== "unit") {
  buildIfNeeded();
  const r = spawnSync(bin("playwright"), ["test"], { cwd: root, stdio: "inherit", env: { ...process.env, PW_JSON_REPORT: pwReport } });
  if (fs.existsSync(pwReport)) {
    const s = JSON.parse(fs.readFileSync(pwReport, "utf8")).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
  } else failed += 1;
  if (r.status !== 0) exit = 1;
}

if (failed > 0) exit = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exit);
