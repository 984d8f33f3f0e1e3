import fs from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { DEMO_SLUG, E2E_ADMIN } from "@/e2e/constants";
import { anonymous, baseURL, signedIn, uniqueSlug } from "@/e2e/helpers";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";

/**
 * Every route under app/api, found by walking the folder: each mutation refuses the public
 * (401) and an under-privileged caller (403); each read of unreleased data refuses the public.
 * A new route without a check fails here.
 */
const API_DIR = path.resolve(__dirname, "../../app/api");

interface RouteMethod {
  file: string;
  url: string;
  method: string;
}

function routes(): RouteMethod[] {
  const out: RouteMethod[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "route.ts") {
        const text = fs.readFileSync(p, "utf8");
        const url =
          "/api/" +
          path
            .relative(API_DIR, path.dirname(p))
            .split(path.sep)
            .map((seg) => (seg === "[slug]" ? DEMO_SLUG : /^\[.+\]$/.test(seg) ? "1" : seg))
            .join("/");
        for (const [, method] of text.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g))
          if (method) out.push({ file: path.relative(API_DIR, p), url, method });
      }
    }
  };
  walk(API_DIR);
  return out;
}

/** Public by design (with the reason). */
const PUBLIC: Record<string, string> = {
  "GET /api/health": "health check for load balancers",
  "POST /api/v1/session": "signing in",
  "DELETE /api/v1/session": "signing out needs no session",
  "GET /api/v1/openapi.json": "the API description",
  [`GET /api/v1/editions/${DEMO_SLUG}/schedule`]: "the released schedule is public",
  [`GET /api/v1/editions/${DEMO_SLUG}/releases`]: "the changelog of releases is public",
  [`GET /api/v1/editions/${DEMO_SLUG}/planner`]: "the audience's planner reads the released schedule",
};
/** Any signed-in user, whatever their role (their own things). */
const SELF_SERVICE: Record<string, string> = {
  "GET /api/v1/tokens": "your own tokens",
  "POST /api/v1/tokens": "your own tokens (capped at your role)",
  "DELETE /api/v1/tokens/1": "your own tokens",
};

/**
 * The bodies every route is sent: a well-formed one, malformed JSON and text that is not JSON.
 * A route must refuse the caller (401/403) before it reads a byte of any of them: one that
 * parses first answers 400 (or 415) to the public and fails here.
 */
const BODIES = {
  "a well-formed body": (r: RouteMethod) =>
    r.url.endsWith("/import") ? { headers: { "content-type": "text/plain" }, data: "Title: X" } : { data: {} },
  "malformed JSON": () => ({ headers: { "content-type": "application/json" }, data: '{"title": "x", ' }),
  "text that is not JSON": () => ({ headers: { "content-type": "text/plain" }, data: "\u0000\uffff not json {" }),
} as const;
type BodyKind = keyof typeof BODIES;

async function send(api: APIRequestContext, r: RouteMethod, body: BodyKind = "a well-formed body") {
  return api.fetch(r.url, { method: r.method, ...BODIES[body](r) });
}

async function userContext(role: string): Promise<APIRequestContext> {
  const admin = await signedIn();
  const email = `${uniqueSlug(role)}@lineup.test`;
  const res = await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role } });
  expect(res.status(), await res.text()).toBe(201);
  const ctx = await request.newContext({ baseURL });
  expect((await ctx.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
  return ctx;
}

test.describe("authorisation of every API route", () => {
  const all = routes();

  test("the walk finds the routes", () => {
    expect(all.length).toBeGreaterThan(25);
  });

  test("the public gets 401 from every route that is not public by design, before its body is read", async () => {
    const anon = await anonymous();
    const failures: string[] = [];
    for (const body of Object.keys(BODIES) as BodyKind[])
      for (const r of all) {
        const key = `${r.method} ${r.url}`;
        if (PUBLIC[key]) continue;
        const res = await send(anon, r, body);
        if (res.status() !== 401) failures.push(`${key} with ${body} -> ${res.status()} (${r.file})`);
      }
    expect(failures).toEqual([]);
  });

  test("a viewer gets 403 from every mutation, before its body is read (and a programmer from publishing and admin routes)", async () => {
    const viewer = await userContext("viewer");
    const failures: string[] = [];
    for (const body of Object.keys(BODIES) as BodyKind[])
      for (const r of all.filter((x) => x.method !== "GET")) {
        const key = `${r.method} ${r.url}`;
        if (PUBLIC[key] || SELF_SERVICE[key]) continue;
        const res = await send(viewer, r, body);
        if (res.status() !== 403) failures.push(`${key} with ${body} -> ${res.status()} (${r.file})`);
      }
    expect(failures).toEqual([]);
    const programmer = await userContext("programmer");
    const adminOnly: [method: string, url: string][] = [
      ["POST", `/api/v1/editions/${DEMO_SLUG}/releases`],
      ["POST", "/api/v1/users"],
      ["PATCH", "/api/v1/users/1"],
      ["POST", "/api/v1/editions"],
      ["PATCH", `/api/v1/editions/${DEMO_SLUG}`],
    ];
    for (const [method, url] of adminOnly)
      expect((await programmer.fetch(url, { method, data: {} })).status(), `${method} ${url}`).toBe(403);
    // A programmer may draft a scenario and undo a draft (issue 16 §2): past the authorisation, to the body or the scenario.
    for (const url of [`/api/v1/editions/${DEMO_SLUG}/scenarios/1/draft`, `/api/v1/editions/${DEMO_SLUG}/scenarios/1/draft/undo`])
      expect([400, 404], url).toContain((await programmer.post(url, { data: {} })).status());
  });
});

test.describe("copy a day and swap venues (issue 16 §3)", () => {
  test("a viewer gets 403 with a real festival day and body; a programmer is let through to the checks", async () => {
    const viewer = await userContext("viewer");
    const programmer = await userContext("programmer");
    const calls: [url: string, data: Record<string, unknown>][] = [
      [`/api/v1/editions/${DEMO_SLUG}/days/2026-10-23/copy`, { toDay: "2026-10-24", withScreenings: true, venueIds: [99999999] }],
      [`/api/v1/editions/${DEMO_SLUG}/days/2026-10-24/copy/undo`, { slots: [{ id: 99999999, version: 1, screeningVersion: null }] }],
      [`/api/v1/editions/${DEMO_SLUG}/venues/swap`, { day: "2026-10-23", venueA: 99999998, venueB: 99999999 }],
    ];
    for (const [url, data] of calls) {
      expect((await viewer.post(url, { data })).status(), url).toBe(403);
      // unknown ids: a 400 naming them, after the programmer was authorised (nothing written)
      expect((await programmer.post(url, { data })).status(), url).toBe(400);
    }
  });
});

test.describe("roles per edition, tokens, sessions, rate limit", () => {
  test("a role given for one edition applies there only", async () => {
    const admin = await signedIn();
    const other = uniqueSlug("ed");
    expect(
      (
        await admin.post("/api/v1/editions", {
          data: { slug: other, name: "Other", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" },
        })
      ).status(),
    ).toBe(201);
    const email = `${uniqueSlug("prog")}@lineup.test`;
    const created = await (await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role: "viewer" } })).json();
    expect((await admin.patch(`/api/v1/users/${created.id}`, { data: { editionRoles: { [other]: "programmer" } } })).status()).toBe(200);
    const ctx = await request.newContext({ baseURL });
    expect((await ctx.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    expect((await ctx.post(`/api/v1/editions/${other}/venues`, { data: { name: "Hall" } })).status()).toBe(201);
    expect((await ctx.post(`/api/v1/editions/${DEMO_SLUG}/venues`, { data: { name: "Hall" } })).status()).toBe(403);
    // The change is in the audit log, with who made it.
    const audit = await (await admin.get(`/api/v1/audit?edition=${other}&entity=venue`)).json();
    expect(audit.entries[0]).toMatchObject({ action: "create", entity: "venue", userEmail: email, summary: "Hall" });
  });

  test("API tokens: shown once, stored hashed, capped to their role, revocable", async () => {
    const admin = await signedIn();
    const res = await admin.post("/api/v1/tokens", { data: { name: "script", role: "viewer" } });
    expect(res.status()).toBe(201);
    const { token, id } = await res.json();
    expect(token).toMatch(/^lineup_/);
    const list = await (await admin.get("/api/v1/tokens")).json();
    expect(JSON.stringify(list)).not.toContain(token);
    const bot = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    expect((await bot.get(`/api/v1/editions/${DEMO_SLUG}/conflicts`)).status()).toBe(200);
    expect((await bot.post("/api/v1/films", { data: { title: "By a viewer token" } })).status()).toBe(403);
    expect((await admin.delete(`/api/v1/tokens/${id}`)).status()).toBe(204);
    expect((await bot.get(`/api/v1/editions/${DEMO_SLUG}/conflicts`)).status()).toBe(401);
    const bogus = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: "Bearer lineup_nope" } });
    expect((await bogus.get("/api/v1/films")).status()).toBe(401);
  });

  test("sign-in rotates the session; sign out everywhere ends every session; disabling a user ends theirs", async () => {
    const admin = await signedIn();
    const email = `${uniqueSlug("s")}@lineup.test`;
    const u = await (await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role: "programmer" } })).json();
    const a = await request.newContext({ baseURL });
    const b = await request.newContext({ baseURL });
    const cookieOf = async (ctx: APIRequestContext) => (await ctx.storageState()).cookies.find((c) => c.name === "lineup_session")?.value;
    expect((await a.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    const first = await cookieOf(a);
    expect((await a.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    expect(await cookieOf(a)).not.toBe(first);
    const stale = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: `lineup_session=${first}` } });
    expect((await stale.get("/api/v1/films")).status()).toBe(401);
    expect((await b.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    expect((await a.delete("/api/v1/session?everywhere=true")).status()).toBe(200);
    expect((await b.get("/api/v1/films")).status()).toBe(401);
    expect((await b.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
    expect((await admin.patch(`/api/v1/users/${u.id}`, { data: { disabled: true } })).status()).toBe(200);
    expect((await b.get("/api/v1/films")).status()).toBe(401);
    expect((await b.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(401);
  });

  test("sign-in is rate-limited per account: 10 tries per 15 minutes, with a clear message", async () => {
    const admin = await signedIn();
    const email = `${uniqueSlug("rl")}@lineup.test`;
    expect((await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role: "viewer" } })).status()).toBe(201);
    const ctx = await anonymous();
    for (let i = 0; i < 10; i++)
      expect((await ctx.post("/api/v1/session", { data: { email, password: "wrong-password" } })).status()).toBe(401);
    const blocked = await ctx.post("/api/v1/session", { data: { email, password: "a-long-password-1" } });
    expect(blocked.status()).toBe(429);
    expect((await blocked.json()).error.message).toMatch(
      /Too many sign-in attempts for this account from your address; try again in \d+ minutes?/,
    );
    // Another account is not affected.
    expect((await ctx.post("/api/v1/session", { data: E2E_ADMIN })).status()).toBe(200);
  });

  test("security headers: CSP with a nonce on dynamic pages, only the planner's toggle on cached public pages", async () => {
    const anon = await anonymous();
    const login = await anon.get("/login");
    const csp = login.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await login.text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
    expect(login.headers()["x-content-type-options"]).toBe("nosniff");
    expect(login.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const day = await anon.get(`/schedule/${DEMO_SLUG}/2026-10-23`);
    const dayCsp = day.headers()["content-security-policy"] ?? "";
    expect(dayCsp).toContain(`script-src '${PLANNER_SCRIPT_HASH}';`);
    expect(dayCsp).not.toMatch(/script-src[^;]*('self'|'nonce-|'unsafe)/);
    // the one script tag left on a cached page is the toggle's, with the integrity the policy names
    const tags = (await day.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag).toContain('src="/planner.js"');
      expect(tag).toContain(`integrity="${PLANNER_SCRIPT_HASH}"`);
    }
    // the planner's API is public: no session, a plan for the demo's films
    const plan = await anon.get(`/api/v1/editions/${DEMO_SLUG}/planner?films=1`);
    expect(plan.status()).toBe(200);
  });
});
