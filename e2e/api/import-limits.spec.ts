/**
 * Issue 12 §4.5: the import's entry limit (20,000) holds for every layout, a large import
 * never blocks other requests, and the preview's size is capped (paged).
 */
import { type APIRequestContext, expect, test } from "@playwright/test";
import { anonymous, signedIn } from "@/e2e/helpers";

const LIMIT = 20_000;

/** One film per line, the layout that slipped past the limit: "F12 - J Doe, 1962, 72 min". */
function oneFilmPerLine(n: number, tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${tag}${i} - J Doe, ${1950 + (i % 70)}, ${60 + (i % 100)} min`);
  return `${lines.join("\n")}\n`;
}

const SYNOPSIS =
  "A restored print of a film about miners, their families and the long strike that changed a valley; shown with new subtitles and an introduction.";

/** Labelled entries of about 245 bytes: 20,000 of them are just under the 5 MB limit. */
function labelled(n: number, tag: string): string {
  let text = "";
  for (let i = 0; i < n; i++)
    text += `Title: ${tag} film ${i}\nDirector: Jane Director\nYear: ${1950 + (i % 70)}\nRuntime: ${60 + (i % 100)} min\nSynopsis: ${SYNOPSIS}\n\n`;
  return text;
}

async function filmCount(api: APIRequestContext, q: string): Promise<number> {
  return (await (await api.get(`/api/v1/films?limit=5000&q=${encodeURIComponent(q)}`)).json()).films.length;
}

/** Polls /api/health every 50 ms until `work` settles; returns every answer's time in ms. */
async function healthDuring<T>(work: Promise<T>): Promise<{ result: T; times: number[] }> {
  const anon = await anonymous();
  const times: number[] = [];
  let done = false;
  const result = work.finally(() => {
    done = true;
  });
  const started = performance.now();
  while (!done) {
    const t0 = performance.now();
    const res = await anon.get("/api/health");
    times.push(performance.now() - t0);
    expect(res.status()).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `[health during import] ${times.length} answers over ${Math.round(performance.now() - started)} ms: median ${Math.round(sorted[sorted.length >> 1] ?? 0)} ms, max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms`,
  );
  return { result: await result, times };
}

test.describe("import limits", () => {
  test.setTimeout(180_000);

  test(`${LIMIT + 1} one-line entries are refused naming the limit, nothing written`, async () => {
    const api = await signedIn();
    const tag = `Overlimit${Date.now().toString(36).replace(/\d/g, "q")}`;
    for (const dryRun of [true, false]) {
      const res = await api.post(`/api/v1/films/import${dryRun ? "?dryRun=true" : ""}`, {
        headers: { "content-type": "text/plain" },
        data: oneFilmPerLine(LIMIT + 1, tag),
      });
      expect(res.status(), `dryRun=${dryRun}`).toBe(413);
      const err = (await res.json()).error;
      expect(err.code).toBe("payload_too_large");
      expect(err.message).toMatch(/20,000 entries/);
      expect(Object.keys(err.fields)).toEqual(["body"]);
    }
    expect(await filmCount(api, tag)).toBe(0);
  });

  test("a 150,000-entry dry run (4.5 MB) is refused at once, and /api/health keeps answering under 200 ms", async () => {
    const api = await signedIn();
    const text = oneFilmPerLine(150_000, "H");
    expect(text.length).toBeLessThan(5_000_000);
    const started = performance.now();
    const { result: res, times } = await healthDuring(
      api.post("/api/v1/films/import?dryRun=true", { headers: { "content-type": "text/plain" }, data: text }),
    );
    const took = performance.now() - started;
    expect(res.status()).toBe(413);
    expect((await res.body()).length).toBeLessThan(2_000);
    expect(Math.max(...times), `health answers: ${times.map(Math.round).join(", ")} ms`).toBeLessThan(200);
    expect(took).toBeLessThan(30_000);
  });

  test("a max-size dry run (20,000 entries, ~5 MB): preview paged, /api/health under 200 ms throughout", async () => {
    const api = await signedIn();
    const text = labelled(LIMIT, "Max");
    expect(text.length).toBeGreaterThan(4_500_000);
    expect(text.length).toBeLessThan(5_000_000);
    const { result: res, times } = await healthDuring(
      api.post("/api/v1/films/import?dryRun=true&offset=19990&limit=50", { headers: { "content-type": "text/plain" }, data: text }),
    );
    expect(res.status(), (await res.text()).slice(0, 500)).toBe(200);
    expect(times.length).toBeGreaterThan(3);
    expect(Math.max(...times), `health answers: ${times.map(Math.round).join(", ")} ms`).toBeLessThan(200);
    const body = await res.body();
    expect(body.length).toBeLessThan(1_000_000);
    const preview = JSON.parse(body.toString("utf8"));
    expect(preview.summary.entries).toBe(LIMIT);
    expect(preview.page).toEqual({ offset: 19_990, limit: 50, total: LIMIT });
    expect(preview.entries).toHaveLength(10);
    expect(preview.entries[0].index).toBe(19_990);
    expect(preview.entries[0].film.title).toBe("Max film 19990");

    // without paging options: the first 100 entries
    const first = await (
      await api.post("/api/v1/films/import?dryRun=true", { headers: { "content-type": "text/plain" }, data: text })
    ).json();
    expect(first.entries).toHaveLength(100);
    expect(first.page).toEqual({ offset: 0, limit: 100, total: LIMIT });
  });

  test("a large commit runs off the request thread: /api/health under 200 ms, all films written, the answer stays small", async () => {
    const api = await signedIn();
    const tag = `Commit${Date.now().toString(36).replace(/\d/g, "c")}`;
    const n = 1_000; // 240 kB: read in the worker (and few enough films not to crowd the other specs' catalogue)
    const { result: res, times } = await healthDuring(
      api.post("/api/v1/films/import", { headers: { "content-type": "text/plain" }, data: labelled(n, tag) }),
    );
    expect(res.status(), (await res.text()).slice(0, 500)).toBe(201);
    expect(Math.max(...times), `health answers: ${times.map(Math.round).join(", ")} ms`).toBeLessThan(200);
    const result = await res.json();
    expect(result.summary).toMatchObject({ entries: n, new: n, created: n, merged: 0 });
    expect(result.entries.length).toBeLessThanOrEqual(100);
    expect(result.created.length).toBeLessThanOrEqual(100);
    expect((await res.body()).length).toBeLessThan(500_000);
    expect(await filmCount(api, tag)).toBe(n);
  });

  test("paging options are checked", async () => {
    const api = await signedIn();
    for (const q of ["offset=-1", "limit=0", "limit=1001", "offset=x"]) {
      const res = await api.post(`/api/v1/films/import?dryRun=true&${q}`, {
        headers: { "content-type": "text/plain" },
        data: "Title: Matewan\nYear: 1987\n",
      });
      expect(res.status(), q).toBe(400);
      expect(Object.keys((await res.json()).error.fields), q).toEqual([q.split("=")[0]]);
    }
  });
});
