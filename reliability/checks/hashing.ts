/**
 * f. Password hashing does not block the server (issue 12 §3.4). The public day page is read
 * with autocannon, first alone, then while CLIENTS clients sign in as fast as they can (each
 * sign-in is one scrypt hash, as a wrong password is). Passes when the page's p99 during the
 * sign-ins stays under HASH_P99_LIMIT_MS, every page is 2xx, and every sign-in was answered 200 (a 429
 * would mean no hash ran: the clients sign in with the right password, so the sign-in limits,
 * which count failures, never stop them).
 */
import autocannon from "autocannon";
import { type Festival, MARKER_DAY } from "@/reliability/fixtures";
import { ADMIN, percentile } from "@/reliability/lib";

export const HASH_P99_LIMIT_MS = 100;

export interface HashingFigures {
  clients: number;
  seconds: number;
  connections: number;
  /** The page alone. */
  aloneP50ms: number;
  aloneP99ms: number;
  aloneRequests: number;
  /** The page while the clients sign in. */
  p50ms: number;
  p99ms: number;
  maxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  signIns: number;
  signInsPerSecond: number;
  signInP50ms: number;
  signInP99ms: number;
  signInStatuses: Record<string, number>;
}

export async function hashingDoesNotBlock(
  base: string,
  f: Festival,
  opts = { clients: 8, seconds: 10, connections: 4 },
): Promise<HashingFigures> {
  const url = `${base}/schedule/${f.slug}/${MARKER_DAY}`;
  // Warm the page (rendered once, then served from memory), then measure it alone.
  await autocannon({ url, connections: 1, duration: 2 });
  const alone = await autocannon({ url, connections: opts.connections, duration: Math.max(3, Math.round(opts.seconds / 2)) });

  let running = true;
  const statuses: Record<string, number> = {};
  const signInMs: number[] = [];
  const client = async () => {
    let cookie = "";
    while (running) {
      const t0 = performance.now();
      let key: string;
      try {
        const res = await fetch(`${base}/api/v1/session`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
          body: JSON.stringify(ADMIN),
          signal: AbortSignal.timeout(30_000),
        });
        await res.text();
        key = String(res.status);
        // Sign in over the previous session each time, so that each sign-in ends the one before.
        const set = /lineup_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "");
        if (set) cookie = `lineup_session=${set[1]}`;
      } catch (e) {
        key = `error: ${(e as Error).message}`;
      }
      signInMs.push(performance.now() - t0);
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
  };
  const clients = Array.from({ length: opts.clients }, () => client());
  await new Promise((r) => setTimeout(r, 500)); // the hashing is under way before the page is measured
  const started = performance.now();
  const busy = await autocannon({ url, connections: opts.connections, duration: opts.seconds });
  running = false;
  await Promise.all(clients);
  const seconds = (performance.now() - started) / 1000;
  const signIns = signInMs.length;
  return {
    clients: opts.clients,
    seconds: Math.round(seconds * 10) / 10,
    connections: opts.connections,
    aloneP50ms: alone.latency.p50,
    aloneP99ms: alone.latency.p99,
    aloneRequests: alone.requests.total,
    p50ms: busy.latency.p50,
    p99ms: busy.latency.p99,
    maxMs: busy.latency.max,
    requests: busy.requests.total,
    non2xx: busy.non2xx,
    errors: busy.errors + busy.timeouts,
    signIns,
    signInsPerSecond: Math.round((signIns / seconds) * 10) / 10,
    signInP50ms: Math.round(percentile(signInMs, 50)),
    signInP99ms: Math.round(percentile(signInMs, 99)),
    signInStatuses: statuses,
  };
}
