import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/free-port";

export { freePort };

/**
 * A second Lineup started as an operator starts it (`npm start -- --no-build`: the suite's build,
 * the front and Next in one process) on its own temporary database and port, for tests that need
 * a setting the suite's server does not have (LINEUP_TRUST_PROXY, no LINEUP_PUBLIC_URL, …).
 */
export interface Lineup {
  npm: ChildProcess;
  port: number;
  base: string;
  db: string;
  /** Everything the server printed so far. */
  output: () => string;
  /** SIGTERM, then SIGKILL if still running after 5 s; removes the temporary folder. */
  stop: () => Promise<void>;
}

const ROOT = path.resolve(__dirname, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts Lineup with `args` after `npm start --` and `env` over the test's own environment (`undefined` removes a variable). */
export async function startLineup(args: string[], env: Record<string, string | undefined>, port: number): Promise<Lineup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-start-"));
  const db = path.join(dir, "lineup.db");
  const merged: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: db };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  const npm = spawn("npm", ["start", "--", "--no-build", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: merged });
  let out = "";
  npm.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  npm.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (npm.exitCode === null) {
      npm.kill("SIGTERM");
      for (let i = 0; i < 50 && npm.exitCode === null; i++) await sleep(100);
      if (npm.exitCode === null) npm.kill("SIGKILL");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited (${npm.exitCode}):\n${out}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm start not healthy after 90 s:\n${out}`);
    }
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await sleep(200);
  }
  return { npm, port, base, db, output: () => out, stop };
}
