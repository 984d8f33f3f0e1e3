/**
 * The released public site: when a release is published (and for each edition's current
 * release once the server listens), every public address of it (lib/programme-pages.ts
 * releaseAddresses) is rendered at once, compressed once with brotli and gzip, and handed
 * to the HTTP front (front/release-store.mjs), which answers those addresses from memory
 * before Next's routing. No visitor waits for a render of a released page.
 *
 * Rendering asks Next itself, in this process, through the front's own loopback address with
 * the render header (RENDER_HEADER + the registry's renderToken, which outside requests cannot
 * send): the bytes are exactly what Next answers, with the headers it sends (proxy.ts's CSP,
 * next.config's security headers, the feeds' ETag and cache control). Pages lose their scripts
 * (withoutScripts: their policy runs none).
 *
 * One render per edition at a time (a queue per slug); a render that meets a newer release
 * (a page or feed of another version) starts over on the newest; the finished release
 * replaces the edition's previous one in one Map.set, so a reader gets one release or the
 * other, never a mix, and memory holds at most the one served and the one being rendered.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { RENDER_HEADER, releaseRegistry, type StoredFile, type StoredRelease } from "@/front/release-store.mjs";
import { releaseAddresses, withoutScripts } from "@/lib/programme-pages";
import { releaseMarkVersion } from "@/server/release-cache";
import { getPublished, listPublishedEditions, type Published } from "@/server/services/public";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Brotli quality 9: quality 11 took 9.5 s for a 3 MB feed on this machine, 9 takes 0.3 s for 1.5x its size. */
const BROTLI_QUALITY = 9;
/** Addresses rendered at once (Next renders on the main thread; compression runs on libuv's pool beside it). */
const CONCURRENCY = 4;

/** Headers that belong to one response on one connection, or that the front sets itself. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
  "last-modified",
  "x-lineup-cache",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "strict-transport-security",
]);

class Superseded extends Error {}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** GET an address from Next through the front, past the store. Not fetch(): Next patches it. */
function fromNext(origin: string, token: string, address: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${origin}${address}`, { headers: { [RENDER_HEADER]: token, "accept-encoding": "identity" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from Next in 60 s: ${address}`)));
  });
}

/** The release an answer belongs to: the page's mark, or the feed's ETag ("slug-vN-kind"). */
function versionOf(answer: Answer, html: boolean): number | null {
  if (html) return releaseMarkVersion(answer.body.toString("utf8"));
  const m = /-v(\d+)-/.exec(String(answer.headers.etag ?? ""));
  return m ? Number(m[1]) : null;
}

async function renderOne(origin: string, token: string, address: string, p: Published, html: boolean): Promise<StoredFile> {
  const answer = await fromNext(origin, token, address);
  if (answer.status !== 200) throw new Error(`${address}: Next answered ${answer.status}`);
  if (answer.headers["set-cookie"]) throw new Error(`${address}: Next set a cookie; a shared page must not`);
  if (String(answer.headers["content-security-policy"] ?? "").includes("'nonce-"))
    throw new Error(`${address}: Next sent a per-request nonce; a shared answer must not carry one`);
  const version = versionOf(answer, html);
  if (version !== p.version) throw new Superseded(`${address}: release ${version}, not ${p.version}`);
  const identity = html ? Buffer.from(withoutScripts(answer.body.toString("utf8"))) : answer.body;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers))
    if (value !== undefined && !NOT_STORED.has(name)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  // The answer differs by the encoding asked for, beside what Next's own Vary names.
  headers.vary =
    headers.vary && !/accept-encoding/i.test(headers.vary) ? `${headers.vary}, Accept-Encoding` : (headers.vary ?? "Accept-Encoding");
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzip(identity, { level: 9 }),
  ]);
  const etag =
    !html && typeof answer.headers.etag === "string"
      ? answer.headers.etag
      : `"${p.programme.edition.slug}-v${p.version}-${createHash("sha1").update(identity).digest("base64url").slice(0, 16)}"`;
  return {
    identity,
    br,
    gzip: gz,
    etag,
    lastModified: p.publishedAt.toUTCString(),
    lastModifiedMs: p.publishedAt.getTime(),
    headers,
  };
}

async function renderRelease(slug: string, p: Published, origin: string, token: string): Promise<StoredRelease> {
  const t0 = performance.now();
  const { pages, feeds } = releaseAddresses(p.programme);
  const work = [...pages.map((a) => ({ a, html: true })), ...feeds.map((a) => ({ a, html: false }))];
  const files = new Map<string, StoredFile>();
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    for (let item = work[next++]; item; item = work[next++]) {
      const file = await renderOne(origin, token, item.a, p, item.html);
      files.set(item.a, file);
      bytes += file.identity.length + file.br.length + file.gzip.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { slug, version: p.version, publishedAtMs: p.publishedAt.getTime(), files, bytes, renderMs: performance.now() - t0 };
}

const queues = new Map<string, Promise<void>>();

/** The edition's latest release, rendered and swapped in (nothing to do without a front). */
async function serveLatest(slug: string): Promise<void> {
  const registry = releaseRegistry();
  const { origin, renderToken } = registry;
  if (!origin) return;
  for (let attempt = 0; attempt < 5; attempt++) {
    const p = getPublished(slug);
    if (!p) {
      registry.releases.delete(slug);
      return;
    }
    const current = registry.releases.get(slug);
    if (current && current.version === p.version && current.publishedAtMs === p.publishedAt.getTime()) return;
    try {
      const release = await renderRelease(slug, p, origin, renderToken);
      // The swap: one assignment; the release it replaces is dropped with it.
      registry.releases.set(slug, release);
      console.log(
        `[lineup] release ${p.version} of ${slug}: ${release.files.size} addresses rendered and compressed in ${Math.round(release.renderMs)} ms, ${Math.round(release.bytes / 1024)} KB held`,
      );
      return;
    } catch (e) {
      if (e instanceof Superseded) continue;
      // Never serve an older release than the database has: Next answers the edition until the next render.
      registry.releases.delete(slug);
      console.error(
        `[lineup] release ${p.version} of ${slug} could not be rendered, Next serves it: ${e instanceof Error ? e.message : String(e)}`,
      );
      return;
    }
  }
  registry.releases.delete(slug);
  console.error(`[lineup] release of ${slug}: still superseded after 5 renders; Next serves it`);
}

/**
 * Renders the edition's latest release and swaps it in; resolves once the front serves it
 * (or a newer one). Renders of one edition run one after the other.
 */
export function serveLatestRelease(slug: string): Promise<void> {
  const previous = queues.get(slug) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => serveLatest(slug));
  queues.set(slug, mine);
  return mine;
}

/** Every published edition's latest release, once the front listens (instrumentation.ts). */
export function serveReleasesOnceListening(): void {
  releaseRegistry().onOrigin.push(() => {
    void (async () => {
      for (const e of listPublishedEditions()) {
        try {
          await serveLatestRelease(e.slug);
        } catch (err) {
          console.error(`[lineup] rendering the release of ${e.slug}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })();
  });
}

/** The front stops serving the edition's release (its releases were removed, or the database replaced). */
export function stopServing(slug?: string): void {
  const { releases } = releaseRegistry();
  if (slug === undefined) releases.clear();
  else releases.delete(slug);
}

/** What the front holds: per edition, the release served, its addresses and bytes. */
export function servedReleases(): { slug: string; version: number; addresses: number; bytes: number; renderMs: number }[] {
  return [...releaseRegistry().releases.values()].map((r) => ({
    slug: r.slug,
    version: r.version,
    addresses: r.files.size,
    bytes: r.bytes,
    renderMs: Math.round(r.renderMs),
  }));
}
