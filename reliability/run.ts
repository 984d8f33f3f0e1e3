/**
 * npm run test:reliability [-- --only a,b,c,d,e] [--no-build] [--seed N] [--quick]
 *
 * The reliability suite. Starts the production server itself (builds first when the build in
 * LINEUP_DIST_DIR, default .next, is not current) on a free loopback port with a fresh temporary
 * database, builds a festival through the API, then runs:
 *   a. 10 clients x 1,000 conflicting updates: no lost update, every refusal a 409 stale_version
 *   b. 50 readers on a public day page for 30 s during 10 releases: all 2xx, never a mixed release
 *   c. 20 x kill -9 in the middle of a release: integrity ok, old or new release, never half
 *   d. 10,000 fuzzed inputs over every mutating API route: no 5xx, no crash, nothing written when refused
 *   e. the admin backup download while writers write: a sound copy, admin only
 *   f. 8 clients signing in: the public day page's p99 stays under 100 ms (hashing blocks nothing)
 * Prints each figure, writes reliability/results.json, ends with "N passed, N failed" (one per check)
 * and exits non-zero when any check failed. Loopback only; about 3-4 minutes on 2 cores (plus a build).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { verifyDatabaseFile } from "@/db/backup";
import { parseCli } from "@/scripts/cli";
import { freePort } from "@/scripts/free-port";
import { crashDuringRelease } from "./checks/crash";
import { fuzzRoutes } from "./checks/fuzz";
import { HASH_P99_LIMIT_MS, hashingDoesNotBlock } from "./checks/hashing";
import { conflictingUpdates } from "./checks/lost-updates";
import { readersDuringReleases } from "./checks/readers";
import { buildFestival, type Festival, latestRelease, setMarkers } from "./fixtures";
import { Client, expectStatus, fmtMs, root, Server, sleep } from "./lib";

interface Args {
  only: Set<string>;
  build: boolean;
  seed: number;
  quick: boolean;
}

function reliabilityArgs(): Args {
  const { values } = parseCli({
    usage: "npm run test:reliability [-- --only a,b,c,d,e,f] [--no-build] [--seed N] [--quick]",
    about:
      'The reliability suite: starts the production server on a fresh database and runs the checks (a lost updates, b readers during releases, c kill -9 mid-release, d fuzzing, e backup during writes, f the public page while clients sign in). Ends with "N passed, N failed".',
    options: {
      only: { type: "string", value: "a,b,c", description: "run only these checks (default all: a,b,c,d,e,f)" },
      "no-build": { type: "boolean", description: "use the current production build; never build" },
      seed: { type: "string", value: "N", description: "seed of the random parts (default RELIABILITY_SEED, else from the clock)" },
      quick: { type: "boolean", description: "smaller numbers, about a minute" },
    },
  });
  return {
    only: new Set(
      (values.only ?? "a,b,c,d,e,f")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    build: values["no-build"] !== true,
    seed: Number(values.seed ?? process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000),
    quick: values.quick === true,
  };
}

interface CheckResult {
  id: string;
  name: string;
  passed: boolean;
  summary: string[];
  figures: unknown;
  error?: string;
}

// Outer limits only: a verdict is about behaviour, not this machine's speed (speeds are figures).
const SUITE_LIMIT_MS = 40 * 60_000;
const FUZZ_LIMIT_MS = 20 * 60_000;

async function main() {
  const args = reliabilityArgs();
  const t0 = Date.now();
  const results: CheckResult[] = [];

  if (args.build) {
    const { buildIfNeeded } = (await import(path.join(root, "scripts", "build.mjs"))) as { buildIfNeeded: () => void };
    buildIfNeeded();
  }
  const distDir = process.env.LINEUP_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`no production build in ${distDir} (run without --no-build)`);
  const suiteStart = Date.now();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-reliability-"));
  const dbPath = path.join(tmp, "lineup.db");
  const server = new Server(await freePort(), dbPath);
  const watchdog = setTimeout(async () => {
    console.error(`[reliability] over ${SUITE_LIMIT_MS / 60000} minutes: stopping`);
    await server.kill9();
    console.log(`0 passed, ${Math.max(1, 5 - results.filter((r) => r.passed).length)} failed`);
    process.exit(1);
  }, SUITE_LIMIT_MS);
  watchdog.unref();

  const cleanup = async () => {
    await server.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

  console.log(`[reliability] build ${distDir}; database ${dbPath}; seed ${args.seed}`);
  const startMs = await server.start();
  console.log(`[reliability] server up on ${server.url} in ${fmtMs(startMs)}`);
  const admin = new Client(server.url);
  await admin.signIn();
  const slug = `rel-${args.seed}`;
  const festival: Festival = await buildFestival(admin, slug);
  await setMarkers(admin, festival, 1);
  expectStatus(await admin.post(`/api/v1/editions/${slug}/releases`, { note: "first" }), 201, "first release");
  console.log(`[reliability] festival ${slug} ready: release ${await latestRelease(admin, slug)} (${fmtMs(Date.now() - suiteStart)})`);

  const run = async (id: string, name: string, fn: () => Promise<{ passed: boolean; summary: string[]; figures: unknown }>) => {
    if (!args.only.has(id)) return;
    const started = Date.now();
    console.log(`\n[${id}] ${name}`);
    let r: CheckResult;
    try {
      const out = await fn();
      r = { id, name, ...out };
    } catch (e) {
      r = { id, name, passed: false, summary: [`error: ${(e as Error).stack ?? e}`], figures: null, error: String((e as Error).message) };
    }
    r.summary.push(`took ${fmtMs(Date.now() - started)}`);
    for (const line of r.summary) console.log(`  ${line}`);
    console.log(`  => ${r.passed ? "PASS" : "FAIL"}`);
    results.push(r);
    if (!server.running) await server.start();
  };

  // e first runs alongside a's writers, so a and e share their load.
  let backupDuringWrites: Promise<{ passed: boolean; summary: string[]; figures: unknown }> | null = null;

  await run("a", "conflicting updates (optimistic concurrency)", async () => {
    if (args.only.has("e")) backupDuringWrites = backupCheck(server, admin, tmp);
    const f = await conflictingUpdates(server.url, admin.cookie!, festival, { clients: 10, total: args.quick ? 200 : 1000 });
    const others = Object.entries(f.otherStatuses);
    const passed = f.lostUpdates === 0 && others.length === 0 && f.accepted + f.refused409 === f.attempts && f.accepted > 0;
    return {
      passed,
      figures: f,
      summary: [
        `lost updates: ${f.lostUpdates} of ${f.attempts} (accepted ${f.accepted}, refused ${f.refused409} with 409 stale_version)`,
        `other answers: ${others.length ? others.map(([k, n]) => `${k} x${n}`).join("; ") : "none"}`,
        `PUT latency p50 ${f.p50ms} ms, p99 ${f.p99ms} ms; final versions ${JSON.stringify(f.finalVersions)}`,
        ...f.problems.slice(0, 10).map((p) => `problem: ${p}`),
      ],
    };
  });

  await run("e", "backup download while writing (GET /api/v1/backup)", async () => backupDuringWrites ?? backupCheck(server, admin, tmp));

  await run("b", "readers during releases (public day page)", async () => {
    const f = await readersDuringReleases(server.url, admin.cookie!, festival, {
      readers: 50,
      seconds: args.quick ? 8 : 30,
      releases: args.quick ? 3 : 10,
    });
    const passed =
      f.non2xx === 0 &&
      f.errors === 0 &&
      f.mixed === 0 &&
      f.undecodable === 0 &&
      f.wentBack === 0 &&
      f.publishFailures.length === 0 &&
      f.releasesPublished === (args.quick ? 3 : 10);
    return {
      passed,
      figures: f,
      summary: [
        `pages: ${f.pages} in ${f.seconds} s by ${f.readers} readers (${f.pagesPerSecond}/s, p50 ${f.p50ms} ms, p99 ${f.p99ms} ms)`,
        `non-2xx: ${f.non2xx}; request errors: ${f.errors}; pages mixing two releases: ${f.mixed}; reader saw an older release after a newer one: ${f.wentBack}`,
        `pages a browser could not read (bad content-encoding): ${f.undecodable}${f.undecodable ? ` ${JSON.stringify(f.undecodableByAsk)}` : ""}`,
        `served: ${Object.entries(f.servedBy)
          .map(([k, n]) => `${k}: ${n}`)
          .join("; ")}`,
        `releases published during the run: ${f.releasesPublished}; releases seen by readers: ${f.releasesSeen.join(", ")}`,
        ...f.publishFailures.map((p) => `publish failed: ${p}`),
        ...f.examples.map((e) => `example: ${e}`),
      ],
    };
  });

  // f before d: d's fuzzed sign-ins trip the sign-in limit for this address, and f must sign in.
  await run("f", "password hashing while the public page is read", async () => {
    const f = await hashingDoesNotBlock(server.url, festival, { clients: 8, seconds: args.quick ? 5 : 10, connections: 4 });
    const refused = Object.entries(f.signInStatuses).filter(([k]) => k !== "200");
    const passed = f.p99ms < HASH_P99_LIMIT_MS && f.non2xx === 0 && f.errors === 0 && refused.length === 0 && f.signIns >= f.clients;
    return {
      passed,
      figures: f,
      summary: [
        `day page p99 ${f.p99ms} ms (limit ${HASH_P99_LIMIT_MS}), p50 ${f.p50ms} ms, max ${f.maxMs} ms: ${f.requests} pages by ${f.connections} connections in ${f.seconds} s, while ${f.clients} clients signed in`,
        `the page alone: p99 ${f.aloneP99ms} ms, p50 ${f.aloneP50ms} ms (${f.aloneRequests} pages)`,
        `sign-ins: ${f.signIns} (${f.signInsPerSecond}/s, p50 ${f.signInP50ms} ms, p99 ${f.signInP99ms} ms); answers ${JSON.stringify(f.signInStatuses)}`,
        `non-2xx pages: ${f.non2xx}; request errors: ${f.errors}`,
      ],
    };
  });

  await run("c", "kill -9 during a release", async () => {
    const rounds = args.quick ? 5 : 20;
    const f = await crashDuringRelease(server, admin, festival, rounds, args.seed);
    const passed =
      f.integrityOk === rounds &&
      f.halfReleases === 0 &&
      f.acknowledgedLost === 0 &&
      f.otherProblems.length === 0 &&
      f.committed + f.rolledBack === rounds;
    return {
      passed,
      figures: f,
      summary: [
        `integrity_check ok after ${f.integrityOk} of ${f.rounds} kills; half releases shown: ${f.halfReleases}`,
        `release committed before the kill: ${f.committed}; rolled back (old release shown): ${f.rolledBack}; acknowledged but lost: ${f.acknowledgedLost}`,
        `a publish takes ${f.publishMs} ms without a kill; kills after ${f.killDelaysMs.join(", ")} ms`,
        `restart to healthy: min ${fmtMs(f.restartMs.min)}, mean ${fmtMs(f.restartMs.mean)}, max ${fmtMs(f.restartMs.max)}`,
        ...f.otherProblems.map((p) => `problem: ${p}`),
      ],
    };
  });

  await run("d", "fuzzing every mutating API route", async () => {
    const inputs = args.quick ? 1500 : 10_000;
    const f = await fuzzRoutes(server, admin, {
      inputs,
      seed: args.seed,
      deadlineMs: FUZZ_LIMIT_MS,
      failuresDir: path.join(root, "reliability", "fuzz-failures"),
    });
    const passed =
      f.inputs === inputs &&
      f.serverErrors === 0 &&
      f.crashes === 0 &&
      f.healthFailures === 0 &&
      f.writtenOnRefusal === 0 &&
      f.connectionErrors === 0;
    return {
      passed,
      figures: f,
      summary: [
        `inputs: ${f.inputs} over ${f.routes.length} route methods (seed ${f.seed}); accepted ${f.accepted}, refused ${f.refused}`,
        `server errors (5xx): ${f.serverErrors}; crashes: ${f.crashes}; health check failures: ${f.healthFailures} of ${f.healthChecks}`,
        `written for refused input: ${f.writtenOnRefusal}; connection errors (no answer read, e.g. a reset during an oversized upload): ${f.connectionErrors}`,
        `speed: ${f.inputsPerSecond} inputs/s (${fmtMs(f.durationMs)} for ${f.inputs}); time: requests ${fmtMs(f.requestMs)}, digests ${fmtMs(f.digestMs)}, fixture refreshes ${fmtMs(f.refreshMs)}; tables changed by accepted inputs: ${JSON.stringify(f.changedTablesOnAccept)}`,
        ...f.routes.map(
          (r) =>
            `  ${r.method.padEnd(6)} ${r.route}: ${r.sent} sent, ${r.accepted} accepted, ${Object.entries(r.statuses)
              .sort()
              .map(([s, n]) => `${s}x${n}`)
              .join(" ")}`,
        ),
        ...(f.inputs < inputs ? [`stopped at the outer limit (${FUZZ_LIMIT_MS / 60_000} min) after ${f.inputs} of ${inputs} inputs`] : []),
        ...f.failureGroups.flatMap((g) => [
          `failure x${g.count} — ${g.signature}`,
          `    on ${g.routes.length} route methods: ${g.routes.slice(0, 8).join(", ")}${g.routes.length > 8 ? ", …" : ""}`,
          `    e.g. ${g.example.method} ${g.example.url} [${g.example.auth}] body ${g.example.body.slice(0, 200)} -> ${g.example.status ?? ""} ${(g.example.response ?? "").slice(0, 200)} ${g.example.detail ?? ""}`,
        ]),
        ...f.connectionErrorExamples.slice(0, 5).map((x) => `connection error: ${x}`),
      ],
    };
  });

  await cleanup();
  clearTimeout(watchdog);
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  const out = {
    finishedAt: new Date().toISOString(),
    seed: args.seed,
    suiteMs: Date.now() - suiteStart,
    totalMs: Date.now() - t0,
    node: process.version,
    cpus: os.cpus().length,
    checks: results,
    passed,
    failed,
  };
  fs.writeFileSync(path.join(root, "reliability", "results.json"), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\n[reliability] suite ${fmtMs(out.suiteMs)} (with build ${fmtMs(out.totalMs)}); figures in reliability/results.json`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/**
 * e. The admin download under load: three copies fetched while check a's writers write.
 * Each must be a sound Lineup database (integrity_check, tables, migrations) with the festival in it;
 * anonymous: 401.
 */
async function backupCheck(server: Server, admin: Client, tmp: string) {
  const problems: string[] = [];
  const sizes: number[] = [];
  const anon = await new Client(server.url, null).get("/api/v1/backup");
  if (anon.status !== 401) problems.push(`anonymous download: ${anon.status} (expected 401)`);
  for (let i = 0; i < 3; i++) {
    await sleep(300);
    const res = await fetch(`${server.url}/api/v1/backup`, { headers: { cookie: admin.cookie! } });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) {
      problems.push(`download ${i + 1}: ${res.status} ${bytes.toString("utf8").slice(0, 300)}`);
      continue;
    }
    if (res.headers.get("content-type") !== "application/vnd.sqlite3")
      problems.push(`download ${i + 1}: content-type ${res.headers.get("content-type")}`);
    if (!/attachment; filename="lineup-.*\.db"/.test(res.headers.get("content-disposition") ?? ""))
      problems.push(`download ${i + 1}: content-disposition ${res.headers.get("content-disposition")}`);
    const file = path.join(tmp, `download-${i + 1}.db`);
    fs.writeFileSync(file, bytes);
    sizes.push(bytes.length);
    const v = verifyDatabaseFile(file);
    if (!v.ok) problems.push(`download ${i + 1}: ${v.problems.join("; ")}`);
    else if ((v.counts.screenings ?? 0) < 86) problems.push(`download ${i + 1}: only ${v.counts.screenings} screenings`);
  }
  return {
    passed: problems.length === 0,
    figures: { downloads: sizes.length, sizes, problems },
    summary: [
      `sound copies: ${sizes.length - problems.filter((p) => p.startsWith("download")).length} of 3 (sizes ${sizes.map((s) => `${Math.round(s / 1024)} kB`).join(", ")}); anonymous: ${anon.status}`,
      ...problems.map((p) => `problem: ${p}`),
    ],
  };
}

main().catch((e) => {
  console.error(e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
