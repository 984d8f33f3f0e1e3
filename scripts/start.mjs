#!/usr/bin/env node
// `npm start [-- -p PORT] [-- -H HOSTNAME]`: builds when there is no current production build,
// then serves Lineup through its HTTP front (front/front.mjs) in this one process: Next's request
// handler behind a node:http server, on PORT (default 3000) or -p/--port, on every interface or
// -H/--hostname, as `next start` does. The server migrates the database and seeds the demo
// festival as it starts (instrumentation.ts).
//
// SIGTERM / SIGINT / SIGHUP: stop accepting, finish in-flight requests (up to 3 s), close Next, exit;
// the database is checkpointed and closed on exit (db/client.ts). Gone within 5 s.
//
// --no-build serves the build as it is (the test and bench harnesses build first themselves).
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIsCurrent, prepareBuildCache, root } from "./build.mjs";

const USAGE = "usage: npm start [-- -p PORT] [-- -H HOSTNAME] [-- --keepAliveTimeout MS] [-- --no-build]";
const GRACE_MS = 3000;
const HARD_LIMIT_MS = 4500;

/** @param {string} message */
function fail(message) {
  console.error(`[lineup] ${message}\n${USAGE}`);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
      keepAliveTimeout: { type: "string" },
      "no-build": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const portText = options.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) fail(`the port must be a number from 0 to 65535, not "${portText}"`);
const keepAliveTimeout = options.keepAliveTimeout === undefined ? undefined : Number(options.keepAliveTimeout);
if (keepAliveTimeout !== undefined && !(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0))
  fail(`--keepAliveTimeout must be a number of milliseconds, not "${options.keepAliveTimeout}"`);

const { parseTrustProxy } = await import("../front/client-address.mjs");
let trustedHops = 0;
try {
  trustedHops = parseTrustProxy(process.env.LINEUP_TRUST_PROXY);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

/** @type {null | { stop(graceMs?: number): Promise<{ cut: number }> }} */
let lineup = null;
/** @type {null | import("node:child_process").ChildProcess} */
let building = null;
let stopping = false;
/** @type {NodeJS.Signals | null} */
let pendingSignal = null;

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  // One Ctrl-C can arrive twice (from the terminal and forwarded by npm): stop once.
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    console.error(`[lineup] still stopping after ${HARD_LIMIT_MS} ms: exiting now`);
    process.exit(1);
  }, HARD_LIMIT_MS).unref();
  if (building) {
    console.log(`[lineup] ${signal} during the build: stopping it`);
    building.kill(signal);
    return; // the build's exit ends this process
  }
  if (!lineup) {
    pendingSignal = signal; // still starting: stopped as soon as it is up (below)
    return;
  }
  console.log(`[lineup] ${signal}: finishing requests in flight, then stopping`);
  lineup
    .stop(GRACE_MS)
    .then(({ cut }) => {
      if (cut > 0) console.error(`[lineup] ${cut} request(s) cut off after ${GRACE_MS} ms`);
      console.log("[lineup] stopped");
      process.exit(0);
    })
    .catch((e) => {
      console.error(`[lineup] while stopping: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
// SIGHUP too: a closed terminal stops the server as cleanly as Ctrl-C.
const SIGNALS = /** @type {const} */ (["SIGTERM", "SIGINT", "SIGHUP"]);
for (const signal of SIGNALS) process.on(signal, stop);

if (!options["no-build"] && !buildIsCurrent()) {
  // Built in a child this process waits for without blocking, so a signal stops the build too.
  console.log("[lineup] no current build: running next build");
  prepareBuildCache();
  building = spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" });
  const code = await new Promise((resolve) => building?.once("close", (c) => resolve(c ?? 1)));
  building = null;
  if (stopping) process.exit(1);
  if (code !== 0) process.exit(Number(code));
}
// A production server: React and Next load their production builds (as `next start` sets it).
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { startFront } = await import("../front/front.mjs");
let started;
try {
  started = await startFront({ dir: root, port, hostname: options.hostname, trustedHops, keepAliveTimeout });
} catch (e) {
  const code = /** @type {{ code?: string }} */ (e).code;
  if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL")
    fail(`cannot listen on ${options.hostname ?? "every interface"} port ${port}: ${code}`);
  throw e;
}
const address = started.server.address();
const shownHost = options.hostname ?? "localhost";
const shownPort = typeof address === "object" && address ? address.port : port;
console.log(
  `[lineup] ready on http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${shownPort} ` +
    `(${path.relative(process.cwd(), root) || "."}; LINEUP_TRUST_PROXY=${trustedHops}: ${
      trustedHops === 0 ? "the socket's address is the client" : `${trustedHops} proxy hop(s) trusted`
    })`,
);
lineup = started;
if (pendingSignal) {
  stopping = false;
  stop(pendingSignal);
}
