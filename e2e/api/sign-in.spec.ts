import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/e2e/constants";
import { apiRoutes, fromAddress, signedIn, uniqueSlug } from "@/e2e/helpers";

/**
 * Issue 12 §3.2, §3.3, §3.8: the sign-in limits and the session cookie, from outside.
 * Each test uses client addresses of its own (127.0.0.x, see fromAddress), so the limits it
 * trips never reach the rest of the suite, which signs in from 127.0.0.1.
 */

test.describe("sign-in limits", () => {
  // NEEDS THE FRONT: this test can pass only where `npm start` runs its front (branch h1), which
  // replaces X-Forwarded-For with the socket's address (LINEUP_TRUST_PROXY=0). Under bare
  // `next start` a client-supplied X-Forwarded-For reaches the app unchanged, so every attempt
  // looks like a new address and none is refused: it fails on branch h2-auth alone, by design.
  test("[needs npm start's front] 35 attempts from one address, each with a new X-Forwarded-For, get a 429 by the 31st", async () => {
    const attacker = fromAddress("127.0.0.35");
    const statuses: number[] = [];
    for (let i = 1; i <= 35; i++) {
      const r = await attacker.signIn(
        { email: `nobody-${i}@lineup.test`, password: "wrong guess" },
        { "x-forwarded-for": `198.51.100.${i}, 127.0.0.1`, "x-real-ip": `198.51.100.${i}` },
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(5).fill(429));
  });

  test("10 wrong passwords from one address lock the admin out from there only: the owner still signs in from another address", async () => {
    const attacker = fromAddress("127.0.0.51");
    const owner = fromAddress("127.0.0.52");
    for (let i = 0; i < 10; i++) expect((await attacker.signIn({ email: E2E_ADMIN.email, password: `guess-${i}` })).status).toBe(401);
    const blocked = await attacker.signIn(E2E_ADMIN);
    expect(blocked.status).toBe(429);
    expect(blocked.json().error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/^Too many sign-in attempts for this account from your address; try again in \d+ minutes?$/),
      fields: { email: expect.any(String) },
    });
    expect(blocked.headers["set-cookie"]).toBeUndefined();
    // The owner, elsewhere, is not locked out; and the attacker's address may still sign in to other accounts.
    const ok = await owner.signIn(E2E_ADMIN);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers["set-cookie"]?.[0]).toMatch(/^lineup_session=/);
    const admin = await signedIn();
    const email = `${uniqueSlug("colleague")}@lineup.test`;
    const password = "copper lantern meadow";
    expect((await admin.post("/api/v1/users", { data: { email, password, role: "viewer" } })).status()).toBe(201);
    expect((await attacker.signIn({ email, password })).status).toBe(200);
  });

  test("from one address, 30 failures over many accounts get 429 on every account", async () => {
    const guesser = fromAddress("127.0.0.53");
    for (let i = 0; i < 30; i++)
      expect((await guesser.signIn({ email: `someone-${i % 7}@lineup.test`, password: "wrong guess" })).status).toBe(401);
    const refused = await guesser.signIn(E2E_ADMIN);
    expect(refused.status).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many sign-in attempts from your address; try again in \d+ minutes?$/);
    expect((await fromAddress("127.0.0.54").signIn(E2E_ADMIN)).status).toBe(200);
  });
});

test.describe("a malformed session cookie is no session", () => {
  const cookie = "lineup_session=%";

  test("every API route answers as to a caller without a session, never 5xx", async () => {
    const client = fromAddress("127.0.0.81");
    const failures: string[] = [];
    for (const r of apiRoutes()) {
      const reply = await client.request(r.method, r.url, r.method === "GET" ? undefined : {}, { cookie });
      if (reply.status >= 500) failures.push(`${r.method} ${r.url} -> ${reply.status} ${reply.text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    // Reads of unreleased data: 401 as for nobody; signing out: fine.
    expect((await client.get("/api/v1/editions", { cookie })).status).toBe(401);
    expect((await client.get("/api/v1/films", { cookie })).status).toBe(401);
  });

  test("signing in over a malformed cookie works, and pages treat it as signed out", async () => {
    const client = fromAddress("127.0.0.82");
    const signIn = await client.signIn(E2E_ADMIN, { cookie });
    expect(signIn.status, signIn.text).toBe(200);
    for (const page of ["/admin", "/admin/tokens", "/admin/users"]) {
      const r = await client.get(page, { cookie });
      expect(r.status, page).toBeLessThan(400);
      expect(r.status, page).toBeGreaterThanOrEqual(300);
      expect(String(r.headers.location), page).toMatch(/^\/login\?next=/);
    }
    expect((await client.get("/login", { cookie })).status).toBe(200);
    expect((await client.get("/", { cookie })).status).toBe(200);
  });
});
