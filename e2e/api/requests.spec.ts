import http from "node:http";
import { type APIRequestContext, type APIResponse, expect, request, test } from "@playwright/test";
import { DEMO_SLUG, E2E_ADMIN, E2E_ALLOWED_ORIGIN, E2E_PORT } from "@/e2e/constants";
import { anonymous, baseURL, getOk, makeEdition, signedIn, uniqueSlug } from "@/e2e/helpers";
import { freePort, startLineup } from "@/e2e/lineup-process";

/**
 * Issue 12 §3, requests from outside: cross-site writes (5), feed links and the Host header (9),
 * /api/docs and HSTS (10), unreleased editions (11). (12, authorising before reading a body,
 * is in authz.spec.ts, which sends every route malformed bodies.)
 */

const SITE = baseURL; // the e2e server's own origin (LINEUP_BASE_URL)
const SIBLING_PORT = `http://127.0.0.1:${E2E_PORT + 1}`;
const EVIL = "https://evil.example";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly these headers, Host included (Playwright's client sets Host and Content-Type itself). */
function rawRequest(port: number, method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const rawGet = (port: number, pathname: string, headers: Record<string, string>) => rawRequest(port, "GET", pathname, headers);

async function tokenClient(admin: APIRequestContext): Promise<APIRequestContext> {
  const res = await admin.post("/api/v1/tokens", { data: { name: uniqueSlug("bot"), role: "programmer" } });
  expect(res.status(), await res.text()).toBe(201);
  const { token } = await res.json();
  return request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
}

async function filmTitles(admin: APIRequestContext, q: string): Promise<string[]> {
  const res = await getOk(admin, `/api/v1/films?q=${encodeURIComponent(q)}`);
  return ((await res.json()).films as { title: string }[]).map((f) => f.title);
}

async function expectBadOrigin(res: APIResponse, what: string) {
  expect(res.status(), `${what}: ${await res.text()}`).toBe(403);
  expect((await res.json()).error.code, what).toBe("bad_origin");
}

test.describe("cross-site requests with a session cookie (issue 12 §3.5)", () => {
  test("a page on another site cannot write with the admin's cookie: text/plain and form posts, users, releases and films", async () => {
    const admin = await signedIn();
    const email = `${uniqueSlug("csrf")}@lineup.test`;
    const title = uniqueSlug("CSRF film");
    const releasesBefore = (await (await admin.get(`/api/v1/editions/${DEMO_SLUG}/releases`)).json()).releases.length;

    // <form enctype="text/plain"> with one field named `{"email":...,"name":"` and value `"}` sends valid JSON.
    const asTextPlain = `{"email":"${email}","password":"a-long-password-1","role":"admin","name":"="}`;
    await expectBadOrigin(
      await admin.post("/api/v1/users", { headers: { origin: EVIL, "content-type": "text/plain" }, data: asTextPlain }),
      "text/plain POST /api/v1/users role admin",
    );
    await expectBadOrigin(
      await admin.post("/api/v1/users", {
        headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
        data: asTextPlain,
      }),
      "form-encoded POST /api/v1/users role admin",
    );
    // An empty form post publishes a release (the note is optional).
    await expectBadOrigin(
      await admin.post(`/api/v1/editions/${DEMO_SLUG}/releases`, {
        headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
        data: "",
      }),
      "form-encoded POST releases",
    );
    await expectBadOrigin(
      await admin.post("/api/v1/films", {
        headers: { origin: EVIL, "content-type": "text/plain" },
        data: `{"title":"${title}","synopsis":"="}`,
      }),
      "text/plain POST films",
    );
    // From a sibling port of the same host (another origin), even with a proper JSON body.
    await expectBadOrigin(await admin.post("/api/v1/films", { headers: { origin: SIBLING_PORT }, data: { title } }), "sibling port");
    // The same host over the other scheme is another origin too.
    await expectBadOrigin(
      await admin.post("/api/v1/films", { headers: { origin: SITE.replace("http:", "https:") }, data: { title } }),
      "https",
    );
    // Without Origin, the browser's Sec-Fetch-Site decides: same-site (a sibling port) and cross-site are refused.
    for (const site of ["same-site", "cross-site"])
      await expectBadOrigin(await admin.post("/api/v1/films", { headers: { "sec-fetch-site": site }, data: { title } }), site);
    await expectBadOrigin(await admin.post("/api/v1/films", { headers: { origin: "null" }, data: { title } }), "Origin: null");
    // Other methods too.
    await expectBadOrigin(await admin.patch("/api/v1/films/1", { headers: { origin: EVIL }, data: { title } }), "PATCH");
    await expectBadOrigin(
      await admin.put(`/api/v1/editions/${DEMO_SLUG}/slots/1/screening`, { headers: { origin: EVIL }, data: {} }),
      "PUT",
    );
    await expectBadOrigin(await admin.delete("/api/v1/films/1", { headers: { origin: EVIL } }), "DELETE");
    await expectBadOrigin(await admin.delete("/api/v1/session?everywhere=true", { headers: { origin: EVIL } }), "sign out everywhere");

    // Nothing was written.
    const users = (await (await admin.get("/api/v1/users")).json()).users as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain(email);
    expect(await filmTitles(admin, title)).toEqual([]);
    expect((await (await admin.get(`/api/v1/editions/${DEMO_SLUG}/releases`)).json()).releases).toHaveLength(releasesBefore);
    expect((await admin.get("/api/v1/films/1")).status()).toBe(200);
  });

  test("signing in from another site's page is refused too (no cookie is set)", async () => {
    const anon = await anonymous();
    const res = await anon.post("/api/v1/session", { headers: { origin: EVIL }, data: E2E_ADMIN });
    await expectBadOrigin(res, "cross-site sign-in");
    expect(res.headers()["set-cookie"]).toBeUndefined();
    expect((await anon.post("/api/v1/session", { headers: { origin: SITE }, data: E2E_ADMIN })).status()).toBe(200);
  });

  test("a server action posted from another site is refused with 403, not run", async () => {
    const admin = await signedIn();
    for (const p of ["/admin", "/login", `/schedule/${DEMO_SLUG}/changes`, "/no/such/page"]) {
      const res = await admin.post(p, {
        headers: { origin: EVIL, "next-action": "0".repeat(42), "content-type": "text/plain" },
        data: "[]",
      });
      await expectBadOrigin(res, `server action at ${p}`);
    }
  });

  test("same-origin pages, LINEUP_ALLOWED_ORIGINS, scripts without Origin and bearer tokens are accepted", async () => {
    const admin = await signedIn();
    const stem = uniqueSlug("Origin ok");
    const ok = async (res: APIResponse, what: string) => expect(res.status(), `${what}: ${await res.text()}`).toBe(201);
    await ok(await admin.post("/api/v1/films", { headers: { origin: SITE }, data: { title: `${stem} same origin` } }), "same origin");
    await ok(
      await admin.post("/api/v1/films", {
        headers: { origin: SITE, "content-type": "application/json; charset=utf-8" },
        data: JSON.stringify({ title: `${stem} charset` }),
      }),
      "same origin, JSON with charset",
    );
    await ok(
      await admin.post("/api/v1/films", { headers: { "sec-fetch-site": "same-origin" }, data: { title: `${stem} fetch metadata` } }),
      "Sec-Fetch-Site",
    );
    await ok(
      await admin.post("/api/v1/films", { headers: { origin: E2E_ALLOWED_ORIGIN }, data: { title: `${stem} allowed` } }),
      "allowed origin",
    );
    await expectBadOrigin(
      await admin.post("/api/v1/films", { headers: { origin: E2E_ALLOWED_ORIGIN.replace("https:", "http:") }, data: { title: stem } }),
      "allowed host over http",
    );
    await ok(await admin.post("/api/v1/films", { data: { title: `${stem} script` } }), "no Origin, no Sec-Fetch-Site (a script)");
    const bot = await tokenClient(admin);
    await ok(await bot.post("/api/v1/films", { headers: { origin: EVIL }, data: { title: `${stem} bearer` } }), "bearer token");
    expect((await filmTitles(admin, stem)).sort()).toEqual(
      ["allowed", "bearer", "charset", "fetch metadata", "same origin", "script"].map((s) => `${stem} ${s}`).sort(),
    );
  });

  test("JSON routes take application/json only (415); the import keeps its text types", async () => {
    const admin = await signedIn();
    const title = uniqueSlug("Media");
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
    ]) {
      const res = await admin.post("/api/v1/films", {
        headers: { origin: SITE, "content-type": contentType },
        data: JSON.stringify({ title }),
      });
      expect(res.status(), contentType).toBe(415);
      expect((await res.json()).error.code).toBe("unsupported_media_type");
    }
    const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const noType = await rawRequest(E2E_PORT, "POST", "/api/v1/films", { cookie }, JSON.stringify({ title }));
    expect(noType.status, "a body without Content-Type").toBe(415);
    expect(await filmTitles(admin, title)).toEqual([]);
    // A POST without any body still reads as {} (publishing without a note).
    const edition = await makeEdition(admin);
    expect((await admin.post(`/api/v1/editions/${edition.slug}/releases`)).status()).toBe(201);
    // The import takes pasted text as the README says.
    const imp = await admin.post("/api/v1/films/import?dryRun=true", {
      headers: { origin: SITE, "content-type": "text/plain; charset=utf-8" },
      data: `Title: ${title}\nRun Time: 90 minutes\n`,
    });
    expect(imp.status(), await imp.text()).toBe(200);
  });
});

/* ---------- 9: feed links ---------- */

const POISON = {
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "8443",
  forwarded: "host=evil.example;proto=https",
};
const FEEDS = ["schedule.ics", "schedule.xml", "schedule.json", "venues/cinema-paradiso.ics"];

test.describe("absolute links in feeds (issue 12 §3.9)", () => {
  test("a feed asked for with a poisoned Host / X-Forwarded-Host links only to LINEUP_PUBLIC_URL", async () => {
    const venues = (await (await (await anonymous()).get(`/api/v1/editions/${DEMO_SLUG}/schedule`)).json()).days.flatMap(
      (d: { screenings: { venue: { slug: string } }[] }) => d.screenings.map((s) => s.venue.slug),
    );
    const feeds = FEEDS.map((f) => (f.startsWith("venues/") ? `venues/${venues[0]}.ics` : f));
    for (const feed of feeds) {
      const url = `/schedule/${DEMO_SLUG}/${feed}`;
      const poisoned = await rawGet(E2E_PORT, url, POISON);
      expect(poisoned.status, url).toBe(200);
      expect(poisoned.body, url).not.toContain("evil.example");
      expect(poisoned.body, url).toContain(`${SITE}/schedule/${DEMO_SLUG}`);
      const clean = await rawGet(E2E_PORT, url, {});
      expect(poisoned.headers.etag, url).toBe(clean.headers.etag);
      expect(poisoned.body, url).toBe(clean.body);
    }
  });

  test("without LINEUP_PUBLIC_URL, links point at http://localhost:{PORT}, with one warning line at start and one on the publish page", async () => {
    test.setTimeout(120_000);
    const port = await freePort();
    const lineup = await startLineup(
      ["-H", "127.0.0.1"],
      {
        PORT: String(port),
        LINEUP_DEMO: "1",
        LINEUP_ADMIN_EMAIL: E2E_ADMIN.email,
        LINEUP_ADMIN_PASSWORD: E2E_ADMIN.password,
        LINEUP_PUBLIC_URL: undefined,
        LINEUP_BASE_URL: undefined,
        LINEUP_ALLOWED_ORIGINS: undefined,
      },
      port,
    );
    try {
      const feed = await rawGet(port, `/schedule/${DEMO_SLUG}/schedule.ics`, POISON);
      expect(feed.status).toBe(200);
      expect(feed.body).not.toContain("evil.example");
      expect(feed.body).toContain(`http://localhost:${port}/schedule/${DEMO_SLUG}`);
      const warnings = lineup
        .output()
        .split("\n")
        .filter((l) => l.includes("LINEUP_PUBLIC_URL is not set"));
      expect(warnings, lineup.output()).toHaveLength(1);
      expect(warnings[0]).toContain(`http://localhost:${port}`);
      // The publish page says it too (and the e2e server, which has a public URL, does not).
      const ctx = await request.newContext({ baseURL: lineup.base });
      expect((await ctx.post("/api/v1/session", { data: E2E_ADMIN })).status()).toBe(200);
      const page = await (await ctx.get(`/admin/editions/${DEMO_SLUG}/publish`)).text();
      expect(page).toContain("LINEUP_PUBLIC_URL is not set");
      const configured = await (await (await signedIn()).get(`/admin/editions/${DEMO_SLUG}/publish`)).text();
      expect(configured).toContain("Publish release");
      expect(configured).not.toContain("LINEUP_PUBLIC_URL is not set");
    } finally {
      await lineup.stop();
    }
  });
});

/* ---------- 10: /api/docs and HSTS ---------- */

test.describe("/api/docs and HSTS (issue 12 §3.10)", () => {
  test("/api/docs sends a CSP and is cached for at most a day, never immutable", async () => {
    const res = await getOk(await anonymous(), "/api/docs");
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const cache = res.headers()["cache-control"] ?? "";
    expect(cache).not.toContain("immutable");
    const ages = [...cache.matchAll(/(?:s-)?max-age=(\d+)/g)].map((m) => Number(m[1]));
    expect(ages.length, cache).toBeGreaterThan(0);
    for (const age of ages) expect(age, cache).toBeLessThanOrEqual(86_400);
  });

  test("Strict-Transport-Security over https (X-Forwarded-Proto from a trusted proxy), never over plain http", async () => {
    test.setTimeout(120_000);
    // The front passes X-Forwarded-Proto on only from a proxy it trusts (LINEUP_TRUST_PROXY): a Lineup behind one.
    const port = await freePort();
    const lineup = await startLineup(["-H", "127.0.0.1"], { PORT: String(port), LINEUP_TRUST_PROXY: "1", LINEUP_DEMO: "1" }, port);
    try {
      const paths = [
        "/",
        "/login",
        "/api/docs",
        "/api/v1/openapi.json",
        `/api/v1/editions/${DEMO_SLUG}/schedule`,
        `/schedule/${DEMO_SLUG}`,
        `/schedule/${DEMO_SLUG}/2026-10-23`,
        `/schedule/${DEMO_SLUG}/schedule.ics`,
      ];
      for (const p of paths) {
        // Twice: the second time a public page comes from memory.
        for (let i = 0; i < 2; i++) {
          const https = await rawGet(port, p, { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" });
          expect(https.status, p).toBe(200);
          expect(https.headers["strict-transport-security"], `${p} over https`).toMatch(/^max-age=\d{7,}/);
          const plain = await rawGet(port, p, {});
          expect(plain.headers["strict-transport-security"], `${p} over http`).toBeUndefined();
        }
      }
      // The suite's own server trusts no proxy: a client's claim of https is dropped.
      const claimed = await (await anonymous()).get("/", { headers: { "x-forwarded-proto": "https" } });
      expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
    } finally {
      await lineup.stop();
    }
  });
});

/* ---------- 11: unreleased editions ---------- */

test.describe("an unreleased edition is invisible to the public (issue 12 §3.11)", () => {
  test("its releases, schedule, feeds and pages answer 404 exactly as an unknown slug does", async () => {
    const admin = await signedIn();
    const { slug } = await makeEdition(admin);
    const unknown = uniqueSlug("nothing");
    const anon = await anonymous();
    const same = (a: string, b: string) => a.replaceAll(slug, "SLUG") === b.replaceAll(unknown, "SLUG");
    for (const p of [
      "/api/v1/editions/{s}/releases",
      "/api/v1/editions/{s}/schedule",
      "/schedule/{s}/schedule.ics",
      "/schedule/{s}/schedule.xml",
      "/schedule/{s}/schedule.json",
      "/schedule/{s}/schedule.csv",
    ]) {
      const hidden = await anon.get(p.replace("{s}", slug));
      const none = await anon.get(p.replace("{s}", unknown));
      expect(hidden.status(), p).toBe(404);
      expect(none.status(), p).toBe(404);
      expect(same(await hidden.text(), await none.text()), `${p}: same answer`).toBe(true);
    }
    for (const p of [
      "/schedule/{s}",
      "/schedule/{s}/changes",
      "/schedule/{s}/2026-10-23",
      "/schedule/{s}/search",
      "/schedule/{s}/venues/cinema-1",
    ]) {
      expect((await anon.get(p.replace("{s}", slug))).status(), p).toBe(404);
      expect((await anon.get(p.replace("{s}", unknown))).status(), p).toBe(404);
    }
    // Signed-in readers of the edition see its (empty) list of releases.
    const mine = await admin.get(`/api/v1/editions/${slug}/releases`);
    expect(mine.status()).toBe(200);
    expect((await mine.json()).releases).toEqual([]);
    // Once released, the public sees it.
    expect((await admin.post(`/api/v1/editions/${slug}/releases`, { data: {} })).status()).toBe(201);
    const released = await anon.get(`/api/v1/editions/${slug}/releases`);
    expect(released.status()).toBe(200);
    expect((await released.json()).releases).toHaveLength(1);
  });
});
