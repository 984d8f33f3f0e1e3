import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "@/e2e/constants";
import { freePort, type Lineup, startLineup } from "@/e2e/lineup-process";

/**
 * Issue 12 §2 and §3.2, from outside: `npm start` as an operator runs it, on its own temporary
 * database and free port (the suite's build, not the suite's server).
 * - PORT is kept, -p and -H pass through as `next start` does;
 * - SIGTERM to the npm process while a request is in flight: the request completes, then the
 *   whole process tree is gone and the port free within 5 s, and no -wal with content is left;
 * - LINEUP_TRUST_PROXY: a client's X-Forwarded-For is ignored when unset and honoured with 1
 *   (seen through the sign-in limit per address);
 * - signed-out visits to the programmers' pages log no stack trace;
 * - (issue 12 §5) an oversized body streamed without Content-Length gets its answer read.
 */

const _ROOT = path.resolve(__dirname, "..", "..");
const LIMIT_IP = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `npm start` on a temporary database, with the limits these tests count on. */
function npmStart(args: string[], env: Record<string, string>, port: number): Promise<Lineup> {
  return startLineup(
    args,
    {
      LINEUP_ADMIN_EMAIL: "start-admin@lineup.test",
      LINEUP_ADMIN_PASSWORD: "start-password-123",
      LINEUP_LOGIN_LIMIT_IP: String(LIMIT_IP),
      LINEUP_LOGIN_LIMIT_ACCOUNT: "1000",
      ...env,
    },
    port,
  );
}

/** The pids of `pid` and every descendant, from /proc. */
function tree(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) for (const [p, pp] of parentOf) if (pp === all[i]) all.push(p);
  return all;
}

const alive = (pid: number) => {
  try {
    return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/** Local addresses (hex, as /proc/net/tcp writes them) listening on `port`. */
function listeners(port: number): string[] {
  const out: string[] = [];
  for (const f of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = fs.existsSync(f) ? fs.readFileSync(f, "utf8") : "";
    for (const line of text.split("\n").slice(1)) {
      const c = line.trim().split(/\s+/);
      const [addr, hexPort] = (c[1] ?? "").split(":");
      if (hexPort && parseInt(hexPort, 16) === port && c[3] === "0A" && addr) out.push(addr);
    }
  }
  return out;
}

function signIn(base: string, email: string, forwardedFor?: string) {
  return fetch(`${base}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ email, password: "wrong-password" }),
  }).then((r) => r.status);
}

test.describe("npm start", () => {
  test.describe.configure({ timeout: 240_000 });

  test("keeps PORT, passes -H; ignores a client's X-Forwarded-For; logs no stack for signed-out visits; SIGTERM mid-request stops the whole tree cleanly", async () => {
    const port = await freePort();
    const s = await npmStart(["-H", "127.0.0.1"], { PORT: String(port) }, port);
    let stopped = false;
    try {
      // PORT kept, -H 127.0.0.1 passed through: one listener, on loopback only.
      expect(listeners(port)).toEqual(["0100007F"]);

      // LINEUP_TRUST_PROXY unset: a new X-Forwarded-For per attempt does not escape the limit per address.
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT_IP + 2; i++) statuses.push(await signIn(s.base, `nobody-${i}@lineup.test`, `198.51.100.${i + 1}`));
      expect(statuses.slice(0, LIMIT_IP)).toEqual(Array(LIMIT_IP).fill(401));
      expect(statuses).toContain(429);

      // Signed-out visits to the programmers' pages: redirected, and not one stack trace in the log.
      for (const p of [
        "/admin",
        "/admin/films/1",
        "/admin/users",
        "/admin/tokens",
        "/admin/audit",
        "/admin/editions/picket-line-2026/publish",
      ]) {
        const r = await fetch(s.base + p, { redirect: "manual" });
        expect(r.status, p).toBe(307);
        expect(r.headers.get("location"), p).toMatch(/\/login\?next=/);
        const withBadCookie = await fetch(s.base + p, { redirect: "manual", headers: { cookie: "lineup_session=not-a-session" } });
        expect(withBadCookie.status, p).toBe(307);
      }
      await sleep(300);
      expect(s.output()).not.toMatch(/^\s+at /m);
      expect(s.output()).not.toContain("Sign in first");

      // A WAL with content exists while the server runs (the demo festival was just written).
      expect(fs.statSync(`${s.db}-wal`).size).toBeGreaterThan(0);

      // A request in flight: the sign-in body arrives in two halves, SIGTERM between them.
      const pids = tree(s.npm.pid ?? -1);
      expect(pids.length).toBeGreaterThanOrEqual(2);
      const body = JSON.stringify({ email: "slow@lineup.test", password: "wrong-password" });
      const req = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/session",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on("error", reject);
      });
      req.write(body.slice(0, 10));
      await sleep(300);
      const exited = new Promise((r) => s.npm.once("exit", r));
      const t0 = Date.now();
      s.npm.kill("SIGTERM");
      await sleep(300);
      // Stopping: no new connection is accepted...
      await expect(fetch(`${s.base}/api/health`)).rejects.toThrow();
      // ...and the request in flight gets its answer.
      req.end(body.slice(10));
      const answered = await reply;
      // (429: this socket address used up its sign-in attempts above; an answer all the same)
      expect([401, 429]).toContain(answered.status);
      expect(JSON.parse(answered.text).error.code).toMatch(/^(unauthorized|rate_limited)$/);

      await Promise.race([exited, sleep(5000)]);
      stopped = true;
      const took = Date.now() - t0;
      expect(took).toBeLessThan(5000);
      expect(pids.filter(alive)).toEqual([]);
      expect(listeners(port)).toEqual([]);
      const wal = `${s.db}-wal`;
      expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
      expect(s.output()).toContain("SIGTERM");
    } finally {
      if (!stopped) for (const pid of tree(s.npm.pid ?? -1).reverse()) process.kill(pid, "SIGKILL");
    }
  });

  test("-p wins over PORT; LINEUP_TRUST_PROXY=1 honours the proxy's X-Forwarded-For", async () => {
    const port = await freePort();
    const s = await npmStart(["-p", String(port), "-H", "127.0.0.1"], { PORT: "1", LINEUP_TRUST_PROXY: "1" }, port);
    try {
      expect(listeners(port)).toEqual(["0100007F"]);
      // One address per attempt, as a trusted proxy reports them: no limit reached.
      const distinct: number[] = [];
      for (let i = 0; i < LIMIT_IP + 2; i++) distinct.push(await signIn(s.base, `someone-${i}@lineup.test`, `6.6.6.6, 203.0.113.${i + 1}`));
      expect(distinct).toEqual(Array(LIMIT_IP + 2).fill(401));
      // The same client address behind the proxy (left-hand entries forged anew each time): limited.
      const same: number[] = [];
      for (let i = 0; i < LIMIT_IP + 1; i++) same.push(await signIn(s.base, `other-${i}@lineup.test`, `10.9.9.${i}, 192.0.2.77`));
      expect(same.slice(0, LIMIT_IP)).toEqual(Array(LIMIT_IP).fill(401));
      expect(same[LIMIT_IP]).toBe(429);
    } finally {
      const exited = new Promise((r) => s.npm.once("exit", r));
      s.npm.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      expect(s.npm.exitCode).toBe(0);
    }
  });
});

/** Streams `bytes` with no Content-Length (chunked), on a connection of its own; the answer read, or the error. */
function upload(port: number, method: string, urlPath: string, bytes: number) {
  return new Promise<{ status?: number; text?: string; error?: string }>((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: urlPath,
        agent: false,
        headers: { "content-type": "application/json", "transfer-encoding": "chunked", connection: "close" },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", (e) => resolve({ error: e.message }));
    const chunk = Buffer.from(`{"title":"${"x".repeat(64 * 1024)}`);
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test("an oversized body streamed without Content-Length gets its answer read, never a reset (issue 12 §5)", async () => {
  for (let i = 0; i < 5; i++) {
    // Read until the limit, then refused: 413 payload_too_large.
    const big = await upload(E2E_PORT, "POST", "/api/v1/session", 2 * 1024 * 1024);
    expect(big.error).toBeUndefined();
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text ?? "{}").error.code).toBe("payload_too_large");
    // Refused before the body is read at all (a DELETE never reads one).
    const unread = await upload(E2E_PORT, "DELETE", "/api/v1/films/1", 2 * 1024 * 1024);
    expect(unread.error).toBeUndefined();
    expect(unread.status).toBe(401);
  }
});
