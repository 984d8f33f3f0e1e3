/**
 * The HTTP figures of `npm run bench`: a production build (LINEUP_DIST_DIR,
 * default .next-bench), `npm start`'s server (scripts/start.mjs) on a free port against the generated
 * database, autocannon against a day page, the feeds and a static file of the
 * same server, the compressed page size and the server's RSS.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "@/scripts/free-port";
import { type Figure, figure, median, notAvailable, type Target } from "./results";

export const ROOT = path.resolve(__dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

/** Builds into distDir unless its BUILD_ID is newer than every source (scripts/build.mjs decides). Returns what it did. */
export async function ensureBuild(distDir: string, log: (s: string) => void): Promise<string> {
  process.env.LINEUP_DIST_DIR = distDir;
  const { buildIsCurrent, prepareBuildCache } = await import("@/scripts/build.mjs");
  if (buildIsCurrent()) return `build ${distDir} is current`;
  log(`building into ${distDir} (next build)...`);
  const t0 = Date.now();
  prepareBuildCache();
  // build output goes to stderr: stdout carries only the table
  const r = spawnSync(NEXT, ["build"], {
    cwd: ROOT,
    env: { ...process.env, LINEUP_DIST_DIR: distDir, NODE_ENV: "production" },
    stdio: ["ignore", 2, 2],
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  return `built ${distDir} in ${Math.round((Date.now() - t0) / 1000)} s`;
}

export interface Server {
  port: number;
  base: string;
  child: ChildProcess;
  /** The process that owns the listening socket (the server itself: one process). */
  pid: number;
  logs: string[];
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return out;
}

function descendants(pid: number): number[] {
  const all = [pid];
  for (const p of all) all.push(...childrenOf(p));
  return all;
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const f of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(f, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      // sl local_address rem_address st ... inode
      const [, local = "", , state, , , , , , inode] = line.trim().split(/\s+/);
      if (inode === undefined) continue;
      const localPort = parseInt(local.split(":")[1] ?? "", 16);
      if (localPort === port && state === "0A") inodes.add(inode);
    }
  }
  return inodes;
}

/** The pid (among `root` and its descendants) holding the listening socket of `port`; else the descendant with the largest RSS. */
function serverPid(root: number, port: number): number {
  const pids = descendants(root);
  const inodes = listeningInodes(port);
  for (const pid of pids) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const [, inode] = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`)) ?? [];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      /* not ours or gone */
    }
  }
  const [largest] = pids.map((p) => ({ p, rss: rssKB(p) ?? 0 })).sort((a, b) => b.rss - a.rss);
  return largest?.p ?? root;
}

export function rssKB(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export interface GetResult {
  status: number;
  bytes: number;
  encoding: string | null;
  body: Buffer;
}

/** One GET, counting the bytes on the wire (no decompression). */
export function get(url: string, headers: Record<string, string> = {}): Promise<GetResult> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          bytes: body.length,
          encoding: (res.headers["content-encoding"] as string | undefined) ?? null,
          body,
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

/** The admin the bench's server is started with (the browser figures sign in as it). */
export const BENCH_ADMIN = { email: "bench-admin@localhost", password: "bench-password-not-secret" };

export async function startServer(o: { distDir: string; database: string; log: (s: string) => void }): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LINEUP_DIST_DIR: o.distDir,
    DATABASE_PATH: o.database,
    LINEUP_DEMO: "0",
    LINEUP_ADMIN_EMAIL: BENCH_ADMIN.email,
    LINEUP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    LINEUP_BASE_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
  };
  // Lineup as `npm start` runs it (the front and Next in one process; ensureBuild built it).
  // Own process group, so stop() ends the server and whatever it spawned, and nothing else.
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--no-build", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout!.on("data", (d: Buffer) => logs.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => logs.push(d.toString()));
  let exited = false;
  child.on("exit", () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`the server (scripts/start.mjs) exited:\n${logs.join("")}`);
    try {
      if ((await get(`${base}/api/health`)).status === 200) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer within 90 s:\n${logs.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = serverPid(child.pid!, port);
  o.log(`server (scripts/start.mjs) on ${base} (pid ${child.pid}, server pid ${pid})`);
  return { port, base, child, pid, logs, stop };
}

export interface LoadRun {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export async function load(url: string, seconds: number, connections = 10, headers?: Record<string, string>): Promise<LoadRun> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

/** A note naming the failed requests of some runs, if any failed. */
export function bad(runs: LoadRun[]): string | undefined {
  const n = runs.reduce((a, r) => a + r.non2xx + r.errors, 0);
  return n ? `${n} non-2xx/errors` : undefined;
}

/** A latency figure (ms): the median over the runs of one percentile. */
export function latencyFigure(name: string, runs: LoadRun[], percentile: "p50" | "p99", target?: Target, note?: string): Figure {
  return figure(
    name,
    "ms",
    runs.map((r) => r[percentile]),
    target,
    note,
  );
}

export interface HttpOptions {
  server: Server;
  slug: string;
  /** The busiest festival day, yyyy-mm-dd. */
  day: string;
  /** Public screenings listed on that day. */
  dayScreenings: number;
  runs: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log: (s: string) => void;
  /** A static copy of the day page (same bytes) in public/, served by the same server. */
  sameSizePath?: string;
}

const STATIC_PATH = "/robots.txt";
/** Written by run.ts before the measuring server starts (public/ files must exist at start). */
export const SAME_SIZE_PATH = "/bench-baseline.html";
const FEEDS = ["schedule.ics", "schedule.xml", "schedule.json"] as const;

export async function httpFigures(o: HttpOptions): Promise<Figure[]> {
  const { base } = o.server;
  const page = `/schedule/${o.slug}/${o.day}`;
  const figures: Figure[] = [];
  const check = async (p: string) => {
    const r = await get(base + p);
    return r.status;
  };
  const staticStatus = await check(STATIC_PATH);
  if (staticStatus !== 200) throw new Error(`static baseline ${STATIC_PATH} answered ${staticStatus} (is public/robots.txt there?)`);
  const pageStatus = await check(page);
  if (pageStatus !== 200) throw new Error(`day page ${page} answered ${pageStatus}`);
  const feeds: { name: string; path: string; status: number }[] = [];
  for (const f of FEEDS) feeds.push({ name: f, path: `/schedule/${o.slug}/${f}`, status: await check(`/schedule/${o.slug}/${f}`) });
  const liveFeeds = feeds.filter((f) => f.status === 200);

  // Warm-up: first renders are cached per release; let the JIT settle.
  o.log(`http: warm-up (${o.warmupSeconds} s per URL)`);
  for (const p of [STATIC_PATH, page, ...liveFeeds.map((f) => f.path)]) await load(base + p, o.warmupSeconds, o.connections);
  await load(base + page, o.warmupSeconds, o.connections, { "accept-encoding": "gzip" });

  const sameSize = o.sameSizePath && (await check(o.sameSizePath)) === 200 ? o.sameSizePath : null;
  if (sameSize) await load(base + sameSize, o.warmupSeconds, o.connections);
  const sameRuns: LoadRun[] = [];
  const sameRatios: number[] = [];
  const staticRuns: LoadRun[] = [];
  const pageRuns: LoadRun[] = [];
  const gzipRuns: LoadRun[] = [];
  const feedRuns = new Map<string, LoadRun[]>(liveFeeds.map((f) => [f.name, []]));
  const ratios: number[] = [];
  const feedRatios = new Map<string, number[]>(liveFeeds.map((f) => [f.name, []]));
  for (let i = 0; i < o.runs; i++) {
    o.log(`http: round ${i + 1}/${o.runs}`);
    // the static baseline measured in the same round, right before the pages it is compared with
    const s = await load(base + STATIC_PATH, o.seconds, o.connections);
    staticRuns.push(s);
    const same = sameSize ? await load(base + sameSize, o.seconds, o.connections) : null;
    if (same) sameRuns.push(same);
    const p = await load(base + page, o.seconds, o.connections);
    pageRuns.push(p);
    ratios.push(p.rps / s.rps);
    if (same) sameRatios.push(p.rps / same.rps);
    gzipRuns.push(await load(base + page, o.seconds, o.connections, { "accept-encoding": "gzip" }));
    for (const f of liveFeeds) {
      const r = await load(base + f.path, o.seconds, o.connections);
      feedRuns.get(f.name)!.push(r);
      feedRatios.get(f.name)!.push(r.rps / s.rps);
    }
  }
  const conn = `${o.connections} connections, ${o.seconds} s runs`;
  figures.push(
    figure(
      `static file ${STATIC_PATH} (baseline)`,
      "req/s",
      staticRuns.map((r) => r.rps),
      null,
      [conn, bad(staticRuns)].filter(Boolean).join("; "),
    ),
  );
  figures.push(
    figure(
      `day page ${o.day} (${o.dayScreenings} screenings)`,
      "req/s",
      pageRuns.map((r) => r.rps),
      null,
      bad(pageRuns),
    ),
  );
  if (sameSize) {
    figures.push(
      figure(
        `static copy of the day page ${sameSize} (same bytes)`,
        "req/s",
        sameRuns.map((r) => r.rps),
        null,
        bad(sameRuns),
      ),
    );
    figures.push(
      figure(
        "day page / static copy of the same bytes",
        "×",
        sameRatios,
        { op: ">=", value: 0.9 },
        "ratio per round, same server: what serving a release costs over a file",
      ),
    );
    figures.push(
      figure(
        "day page / tiny static file (robots.txt)",
        "×",
        ratios,
        null,
        "ratio per round; dominated by the page's size, not by rendering",
      ),
    );
  } else figures.push(figure("day page / static req/s", "×", ratios, { op: ">=", value: 0.9 }, "ratio per round, same server"));
  figures.push(latencyFigure("day page latency p50", pageRuns, "p50"));
  figures.push(latencyFigure("day page latency p99", pageRuns, "p99", { op: "<=", value: 50 }));
  figures.push(
    figure(
      "day page with accept-encoding: gzip",
      "req/s",
      gzipRuns.map((r) => r.rps),
      null,
      [`p99 ${median(gzipRuns.map((r) => r.p99))} ms; as browsers ask for it`, bad(gzipRuns)].filter(Boolean).join("; "),
    ),
  );

  // Size on the wire with gzip.
  const sizes: number[] = [];
  let encoding: string | null = null;
  let raw = 0;
  for (let i = 0; i < 3; i++) {
    const r = await get(base + page, { "accept-encoding": "gzip" });
    sizes.push(r.bytes / 1024);
    encoding = r.encoding;
  }
  raw = (await get(base + page)).bytes / 1024;
  figures.push(
    figure(
      "day page size, compressed",
      "KB",
      sizes,
      { op: "<=", value: 150 },
      `content-encoding ${encoding ?? "none"}; ${Math.round(raw)} KB uncompressed`,
    ),
  );

  for (const f of feeds) {
    const name = `feed ${f.name} / static req/s`;
    if (f.status !== 200) {
      figures.push(notAvailable(name, "×", null, `${f.path} answered ${f.status}`));
      continue;
    }
    const runs = feedRuns.get(f.name)!;
    const size = (await get(base + f.path, { "accept-encoding": "gzip" })).bytes / 1024;
    figures.push(
      figure(
        name,
        "×",
        feedRatios.get(f.name)!,
        null,
        [
          `${Math.round(median(runs.map((r) => r.rps)))} req/s, p99 ${median(runs.map((r) => r.p99))} ms, ${Math.round(size)} KB gzip; no target in issue 9`,
          bad(runs),
        ]
          .filter(Boolean)
          .join("; "),
      ),
    );
  }

  // Memory of the server process after all that load.
  const rss: number[] = [];
  for (let i = 0; i < 3; i++) {
    const kb = rssKB(o.server.pid);
    if (kb !== null) rss.push(kb / 1024);
    await new Promise((r) => setTimeout(r, 500));
  }
  const hwm = rssKB(o.server.pid, "VmHWM");
  figures.push(
    rss.length
      ? figure(
          "server RSS after the load",
          "MB",
          rss,
          null,
          `VmRSS of pid ${o.server.pid} (the process listening on the port)${hwm ? `; peak ${Math.round(hwm / 1024)} MB` : ""}`,
        )
      : notAvailable("server RSS after the load", "MB", null, `/proc/${o.server.pid}/status unreadable`),
  );
  return figures;
}
