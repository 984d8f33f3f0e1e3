import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, request, test } from "@playwright/test";
import { baseURL, logIn, signedIn, uniqueSlug } from "@/e2e/helpers";

/** Issue 12 §3.7: weak passwords are refused wherever a password is set, saying why, naming `password`. */

const weak = (email: string) => [
  { name: "ten spaces", password: "          ", why: /too easy to guess/ },
  { name: "aaaaaaaaaa", password: "aaaaaaaaaa", why: /too easy to guess/ },
  { name: "a common password", password: "password123", why: /too easy to guess/ },
  { name: "the account's own e-mail", password: email, why: /must not contain the account's e-mail address/ },
  {
    name: "the e-mail's name part with digits",
    password: `${email.split("@")[0]}-2026`,
    why: /must not contain ".+", the account's e-mail name/,
  },
];

test.describe("password strength", () => {
  test("creating a user with a weak password is a 400 naming password, with the reason; nothing is created", async () => {
    const admin = await signedIn();
    const email = `${uniqueSlug("weak")}@lineup.test`;
    for (const w of weak(email)) {
      const res = await admin.post("/api/v1/users", { data: { email, password: w.password, role: "viewer" } });
      expect(res.status(), w.name).toBe(400);
      const { error } = await res.json();
      expect(error.code, w.name).toBe("bad_request");
      expect(error.fields.password, w.name).toMatch(w.why);
      expect(error.message, w.name).toMatch(/^The password /);
    }
    const users = (await (await admin.get("/api/v1/users")).json()).users as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain(email);
    expect((await admin.post("/api/v1/users", { data: { email, password: "copper lantern meadow", role: "viewer" } })).status()).toBe(201);
  });

  test("resetting a password to a weak one is a 400 naming password; the old password still works", async () => {
    const admin = await signedIn();
    const email = `${uniqueSlug("reset")}@lineup.test`;
    const created = await admin.post("/api/v1/users", { data: { email, password: "copper lantern meadow", role: "viewer" } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    for (const w of weak(email)) {
      const res = await admin.patch(`/api/v1/users/${id}`, { data: { password: w.password } });
      expect(res.status(), w.name).toBe(400);
      expect((await res.json()).error.fields.password, w.name).toMatch(w.why);
    }
    const ctx = await request.newContext({ baseURL });
    expect((await ctx.post("/api/v1/session", { data: { email, password: "copper lantern meadow" } })).status()).toBe(200);
  });

  test("the users page shows why a password was refused, next to the form", async ({ page }) => {
    await logIn(page);
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Add a user" });
    const email = `${uniqueSlug("form")}@lineup.test`;
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel(/Password/).fill("aaaaaaaaaa");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText(/too easy to guess/).first()).toBeVisible();
    await expect(page.locator(`[data-user="${email}"]`)).toHaveCount(0);
  });
});

test.describe("LINEUP_ADMIN_PASSWORD", () => {
  test("a weak one stops the server at start-up, saying why, before it serves anything", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-weak-admin-"));
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    const root = path.resolve(__dirname, "../..");
    const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_PATH: path.join(dir, "lineup.db"),
        LINEUP_ADMIN_EMAIL: "boss@fest.example",
        LINEUP_ADMIN_PASSWORD: "password123",
        LINEUP_DEMO: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    // The first request makes sure start-up has run (Next may run it lazily); it must not be served.
    const probe = fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status,
      () => "no answer",
    );
    const code = await Promise.race([
      new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c))),
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 45_000)),
    ]);
    if (code === "still running") child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code, output).toBe(1);
    expect(output).toMatch(
      /\[lineup\] LINEUP_ADMIN_PASSWORD is too easy to guess .*Lineup did not create the admin boss@fest\.example: set a stronger LINEUP_ADMIN_PASSWORD/,
    );
    expect(await probe).not.toBe(200);
  });
});
