/**
 * b. Readers during releases: READERS concurrent readers load the public day page for
 * DURATION while RELEASES releases are published, each moving the marker screening and
 * renaming its film. Proves: every page is 2xx and is exactly one release (the header's
 * release number, the film title marker and the start time all belong to the same release),
 * every page decodes as the browser asked (half the readers ask for gzip, half for nothing),
 * and no reader ever sees an older release after a newer one.
 */
import http from "node:http";
import zlib from "node:zlib";
import { type Festival, latestRelease, MARKER_DAY, readMarkerPage, setMarkers } from "@/reliability/fixtures";
import { Client, percentile, sleep } from "@/reliability/lib";

/** GET with node:http, as a browser asks (accept-encoding given or not), decoding the body once per content-encoding. */
function browserGet(
  agent: http.Agent,
  url: string,
  acceptEncoding: string | null,
): Promise<{ status: number; html: string; encoding: string; cache: string; undecodable: string | null }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: "text/html" };
    if (acceptEncoding) headers["accept-encoding"] = acceptEncoding;
    const req = http.get(url, { agent, headers, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        let body = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        let undecodable: string | null = null;
        try {
          if (encoding === "gzip") body = zlib.gunzipSync(body);
          else if (encoding === "br") body = zlib.brotliDecompressSync(body);
          else if (encoding === "deflate") body = zlib.inflateSync(body);
        } catch (e) {
          undecodable = `content-encoding ${encoding} but the body does not decode: ${(e as Error).message}`;
        }
        if (!undecodable && body[0] === 0x1f && body[1] === 0x8b)
          undecodable = `content-encoding ${encoding}, but after decoding it the body is gzip again (compressed twice)`;
        else if (!undecodable && body.length === 0)
          undecodable = `content-encoding ${encoding}, but the body decodes to nothing (${Buffer.concat(chunks).length} bytes sent)`;
        else if (!undecodable && !/<html/i.test(body.subarray(0, 2000).toString("utf8")))
          undecodable = `content-encoding ${encoding}, but the decoded body is not an HTML page`;
        resolve({
          status: res.statusCode ?? 0,
          html: body.toString("utf8"),
          encoding,
          cache: String(res.headers["x-lineup-cache"] ?? "-"),
          undecodable,
        });
      });
    });
    req.on("timeout", () => req.destroy(new Error("no answer in 20 s")));
    req.on("error", reject);
  });
}

export interface ReaderFigures {
  readers: number;
  seconds: number;
  pages: number;
  non2xx: number;
  errors: number;
  mixed: number;
  wentBack: number;
  /** Pages whose bytes a browser could not read (e.g. compressed twice), by the encoding asked for. */
  undecodable: number;
  undecodableByAsk: Record<string, number>;
  servedBy: Record<string, number>;
  releasesPublished: number;
  releasesSeen: number[];
  publishFailures: string[];
  examples: string[];
  p50ms: number;
  p99ms: number;
  pagesPerSecond: number;
}

export async function readersDuringReleases(
  base: string,
  cookie: string,
  f: Festival,
  opts = { readers: 50, seconds: 30, releases: 10 },
): Promise<ReaderFigures> {
  const api = new Client(base, cookie);
  const url = `/schedule/${f.slug}/${MARKER_DAY}`;
  const stopAt = Date.now() + opts.seconds * 1000;
  let pages = 0;
  let non2xx = 0;
  let errors = 0;
  let mixed = 0;
  let wentBack = 0;
  let undecodable = 0;
  const undecodableByAsk: Record<string, number> = {};
  const servedBy: Record<string, number> = {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.readers });
  const seen = new Set<number>();
  const examples: string[] = [];
  const latencies: number[] = [];
  const publishFailures: string[] = [];
  let published = 0;

  // Even readers ask for gzip like browsers do; odd ones ask for no compression.
  const reader = async (i: number) => {
    const ask = i % 2 === 0 ? "gzip, deflate, br" : null;
    let highest = 0;
    while (Date.now() < stopAt) {
      const t0 = performance.now();
      try {
        const r = await browserGet(agent, base + url, ask);
        latencies.push(performance.now() - t0);
        pages += 1;
        const by = `${ask ? "gzip asked" : "no compression asked"}, cache ${r.cache}, sent ${r.encoding}`;
        servedBy[by] = (servedBy[by] ?? 0) + 1;
        if (r.status < 200 || r.status > 299) {
          non2xx += 1;
          if (examples.length < 10) examples.push(`reader ${i}: ${r.status} ${r.html.slice(0, 200)}`);
          continue;
        }
        if (r.undecodable) {
          undecodable += 1;
          const k = ask ?? "none";
          undecodableByAsk[k] = (undecodableByAsk[k] ?? 0) + 1;
          if (examples.length < 10 && !examples.some((e) => e.includes(r.undecodable!)))
            examples.push(`reader ${i} (accept-encoding: ${k}, x-lineup-cache: ${r.cache}): ${r.undecodable}`);
          continue;
        }
        const p = readMarkerPage(r.html);
        if (!p.consistent) {
          mixed += 1;
          if (examples.length < 10) examples.push(`reader ${i} (cache ${r.cache}): ${p.why}`);
          continue;
        }
        seen.add(p.release!);
        if (p.release! < highest) {
          wentBack += 1;
          if (examples.length < 10) examples.push(`reader ${i}: saw release ${p.release} after release ${highest}`);
        }
        highest = Math.max(highest, p.release!);
      } catch (e) {
        errors += 1;
        if (examples.length < 10) examples.push(`reader ${i}: ${(e as Error).message}`);
      }
    }
  };

  const publisher = async () => {
    const gap = (opts.seconds * 1000) / (opts.releases + 1);
    const t0 = Date.now();
    for (let n = 0; n < opts.releases; n++) {
      // release n+1 goes out at (n+1) x gap after the start, whatever the previous one took
      await sleep(Math.max(0, t0 + (n + 1) * gap - Date.now()));
      try {
        const k = (await latestRelease(api, f.slug)) + 1;
        await setMarkers(api, f, k);
        const r = await api.post(`/api/v1/editions/${f.slug}/releases`, { note: `reliability b ${n + 1}` });
        if (r.status === 201 && r.json<{ version: number }>().version === k) published += 1;
        else publishFailures.push(`release ${k}: ${r.status} ${r.text.slice(0, 300)}`);
      } catch (e) {
        publishFailures.push((e as Error).message);
      }
    }
  };

  const started = Date.now();
  await Promise.all([...Array.from({ length: opts.readers }, (_, i) => reader(i)), publisher()]);
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  return {
    readers: opts.readers,
    seconds: Math.round(seconds * 10) / 10,
    pages,
    non2xx,
    errors,
    mixed,
    wentBack,
    undecodable,
    undecodableByAsk,
    servedBy,
    releasesPublished: published,
    releasesSeen: [...seen].sort((a, b) => a - b),
    publishFailures,
    examples,
    p50ms: Math.round(percentile(latencies, 50)),
    p99ms: Math.round(percentile(latencies, 99)),
    pagesPerSecond: Math.round(pages / seconds),
  };
}
