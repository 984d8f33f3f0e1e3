import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { DEMO_SLUG, E2E_ADMIN } from "@/e2e/constants";
import { anonymous, baseURL, uniqueSlug } from "@/e2e/helpers";

/**
 * Server actions answered from outside, as a browser calls them (POST with `Next-Action` and
 * the form as multipart): a refused action answers 401 signed out and 403 for a role that may
 * not (was 200 with the refusal in the body, and 500 for a malformed call). Every action of
 * app/admin is found in the build's server-reference manifest, so a new one is checked too.
 */
interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page whose bundle holds the action (the action is posted to it). */
  page: string;
}

const ROOT = path.resolve(__dirname, "../..");

function serverActions(): ServerAction[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, process.env.LINEUP_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, a]) => {
    const worker = Object.keys(a.workers).sort((x, y) => Number(x.includes("[")) - Number(y.includes("[")))[0] ?? "app/page";
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[edition]", DEMO_SLUG)
      .replace(/\[[^\]]+\]/g, "1");
    return { id, name: a.exportedName ?? "?", file: a.filename ?? "?", page: page || "/" };
  });
}

/** Signed-in actions any role may call (their own tokens): 401 signed out, no 403. */
const ANY_ROLE = new Set(["createTokenAction", "revokeTokenAction"]);

/** React's own encoder of server action arguments (the one Next ships to the browser). */
const { encodeReply } = createRequire(__filename)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

/** The request React sends for `useActionState(action)`: the previous state and the form. */
async function invoke(api: APIRequestContext, action: ServerAction, fields: Record<string, string> = { id: "1", version: "1" }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const body = await encodeReply([{ ok: false, message: "", fields: {} }, form]);
  const multipart =
    body instanceof FormData
      ? body
      : (() => {
          const f = new FormData();
          f.set("0", body);
          return f;
        })();
  return api.post(action.page, {
    headers: { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
}

async function viewerContext(): Promise<{ ctx: APIRequestContext; email: string; password: string }> {
  const admin = await request.newContext({ baseURL });
  expect((await admin.post("/api/v1/session", { data: E2E_ADMIN })).status()).toBe(200);
  const email = `${uniqueSlug("viewer")}@lineup.test`;
  const password = "a-long-password-1";
  expect((await admin.post("/api/v1/users", { data: { email, password, role: "viewer" } })).status()).toBe(201);
  const ctx = await request.newContext({ baseURL });
  expect((await ctx.post("/api/v1/session", { data: { email, password } })).status()).toBe(200);
  return { ctx, email, password };
}

test.describe("server actions answer refusals with their status", () => {
  const actions = serverActions().filter((a) => a.file.startsWith("app/admin/"));

  test("the manifest lists the programmers' actions", () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["createFilmAction", "publishAction", "createUserAction"]));
  });

  test("signed out: 401 from every action of the programmers' area", async () => {
    const anon = await anonymous();
    const wrong: string[] = [];
    for (const a of actions) {
      const res = await invoke(anon, a);
      if (res.status() !== 401) wrong.push(`${a.name} -> ${res.status()}`);
    }
    expect(wrong).toEqual([]);
  });

  test("a viewer: 403 from every action a viewer may not take, nothing written", async () => {
    const { ctx } = await viewerContext();
    const wrong: string[] = [];
    for (const a of actions.filter((x) => !ANY_ROLE.has(x.name))) {
      const res = await invoke(ctx, a, {
        id: "1",
        version: "1",
        edition: DEMO_SLUG,
        currentSlug: DEMO_SLUG,
        title: "Viewer was here",
        name: "Viewer was here",
      });
      if (res.status() !== 403) wrong.push(`${a.name} -> ${res.status()} ${(await res.text()).split("\n")[1]?.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    const admin = await request.newContext({ baseURL });
    await admin.post("/api/v1/session", { data: E2E_ADMIN });
    const films = await (await admin.get("/api/v1/films?q=Viewer%20was%20here")).json();
    expect(films.films ?? films).toEqual([]);
  });

  test("a malformed call (the form data without the previous state) is refused in the form, not a 500", async () => {
    const { ctx } = await viewerContext();
    const create = actions.find((a) => a.name === "createTokenAction");
    expect(create).toBeDefined();
    if (!create) return;
    const form = new FormData();
    form.set("name", "");
    form.set("role", "viewer");
    const multipart = await encodeReply([form]);
    expect(multipart).toBeInstanceOf(FormData);
    if (!(multipart instanceof FormData)) return;
    const res = await ctx.post(create.page, {
      headers: { "Next-Action": create.id, Origin: baseURL, Accept: "text/x-component" },
      multipart,
    });
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("is required");
  });

  test("in the browser, a viewer's save shows the 403 page and changes nothing", async ({ page }) => {
    const { email, password } = await viewerContext();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Editions" })).toBeVisible();
    await page.goto("/admin/films/new");
    await page.getByLabel("Title", { exact: true }).fill("Viewer's film");
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Add film" }).click();
    expect((await answer).status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Your role does not allow this" })).toBeVisible();
  });
});
