/**
 * Every server action in app/ (every export of a "use server" file) refuses the public
 * with 401 and an under-privileged role with 403 (Next's unauthorized() / forbidden(),
 * which set the response's status), through the service layer.
 * A new action without a check makes this test fail: it is found by walking app/.
 * e2e/api/server-actions.spec.ts checks the same statuses over HTTP.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createVenue } from "@/server/services/editions";
import { createFilm } from "@/server/services/films";
import { formData, lisbonEdition, viewerSession } from "./db";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { redirectTo: to });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  // As Next's own: an error whose digest carries the status the response gets.
  unauthorized: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;401"), { digest: "NEXT_HTTP_ERROR_FALLBACK;401" });
  },
  forbidden: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/** Public by design (with the reason): no 401 and no 403. */
const PUBLIC: Record<string, string> = {
  loginAction: "signing in is public",
  logoutAction: "signing out needs no role",
  logoutEverywhereAction: "ends the caller's own sessions, if any",
};
/** Self-service for any signed-in user (with the reason): 401 for the public, no 403. */
const ANY_ROLE: Record<string, string> = {
  createTokenAction: "any signed-in user manages their own tokens (capped at their role)",
  revokeTokenAction: "any signed-in user manages their own tokens",
};

function actionFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...actionFiles(p));
    else if (/\.(ts|tsx)$/.test(e.name) && /^\s*["']use server["']/.test(fs.readFileSync(p, "utf8"))) out.push(p);
  }
  return out;
}

const root = path.resolve(__dirname, "../..");
const files = actionFiles(path.join(root, "app"));

function form(): FormData {
  return formData({
    edition: "tt",
    currentSlug: "tt",
    id: "1",
    version: "1",
    name: "X",
    title: "X",
    slug: "t2",
    email: "x@y.z",
    password: "long-enough-pw",
    role: "admin",
    note: "n",
    firstDay: "2026-10-23",
    lastDay: "2026-10-25",
    timeZone: "Europe/Lisbon",
  });
}

async function call(fn: (...args: unknown[]) => Promise<unknown>): Promise<unknown> {
  try {
    return await fn({ ok: false, message: "", fields: {} }, form());
  } catch (e) {
    return { thrown: e instanceof Error ? e.message : String(e) };
  }
}

describe("server actions: every one checks the caller", () => {
  let viewerToken = "";
  beforeAll(async () => {
    const admin = lisbonEdition("tt", "T");
    createVenue(admin, "tt", { name: "V" });
    createFilm(admin, { title: "F", runtimeMinutes: 90 });
    viewerToken = await viewerSession();
  });

  it("finds the action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    const rel = path.relative(root, file);
    it(`${rel}: 401 for the public, 403 for a viewer`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, (...a: unknown[]) => Promise<unknown>][];
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, fn] of actions) {
        if (PUBLIC[name]) continue;
        jar.clear();
        const anon = (await call(fn)) as { code?: string; thrown?: string };
        expect(anon.thrown, `${name} as the public: ${JSON.stringify(anon)}`).toBe("NEXT_HTTP_ERROR_FALLBACK;401");
        if (ANY_ROLE[name]) continue;
        jar.set("lineup_session", viewerToken);
        const viewer = (await call(fn)) as { code?: string; thrown?: string };
        expect(viewer.thrown, `${name} as a viewer: ${JSON.stringify(viewer)}`).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
      }
    });
  }
});
