/** Shared pieces of the reliability suite: the server under test, a small HTTP client, timing. */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const ADMIN = { email: "reliability-admin@lineup.test", password: "reliability-password-123" };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Lineup as `npm start` runs it (scripts/start.mjs: the front and Next in one process) on loopback, in its own process group (so kill -9 takes all of it). */
export class Server {
  proc: ChildProcess | null = null;
  readonly url: string;
  /** The last lines of the server's output. */
  log: string[] = [];
  /** Lines that look like server-side errors ("[lineup] unexpected error", stack traces). */
  errors: string[] = [];
  exits: { code: number | null; signal: NodeJS.Signals | null; expected: boolean }[] = [];
  private expectingExit = false;

  constructor(
    readonly port: number,
    readonly dbPath: string,
    readonly env: Record<string, string> = {},
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(timeoutMs = 60_000): Promise<number> {
    const started = Date.now();
    this.expectingExit = false;
    // --no-build: the suite built (or was told not to) before it started.
    const proc = spawn(
      process.execPath,
      [path.join(root, "scripts", "start.mjs"), "--no-build", "-p", String(this.port), "-H", "127.0.0.1"],
      {
        cwd: root,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          DATABASE_PATH: this.dbPath,
          PORT: String(this.port),
          LINEUP_ADMIN_EMAIL: ADMIN.email,
          LINEUP_ADMIN_PASSWORD: ADMIN.password,
          LINEUP_DEMO: "1",
          LINEUP_BASE_URL: this.url,
          NEXT_TELEMETRY_DISABLED: "1",
          ...this.env,
        },
      },
    );
    this.proc = proc;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        this.log.push(line);
        if (this.log.length > 400) this.log.splice(0, this.log.length - 400);
        if (/unexpected error|Error:|uncaught|unhandled/i.test(line)) {
          this.errors.push(line.slice(0, 2000));
          if (this.errors.length > 200) this.errors.splice(0, this.errors.length - 200);
        }
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.on("exit", (code, signal) => {
      this.exits.push({ code, signal, expected: this.expectingExit });
      if (this.proc === proc) this.proc = null;
    });
    for (;;) {
      if (!this.proc) throw new Error(`server exited while starting:\n${this.log.slice(-30).join("\n")}`);
      if (Date.now() - started > timeoutMs) throw new Error(`server not healthy after ${timeoutMs} ms:\n${this.log.slice(-30).join("\n")}`);
      if (await this.healthy(1000)) return Date.now() - started;
      await sleep(50);
    }
  }

  async healthy(timeoutMs = 5000): Promise<boolean> {
    try {
      const r = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
      await r.text();
      return r.status === 200;
    } catch {
      return false;
    }
  }

  get running(): boolean {
    return this.proc !== null;
  }

  /** SIGKILL to the whole process group; resolves when the process is gone. */
  async kill9(): Promise<void> {
    await this.end("SIGKILL");
  }

  /** SIGTERM, then SIGKILL after 5 s if the server is still there. */
  async stop(): Promise<void> {
    await this.end("SIGTERM", 5000);
  }

  /** Sends `signal` to the whole process group (then SIGKILL after `killAfterMs`); resolves when the process is gone. */
  private async end(signal: NodeJS.Signals, killAfterMs?: number): Promise<void> {
    const p = this.proc;
    const pid = p?.pid;
    if (!p || pid === undefined) return;
    this.expectingExit = true;
    const gone = new Promise<void>((r) => p.once("exit", () => r()));
    const send = (s: NodeJS.Signals) => {
      try {
        process.kill(-pid, s);
      } catch {
        p.kill(s); // no group (or already gone)
      }
    };
    send(signal);
    const t = killAfterMs === undefined ? undefined : setTimeout(() => send("SIGKILL"), killAfterMs);
    await gone;
    clearTimeout(t);
    this.proc = null;
  }

  /** Crashes: exits nobody asked for. */
  get crashes(): number {
    return this.exits.filter((e) => !e.expected).length;
  }
}

export interface Reply {
  status: number;
  text: string;
  headers: Headers;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (no JSON encoding). */
  raw?: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType?: string | null;
  cookie?: string | null;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

/** An HTTP client for one base URL and (optionally) one session cookie. */
export class Client {
  constructor(
    public base: string,
    public cookie: string | null = null,
  ) {}

  async request(method: string, url: string, o: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    const cookie = o.cookie === undefined ? this.cookie : o.cookie;
    if (cookie) headers.cookie = cookie;
    let body: BodyInit | undefined;
    if (o.raw !== undefined) body = o.raw as BodyInit;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    const ct = o.contentType === undefined ? (body !== undefined ? "application/json" : null) : o.contentType;
    if (ct) headers["content-type"] = ct;
    const init: RequestInit & { duplex?: string } = {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(o.timeoutMs ?? 30_000),
      redirect: "manual",
    };
    if (body instanceof ReadableStream) init.duplex = "half";
    const res = await fetch(url.startsWith("http") ? url : this.base + url, init);
    const text = await res.text();
    return {
      status: res.status,
      text,
      headers: res.headers,
      json() {
        return JSON.parse(text);
      },
    };
  }

  get(url: string, o?: RequestOptions) {
    return this.request("GET", url, o);
  }
  post(url: string, body?: unknown, o?: RequestOptions) {
    return this.request("POST", url, { ...o, body });
  }
  put(url: string, body?: unknown, o?: RequestOptions) {
    return this.request("PUT", url, { ...o, body });
  }
  patch(url: string, body?: unknown, o?: RequestOptions) {
    return this.request("PATCH", url, { ...o, body });
  }

  /** Signs in and keeps the session cookie. */
  async signIn(creds = ADMIN): Promise<string> {
    const res = await fetch(`${this.base}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(creds),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${text}`);
    const set = res.headers.get("set-cookie") ?? "";
    const m = /lineup_session=([^;]+)/.exec(set);
    if (!m) throw new Error(`sign-in gave no cookie: ${set}`);
    this.cookie = `lineup_session=${m[1]}`;
    return this.cookie;
  }
}

/** Throws with the reply when the status is not the expected one. */
export function expectStatus(r: Reply, status: number | number[], what: string): Reply {
  const ok = Array.isArray(status) ? status.includes(r.status) : r.status === status;
  if (!ok) throw new Error(`${what}: expected ${status}, got ${r.status}: ${r.text.slice(0, 500)}`);
  return r;
}

export function fmtMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

export function truncate(s: string, n = 300): string {
  return s.length <= n ? s : `${s.slice(0, n)}… (${s.length} chars)`;
}
