/**
 * Issue 14 §1: the HTTP front serves each release's public pages and feeds from memory,
 * pre-compressed, byte-identical to what Next renders for the same release (Next's answer is
 * fetched past the store with the render header: LINEUP_RENDER_TOKEN, set by playwright.config).
 */
import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { isStoredHeader } from "@/lib/http/stored-headers";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";
import { programmePage, withoutScripts } from "@/lib/programme-pages";
import { DEMO_SLUG, E2E_RENDER_TOKEN } from "../constants";
import { baseURL, makeEdition, makeFilm, makeSlot, signedIn } from "../helpers";

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** As sent on the wire. */
  wire: Buffer;
  /** Decompressed as its Content-Encoding says. */
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseURL}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const enc = res.headers["content-encoding"];
        const body =
          wire.length === 0 ? wire : enc === "br" ? zlib.brotliDecompressSync(wire) : enc === "gzip" ? zlib.gunzipSync(wire) : wire;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, body });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Next's own answer for an address, past the front's store. */
const fromNext = (path: string) => raw(path, { "x-lineup-render": E2E_RENDER_TOKEN, "accept-encoding": "identity" });

/** What Next's answer becomes in the store: pages lose their scripts (their CSP runs none). */
function expectedBytes(next: Raw): Buffer {
  return String(next.headers["content-type"]).startsWith("text/html") ? Buffer.from(withoutScripts(next.body.toString("utf8"))) : next.body;
}

/** The headers the front stores (compared with Next's), less Vary and Next's own (compared separately). */
function comparable(h: http.IncomingHttpHeaders): Record<string, unknown> {
  return Object.fromEntries(Object.entries(h).filter(([k]) => isStoredHeader(k) && k !== "vary" && !k.startsWith("x-nextjs-")));
}

async function waitUntilServed(path: string, version?: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const r = await raw(path);
        if (r.headers["x-lineup-cache"] !== "HIT") return "not served by the front";
        return version === undefined || r.body.toString("utf8").includes(` ${version} /schedule/`) ? "served" : "older release";
      },
      { timeout: 60_000 },
    )
    .toBe("served");
}

/** Every address under /schedule/{slug}/ linked from the edition's pages, followed from its index and its embeddable listing. */
async function crawl(slug: string): Promise<string[]> {
  const prefix = `/schedule/${slug}/`;
  // The embeddable listing is linked from no page: another site frames it.
  const seen = new Set<string>([`/schedule/${slug}`, `/schedule/${slug}/embed`]);
  const queue = [`/schedule/${slug}`, `/schedule/${slug}/embed`];
  for (let path = queue.shift(); path; path = queue.shift()) {
    const r = await raw(path);
    expect(r.status, path).toBe(200);
    if (!String(r.headers["content-type"]).startsWith("text/html")) continue;
    for (const m of r.body.toString("utf8").matchAll(/href="([^"#?]+)"/g)) {
      const href = m[1] ?? "";
      // Pages rendered per request (search, a week: lib/programme-pages.ts) are not the release's.
      if (href.startsWith(prefix) && programmePage(href)?.cached !== false && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  seen.delete(`/schedule/${slug}`);
  return [...seen].sort();
}

test.describe("the front serves each release from memory", () => {
  test("every public page and feed of the demo's release: from memory, br / gzip / identity, byte-identical to Next's render, Next's headers", async () => {
    test.setTimeout(180_000);
    await waitUntilServed(`/schedule/${DEMO_SLUG}/changes`);
    const addresses = await crawl(DEMO_SLUG);
    expect(addresses.length).toBeGreaterThan(20);
    for (const kind of [
      /\/\d{4}-\d{2}-\d{2}$/,
      /\/grid$/,
      /\/print$/,
      /\/venues\/[^/]+$/,
      /\/films\/[^/]+$/,
      /\/screenings\/\d+\.ics$/,
      /schedule\.(ics|xml|json|csv)$/,
    ])
      expect(
        addresses.some((a) => kind.test(a)),
        `${kind} among the crawled addresses`,
      ).toBe(true);
    for (const path of addresses) {
      const next = await fromNext(path);
      expect(next.status, path).toBe(200);
      expect(next.headers["x-lineup-cache"], `${path} from Next`).toBeUndefined();
      const expected = expectedBytes(next);
      for (const [ask, sent] of [
        ["gzip, deflate, br", "br"],
        ["gzip", "gzip"],
        [null, undefined],
      ] as const) {
        const r = await raw(path, ask ? { "accept-encoding": ask } : {});
        expect(r.status, path).toBe(200);
        expect(r.headers["x-lineup-cache"], `${path} is served from memory`).toBe("HIT");
        expect(r.headers["content-encoding"], `${path} asked ${ask}`).toBe(sent);
        expect(r.headers.vary, path).toMatch(/Accept-Encoding/);
        for (const token of String(next.headers.vary ?? "")
          .split(",")
          .filter((t) => t.trim()))
          expect(r.headers.vary, `${path}: Next's Vary ${token}`).toContain(token.trim());
        expect(Number(r.headers["content-length"]), path).toBe(r.wire.length);
        expect(r.body.equals(expected), `${path} (${sent ?? "identity"}) is Next's render, byte for byte`).toBe(true);
        expect(comparable(r.headers), `${path}: the headers Next sends`).toEqual(comparable(next.headers));
        expect(r.headers["last-modified"], path).toMatch(/GMT$/);
        if (!String(next.headers["content-type"]).startsWith("text/html"))
          expect(r.headers.etag, `${path}: the feed's own ETag`).toBe(next.headers.etag);
      }
    }
    // The policy (only the planner's toggle may run) and the security headers are among them.
    const day = addresses.find((a) => /\/\d{4}-\d{2}-\d{2}$/.test(a)) ?? "";
    const page = await raw(day, { "accept-encoding": "br" });
    expect(page.headers["content-security-policy"]).toContain(`script-src '${PLANNER_SCRIPT_HASH}';`);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    // the one script tag left is the toggle's (Next's own are dropped)
    for (const tag of page.body.toString("utf8").match(/<script\b[^>]*>/g) ?? [])
      expect(tag).toContain(`integrity="${PLANNER_SCRIPT_HASH}"`);
  });

  test("304 for If-None-Match and If-Modified-Since, HEAD without a body, an outside render header is ignored", async () => {
    const path = `/schedule/${DEMO_SLUG}/changes`;
    await waitUntilServed(path);
    for (const p of [path, `/schedule/${DEMO_SLUG}/schedule.xml`]) {
      const full = await raw(p, { "accept-encoding": "br" });
      expect(full.status).toBe(200);
      const etag = String(full.headers.etag);
      const byTag = await raw(p, { "if-none-match": etag, "accept-encoding": "br" });
      expect(byTag.status, `${p} If-None-Match`).toBe(304);
      expect(byTag.wire.length).toBe(0);
      expect(byTag.headers.etag).toBe(etag);
      expect((await raw(p, { "if-none-match": `W/${etag}` })).status, "weak comparison").toBe(304);
      expect((await raw(p, { "if-none-match": '"another"' })).status).toBe(200);
      const lastModified = String(full.headers["last-modified"]);
      expect((await raw(p, { "if-modified-since": lastModified })).status, `${p} If-Modified-Since`).toBe(304);
      expect((await raw(p, { "if-modified-since": new Date(Date.parse(lastModified) - 1000).toUTCString() })).status).toBe(200);
      const head = await raw(p, { "accept-encoding": "br" }, "HEAD");
      expect(head.status).toBe(200);
      expect(head.wire.length).toBe(0);
      expect(head.headers["content-length"]).toBe(String(full.wire.length));
      expect(head.headers["content-encoding"]).toBe("br");
    }
    const forged = await raw(path, { "x-lineup-render": "guessed" });
    expect(forged.headers["x-lineup-cache"], "a wrong render token does not pass the store").toBe("HIT");
    // A query does not change a released page; Next's client navigation goes to Next.
    expect((await raw(`${path}?utm_source=x`)).headers["x-lineup-cache"]).toBe("HIT");
    expect((await raw(path, { rsc: "1" })).headers["x-lineup-cache"]).toBeUndefined();
  });

  test("after POST releases answers 201, the very next GET of every address has the new release", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Salt of the Earth", year: 1954, runtimeMinutes: 94 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } })).status()).toBe(200);
    const first = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "one" } });
    expect(first.status()).toBe(201);
    const day = `/schedule/${ed.slug}/2026-10-23`;
    const r1 = await raw(day, { "accept-encoding": "gzip" });
    expect(r1.headers["x-lineup-cache"], "the first release is served from memory at once").toBe("HIT");
    expect(r1.body.toString("utf8")).toContain("18:00");
    for (let k = 2; k <= 4; k++) {
      const hour = 17 + k;
      const moved = await api.patch(`/api/v1/editions/${ed.slug}/slots/${slot.id}`, {
        data: { startsAt: `2026-10-23T${hour}:00:00+01:00`, endsAt: `2026-10-23T${hour + 2}:00:00+01:00` },
      });
      expect(moved.status()).toBe(200);
      const res = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: `release ${k}` } });
      expect(res.status()).toBe(201);
      expect((await res.json()).version).toBe(k);
      const page = await raw(day, { "accept-encoding": "br" });
      expect(page.headers["x-lineup-cache"]).toBe("HIT");
      const html = page.body.toString("utf8");
      expect(html, `release ${k}'s day page right after the 201`).toContain(` ${k} /schedule/${ed.slug}/2026-10-23"`);
      expect(html).toContain(`${hour}:00`);
      const ics = await raw(`/schedule/${ed.slug}/schedule.ics`, { "accept-encoding": "gzip" });
      expect(ics.headers.etag, "the calendar of the new release").toContain(`-v${k}-`);
      const xml = await raw(`/schedule/${ed.slug}/schedule.xml`);
      expect(xml.headers.etag, "the feed of the new release").toContain(`-v${k}-`);
      const changes = (await raw(`/schedule/${ed.slug}/changes`, { "accept-encoding": "br" })).body.toString("utf8");
      expect(changes).toContain(`release ${k}`);
    }
  });
});
