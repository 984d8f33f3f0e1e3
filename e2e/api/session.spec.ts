import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/e2e/constants";
import { anonymous } from "@/e2e/helpers";

test.describe("POST/DELETE /api/v1/session", () => {
  test("signs in with an HttpOnly SameSite=Lax cookie, and signs out", async () => {
    const api = await anonymous();
    const res = await api.post("/api/v1/session", { data: E2E_ADMIN });
    expect(res.status()).toBe(200);
    const cookie = res.headers()["set-cookie"];
    expect(cookie).toMatch(/^lineup_session=[A-Za-z0-9_-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = await res.json();
    expect(body.user.email).toBe(E2E_ADMIN.email);
    expect(JSON.stringify(body)).not.toContain("password");

    // signed in: an unreleased read works
    expect((await api.get("/api/v1/editions")).status()).toBe(200);

    const out = await api.delete("/api/v1/session");
    expect(out.status()).toBe(200);
    expect(out.headers()["set-cookie"]).toMatch(/Max-Age=0/);
    expect((await api.get("/api/v1/editions")).status()).toBe(401);
    expect((await api.post("/api/v1/films", { data: { title: "After logout" } })).status()).toBe(401);
  });

  test("wrong password and unknown e-mail are both 401 with the same message", async () => {
    const api = await anonymous();
    const wrong = await api.post("/api/v1/session", { data: { email: E2E_ADMIN.email, password: "nope" } });
    const unknown = await api.post("/api/v1/session", { data: { email: "nobody@lineup.test", password: "nope" } });
    expect(wrong.status()).toBe(401);
    expect(unknown.status()).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
    expect(wrong.headers()["set-cookie"]).toBeUndefined();
  });

  test("missing fields and malformed JSON are 400 naming the problem", async () => {
    const api = await anonymous();
    const missing = await api.post("/api/v1/session", { data: { email: E2E_ADMIN.email } });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty("password");
    const bad = await api.post("/api/v1/session", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "invalid_json", fields: { body: expect.any(String) } });
  });
});
