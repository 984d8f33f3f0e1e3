import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { DEMO_SLUG } from "@/e2e/constants";
import { baseURL, logIn, signedIn, uniqueSlug } from "@/e2e/helpers";

/** Issue 12 §3.6: API tokens end with the account's safety, expire, and admins see and revoke everyone's. */

const PASSWORD = "copper lantern meadow";

async function newUser(admin: APIRequestContext, role = "programmer") {
  const email = `${uniqueSlug("tok")}@lineup.test`;
  const res = await admin.post("/api/v1/users", { data: { email, password: PASSWORD, role } });
  expect(res.status(), await res.text()).toBe(201);
  const user = (await res.json()) as { id: number; email: string };
  const session = await request.newContext({ baseURL });
  expect((await session.post("/api/v1/session", { data: { email, password: PASSWORD } })).status()).toBe(200);
  return { ...user, session };
}

async function newToken(session: APIRequestContext, data: Record<string, unknown> = {}) {
  const res = await session.post("/api/v1/tokens", { data: { name: uniqueSlug("script"), role: "viewer", ...data } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { token: string; id: number; expiresAt: string };
  const bot = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${body.token}` } });
  return { ...body, bot };
}

const works = async (bot: APIRequestContext) => (await bot.get(`/api/v1/editions/${DEMO_SLUG}/conflicts`)).status();

test.describe("API tokens and the account's safety", () => {
  test("a password reset revokes the user's tokens", async () => {
    const admin = await signedIn();
    const u = await newUser(admin);
    const t = await newToken(u.session);
    expect(await works(t.bot)).toBe(200);
    expect((await admin.patch(`/api/v1/users/${u.id}`, { data: { password: "violet harbour ledger" } })).status()).toBe(200);
    expect(await works(t.bot)).toBe(401);
    const listed = (await (await admin.get(`/api/v1/tokens?userId=${u.id}`)).json()).tokens as { id: number; revokedAt: string | null }[];
    expect(listed.find((x) => x.id === t.id)?.revokedAt).toEqual(expect.any(String));
  });

  test("signing out everywhere revokes the user's tokens", async () => {
    const admin = await signedIn();
    const u = await newUser(admin);
    const t = await newToken(u.session);
    expect(await works(t.bot)).toBe(200);
    expect((await u.session.delete("/api/v1/session?everywhere=true")).status()).toBe(200);
    expect(await works(t.bot)).toBe(401);
  });

  test("disabling the account revokes its tokens: enabling it again does not bring them back", async () => {
    const admin = await signedIn();
    const u = await newUser(admin);
    const t = await newToken(u.session);
    expect(await works(t.bot)).toBe(200);
    expect((await admin.patch(`/api/v1/users/${u.id}`, { data: { disabled: true } })).status()).toBe(200);
    expect(await works(t.bot)).toBe(401);
    expect((await admin.patch(`/api/v1/users/${u.id}`, { data: { disabled: false } })).status()).toBe(200);
    expect(await works(t.bot)).toBe(401);
  });
});

test.describe("token expiry", () => {
  test("a token expires after 90 days unless created with another expiresAt, shown on creation and in the list", async () => {
    const admin = await signedIn();
    const before = Date.now();
    const t = await newToken(admin);
    const ninety = 90 * 24 * 3600 * 1000;
    expect(Date.parse(t.expiresAt)).toBeGreaterThanOrEqual(before + ninety - 60_000);
    expect(Date.parse(t.expiresAt)).toBeLessThanOrEqual(Date.now() + ninety + 60_000);
    const listed = ((await (await admin.get("/api/v1/tokens")).json()).tokens as { id: number; expiresAt: string }[]).find(
      (x) => x.id === t.id,
    );
    expect(listed?.expiresAt).toBe(t.expiresAt);
    const week = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    const chosen = await newToken(admin, { expiresAt: week });
    expect(chosen.expiresAt).toBe(week);
  });

  test("an expired token is refused", async () => {
    const admin = await signedIn();
    const t = await newToken(admin, { expiresAt: new Date(Date.now() + 6_000).toISOString() });
    expect(await works(t.bot)).toBe(200);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(t.expiresAt) + 500 - Date.now())));
    expect(await works(t.bot)).toBe(401);
  });

  test("an expiry in the past, too far ahead or not a time is a 400 naming expiresAt", async () => {
    const admin = await signedIn();
    for (const expiresAt of [new Date(Date.now() - 60_000).toISOString(), "2099-01-01T00:00:00Z", "next week", 12]) {
      const res = await admin.post("/api/v1/tokens", { data: { name: "bad expiry", role: "viewer", expiresAt } });
      expect(res.status(), String(expiresAt)).toBe(400);
      expect((await res.json()).error.fields, String(expiresAt)).toHaveProperty("expiresAt");
    }
  });
});

test.describe("admins over everyone's tokens", () => {
  test("an admin lists and revokes another user's tokens; the user sees the revocation", async () => {
    const admin = await signedIn();
    const u = await newUser(admin);
    const t = await newToken(u.session);
    const list = await admin.get(`/api/v1/tokens?userId=${u.id}`);
    expect(list.status()).toBe(200);
    const tokens = (await list.json()).tokens as { id: number; userId: number; name: string }[];
    expect(tokens.map((x) => x.id)).toEqual([t.id]);
    expect(tokens[0]?.userId).toBe(u.id);
    expect(JSON.stringify(tokens)).not.toContain(t.token);
    expect((await admin.delete(`/api/v1/tokens/${t.id}`)).status()).toBe(204);
    expect(await works(t.bot)).toBe(401);
    expect((await admin.delete(`/api/v1/tokens/${t.id}`)).status()).toBe(404);
    const audit = await (await admin.get(`/api/v1/audit?entity=token&entityId=${t.id}`)).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toContain("revoke");
  });

  test("others may neither list nor revoke tokens that are not theirs", async () => {
    const admin = await signedIn();
    const adminToken = await newToken(admin);
    const me = (await (await admin.get("/api/v1/users")).json()).users.find((x: { role: string }) => x.role === "admin") as {
      id: number;
    };
    const u = await newUser(admin, "publisher");
    const listed = await u.session.get(`/api/v1/tokens?userId=${me.id}`);
    expect(listed.status()).toBe(403);
    expect((await u.session.delete(`/api/v1/tokens/${adminToken.id}`)).status()).toBe(404);
    expect(await works(adminToken.bot)).toBe(200);
    // Their own list needs no parameter (and may name themselves).
    expect((await u.session.get("/api/v1/tokens")).status()).toBe(200);
    expect((await u.session.get(`/api/v1/tokens?userId=${u.id}`)).status()).toBe(200);
    const bad = await admin.get("/api/v1/tokens?userId=abc");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty("userId");
    expect((await admin.get("/api/v1/tokens?userId=999999")).status()).toBe(404);
  });
});

test.describe("last use", () => {
  test("is recorded, and shown with the expiry on the tokens page and the users page", async ({ page }) => {
    const admin = await signedIn();
    const u = await newUser(admin);
    const name = uniqueSlug("used");
    const t = await newToken(u.session, { name });
    const listedBefore = (
      (await (await u.session.get("/api/v1/tokens")).json()).tokens as { id: number; lastUsedAt: string | null }[]
    ).find((x) => x.id === t.id);
    expect(listedBefore?.lastUsedAt).toBeNull();
    const usedAt = Date.now();
    expect(await works(t.bot)).toBe(200);
    const listed = ((await (await admin.get(`/api/v1/tokens?userId=${u.id}`)).json()).tokens as { id: number; lastUsedAt: string }[]).find(
      (x) => x.id === t.id,
    );
    expect(Math.abs(Date.parse(listed?.lastUsedAt ?? "") - usedAt)).toBeLessThan(60_000);

    await logIn(page);
    await page.goto("/admin/users");
    const row = page.locator(`[data-user="${u.email}"]`);
    await row.getByText(/API tokens: 1, last used \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/).click();
    const tokenRow = row.locator(`[data-token="${name}"]`);
    await expect(tokenRow).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    await expect(tokenRow.getByRole("cell").nth(3)).toHaveText(`${t.expiresAt.slice(0, 16).replace("T", " ")} UTC`);
    await expect(tokenRow.getByRole("cell").nth(4)).not.toHaveText("never");
    // The admin revokes it from the users page.
    await tokenRow.getByRole("button", { name: "Revoke" }).click();
    await expect(tokenRow.getByRole("cell").nth(5)).toHaveText("revoked");
    expect(await works(t.bot)).toBe(401);

    // The tokens page shows the admin's own tokens with expiry and last use.
    const mine = uniqueSlug("mine");
    const own = await newToken(admin, { name: mine });
    expect(await works(own.bot)).toBe(200);
    await page.goto("/admin/tokens");
    const ownRow = page.locator(`[data-token="${mine}"]`);
    await expect(ownRow.getByRole("cell").nth(3)).toHaveText(`${own.expiresAt.slice(0, 16).replace("T", " ")} UTC`);
    await expect(ownRow.getByRole("cell").nth(4)).toHaveText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });
});
