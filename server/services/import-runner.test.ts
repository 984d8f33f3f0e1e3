/**
 * Large imports run in a worker thread: the request thread's event loop keeps turning while
 * 20,000 entries are read and written, and the answer is the one the service gives in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, getDb } from "@/db/client";
import { allFilms } from "@/db/queries/films";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { INLINE_IMPORT_BYTES, runImport } from "./import-runner";

const SYNOPSIS = "A restored print of a film about miners, their families and the long strike that changed a valley.";
const labelled = (n: number, tag: string) =>
  Array.from(
    { length: n },
    (_, i) => `Title: ${tag} film ${i}\nDirector: Jane Doe\nYear: ${1950 + (i % 70)}\nRuntime: 90 min\nSynopsis: ${SYNOPSIS}\n`,
  ).join("\n");

/** The longest the event loop went without turning while `work` ran, in ms. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, stall };
  } finally {
    clearInterval(timer);
  }
}

let admin: User;
beforeAll(() => {
  admin = freshDatabase().admin;
});
afterAll(() => closeAll());

describe("runImport", () => {
  it("reads and writes a 20,000-entry import in a worker: the event loop never stalls", { timeout: 120_000 }, async () => {
    const text = labelled(20_000, "Big");
    expect(Buffer.byteLength(text)).toBeGreaterThan(INLINE_IMPORT_BYTES);
    const dry = await longestStall(() => runImport({ kind: "preview", actor: admin, body: text, opts: { page: { offset: 5, limit: 3 } } }));
    expect(dry.result.summary.entries).toBe(20_000);
    expect(dry.result.page).toEqual({ offset: 5, limit: 3, total: 20_000 });
    expect(dry.result.entries.map((e) => e.film.title)).toEqual(["Big film 5", "Big film 6", "Big film 7"]);
    expect(dry.stall).toBeLessThan(150);
    expect(allFilms(getDb())).toHaveLength(0);

    const commit = await longestStall(() => runImport({ kind: "commit", actor: admin, body: text, opts: {} }));
    expect(commit.result.summary).toMatchObject({ entries: 20_000, new: 20_000, created: 20_000 });
    expect("created" in commit.result && commit.result.created).toHaveLength(100);
    expect(commit.stall).toBeLessThan(150);
    expect(allFilms(getDb())).toHaveLength(20_000);
  });

  it("refusals come back as the service's errors: 20,001 entries is 413 naming the limit", { timeout: 60_000 }, async () => {
    const lines = Array.from({ length: 20_001 }, (_, i) => `F${i} - J Doe, 1987, 90 min`).join("\n");
    const e = await runImport({ kind: "preview", actor: admin, body: lines, opts: {} }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServiceError);
    expect((e as ServiceError).status).toBe(413);
    expect((e as ServiceError).message).toMatch(/20,000 entries/);
    expect((e as ServiceError).fields).toHaveProperty("body");
  });

  it("a small import is read in-process, with the same answer", async () => {
    const r = await runImport({ kind: "preview", actor: admin, body: labelled(3, "Small"), opts: {} });
    expect(r.entries.map((e) => e.film.title)).toEqual(["Small film 0", "Small film 1", "Small film 2"]);
  });

  it("the public and viewers are refused before anything is read", async () => {
    await expect(runImport({ kind: "preview", actor: null as unknown as User, body: "x", opts: {} })).rejects.toMatchObject({
      status: 401,
    });
    await expect(runImport({ kind: "preview", actor: { ...admin, role: "viewer" }, body: "x", opts: {} })).rejects.toMatchObject({
      status: 403,
    });
  });
});
