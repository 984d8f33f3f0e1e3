// Builds the production bundle unless .next/BUILD_ID is newer than every source file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SOURCES = [
  "app",
  "components",
  "front",
  "lib",
  "server",
  "db",
  "cache-handler.mjs",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "instrumentation.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.next.json",
];

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)));
  return max;
}

const distDir = () => path.join(root, process.env.LINEUP_DIST_DIR || ".next");

/**
 * Makes the build's cache folder before `next build`. On a clean clone with CI set, Next
 * otherwise prints "No build cache found" (advice for CI caching, not a defect of the code),
 * and a build must print no warnings. Next fills the folder as it builds.
 */
export function prepareBuildCache() {
  fs.mkdirSync(path.join(distDir(), "cache"), { recursive: true });
}

export function buildIsCurrent() {
  const buildId = path.join(distDir(), "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(root, s)) <= built);
}

export function buildIfNeeded() {
  if (buildIsCurrent()) return;
  console.log("[lineup] no current build: running next build");
  prepareBuildCache();
  const r = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
