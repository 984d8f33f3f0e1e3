import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { type APIRequestContext, type APIResponse, expect, type Page, request } from "@playwright/test";
import { DEMO_SLUG, E2E_ADMIN, E2E_PORT } from "./constants";

export const baseURL = `http://127.0.0.1:${E2E_PORT}`;

/** An API client signed in as the e2e admin (session cookie kept by the context). */
export async function signedIn(): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post("/api/v1/session", { data: E2E_ADMIN });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

export async function anonymous(): Promise<APIRequestContext> {
  return request.newContext({ baseURL });
}

let counter = 0;
/** A slug no other test uses. */
export function uniqueSlug(prefix = "t"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export interface TestEdition {
  slug: string;
  venueId: number;
  venue2Id: number;
}

/** A Lisbon edition over the night the clocks go back (2026-10-25), with two venues. */
export async function makeEdition(api: APIRequestContext, overrides: Record<string, unknown> = {}): Promise<TestEdition> {
  const slug = uniqueSlug("ed");
  const e = await api.post("/api/v1/editions", {
    data: {
      slug,
      name: `Test ${slug}`,
      firstDay: "2026-10-23",
      lastDay: "2026-10-25",
      timeZone: "Europe/Lisbon",
      dayBreak: "06:00",
      ...overrides,
    },
  });
  expect(e.status(), await e.text()).toBe(201);
  const v1 = await api.post(`/api/v1/editions/${slug}/venues`, { data: { name: "Cinema 1", capacity: 200, changeoverMinutes: 15 } });
  expect(v1.status(), await v1.text()).toBe(201);
  const v2 = await api.post(`/api/v1/editions/${slug}/venues`, { data: { name: "Hall B", capacity: 80, changeoverMinutes: 0 } });
  expect(v2.status()).toBe(201);
  return { slug, venueId: (await v1.json()).id, venue2Id: (await v2.json()).id };
}

export async function makeFilm(api: APIRequestContext, data: Record<string, unknown>): Promise<number> {
  const res = await api.post("/api/v1/films", { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

export async function makeSlot(api: APIRequestContext, slug: string, venueId: number, startsAt: string, endsAt: string) {
  const res = await api.post(`/api/v1/editions/${slug}/slots`, { data: { venueId, startsAt, endsAt } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** Signs the page in through the login form as the e2e admin and lands on the editions list. */
export async function logIn(page: Page, next = "/admin") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (next === "/admin") await expect(page.getByRole("heading", { name: "Editions" })).toBeVisible();
}

/**
 * The e2e server's own SQLite file, opened beside the server (WAL: safe while it runs), for
 * tests that need data the API refuses to store (what an older version or an import left).
 */
export async function serverDatabase(): Promise<import("better-sqlite3").Database> {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set (playwright.config.ts sets it for the workers)");
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}

export interface AddressedReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads replies loosely, as Playwright's own json() does
  json(): any;
}

/**
 * Requests that reach Lineup from the client address `address`: the socket is bound to that
 * address (any 127.0.0.0/8 address is this machine's loopback), so the server sees it as the
 * socket's peer, exactly as it would see another machine, with or without the front that
 * `npm start` runs. `headers` go out as they are (e.g. a forged X-Forwarded-For).
 * The one source of client addresses for the sign-in limit tests.
 */
export function fromAddress(address: string) {
  const target = new URL(baseURL);
  const send = (method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<AddressedReply>((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: urlPath,
          method,
          localAddress: address,
          agent: false,
          headers: { ...(payload ? { "content-type": "application/json", "content-length": String(payload.length) } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error(`no answer in 30 s: ${method} ${urlPath}`)));
      req.on("error", reject);
      req.end(payload);
    });
  return {
    address,
    request: send,
    get: (urlPath: string, headers?: Record<string, string>) => send("GET", urlPath, undefined, headers),
    post: (urlPath: string, body: unknown, headers?: Record<string, string>) => send("POST", urlPath, body, headers),
    /** POST /api/v1/session from this address. */
    signIn: (credentials: { email: string; password: string }, headers?: Record<string, string>) =>
      send("POST", "/api/v1/session", credentials, headers),
  };
}

/** Every route and method under app/api, found by walking the folder (path parameters filled with `1` and the demo slug). */
export function apiRoutes(): { file: string; url: string; method: string }[] {
  const apiDir = path.resolve(__dirname, "../app/api");
  const out: { file: string; url: string; method: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "route.ts") {
        const url = `/api/${path
          .relative(apiDir, path.dirname(p))
          .split(path.sep)
          .map((seg) => (seg === "[slug]" ? DEMO_SLUG : /^\[.+\]$/.test(seg) ? "1" : seg))
          .join("/")}`;
        for (const m of fs.readFileSync(p, "utf8").matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g))
          out.push({ file: path.relative(apiDir, p), url, method: m[1] ?? "GET" });
      }
    }
  };
  walk(apiDir);
  return out;
}

/** A signed-in API client, a fresh edition, and a tag unique to this test (titles carry it, the board's search finds them). */
export async function freshEdition(prefix: string) {
  const api = await signedIn();
  const ed = await makeEdition(api);
  return { api, ed, tag: uniqueSlug(prefix) };
}

/** GETs `url` and expects 200; the response. */
export async function getOk(api: APIRequestContext, url: string): Promise<APIResponse> {
  const res = await api.get(url);
  expect(res.status(), url).toBe(200);
  return res;
}
