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
import { isStoredHeader } from "@/lib/http/stored-headers";
import { type FeedAddress, type FeedKind, releaseAddresses, withoutScripts } from "@/lib/programme-pages";
import { releaseMarkVersion } from "@/server/release-cache";
import { getFeed, publicBaseUrl } from "@/server/services/feeds";
import { getPublished, listPublishedEditions, type Published } from "@/server/services/public";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Brotli quality 9: quality 11 took 9.5 s for a 3 MB feed on this machine, 9 takes 0.3 s for 1.5x its size. */
const BROTLI_QUALITY = 9;
/** Addresses rendered at once (Next renders on the main thread; compression runs on libuv's pool beside it). */
const CONCURRENCY = 4;

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

/** Not every address is asked of Next: see renderRelease. */
interface Rendered {
  identity: Buffer;
  headers: Record<string, string>;
  etag: string;
}

/** The release a feed's ETag names ("slug-vN-kind"). */
function feedVersion(etag: string): number | null {
  const m = /-v(\d+)-/.exec(etag);
  return m ? Number(m[1]) : null;
}

/** One address as Next answers it: status 200, no cookie, no nonce, of release p. */
async function fromNextChecked(origin: string, token: string, address: string, p: Published, html: boolean): Promise<Rendered> {
  const answer = await fromNext(origin, token, address);
  if (answer.status !== 200) throw new Error(`${address}: Next answered ${answer.status}`);
  if (answer.headers["set-cookie"]) throw new Error(`${address}: Next set a cookie; a shared page must not`);
  if (String(answer.headers["content-security-policy"] ?? "").includes("'nonce-"))
    throw new Error(`${address}: Next sent a per-request nonce; a shared answer must not carry one`);
  const text = html ? answer.body.toString("utf8") : "";
  const etag = String(answer.headers.etag ?? "");
  const version = html ? releaseMarkVersion(text) : feedVersion(etag);
  if (version !== p.version) throw new Superseded(`${address}: release ${version}, not ${p.version}`);
  const identity = html ? Buffer.from(withoutScripts(text)) : answer.body;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers))
    if (value !== undefined && isStoredHeader(name)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  // The answer differs by the encoding asked for, beside what Next's own Vary names.
  headers.vary =
    headers.vary && !/accept-encoding/i.test(headers.vary) ? `${headers.vary}, Accept-Encoding` : (headers.vary ?? "Accept-Encoding");
  return {
    identity,
    headers,
    etag: html
      ? `"${p.programme.edition.slug}-v${p.version}-${createHash("sha1").update(identity).digest("base64url").slice(0, 16)}"`
      : etag,
  };
}

/**
 * A feed rendered in this process by the service the feed's route calls (getFeed: the same
 * body, ETag and Content-Disposition), in the envelope of headers Next sent with the first
 * feed of its kind (content type, cache control, security headers, CSP).
 */
function feedInProcess(slug: string, f: FeedAddress, p: Published, envelope: Record<string, string>): Rendered {
  const feed = getFeed(slug, { kind: f.kind, key: f.key, baseUrl: publicBaseUrl(), locale: f.locale });
  if (feedVersion(feed.etag) !== p.version) throw new Superseded(`${f.path}: ${feed.etag}, not release ${p.version}`);
  const headers = { ...envelope };
  delete headers["content-disposition"];
  if (feed.contentDisposition) headers["content-disposition"] = feed.contentDisposition;
  return { identity: Buffer.from(feed.body), headers, etag: feed.etag };
}

async function compressed(r: Rendered, p: Published): Promise<StoredFile> {
  const [br, gz] = await Promise.all([
    brotli(r.identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: r.identity.length,
        // A window no larger than the file: a small calendar compresses 3x faster.
        [zlib.constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(10, Math.ceil(Math.log2(r.identity.length + 1)))),
      },
    }),
    gzip(r.identity, { level: 9 }),
  ]);
  return {
    identity: r.identity,
    br,
    gzip: gz,
    etag: r.etag,
    lastModified: p.publishedAt.toUTCString(),
    lastModifiedMs: p.publishedAt.getTime(),
    headers: r.headers,
  };
}

/** Runs fn over items, `limit` at a time. */
async function each<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/**
 * Every address of release p: each page from Next; the first feed of each kind from Next
 * (its headers are the envelope), the other feeds of that kind in this process (getFeed, as
 * their route does: thousands of small calendars need no trip through Next).
 * e2e/api/serve.spec.ts compares every one of them with Next's own answer.
 */
async function renderRelease(slug: string, p: Published, origin: string, token: string): Promise<StoredRelease> {
  const t0 = performance.now();
  const { pages, feeds } = releaseAddresses(p.programme);
  const files = new Map<string, StoredFile>();
  let bytes = 0;
  const keep = async (address: string, r: Rendered) => {
    const file = await compressed(r, p);
    files.set(address, file);
    bytes += file.identity.length + file.br.length + file.gzip.length;
  };
  const envelopes = new Map<FeedKind, Record<string, string>>();
  const firsts = feeds.filter((f) => {
    if (envelopes.has(f.kind)) return false;
    envelopes.set(f.kind, {});
    return true;
  });
  await each(firsts, CONCURRENCY, async (f) => {
    const r = await fromNextChecked(origin, token, f.path, p, false);
    envelopes.set(f.kind, r.headers);
    await keep(f.path, r);
  });
  await each(
    feeds.filter((f) => !files.has(f.path)),
    CONCURRENCY,
    (f) => keep(f.path, feedInProcess(slug, f, p, envelopes.get(f.kind) ?? {})),
  );
  const feedsMs = performance.now() - t0;
  await each(pages, CONCURRENCY, async (address) => keep(address, await fromNextChecked(origin, token, address, p, true)));
  const renderMs = performance.now() - t0;
  console.log(
    `[lineup] release ${p.version} of ${slug}: ${feeds.length} feeds in ${Math.round(feedsMs)} ms, ${pages.length} pages in ${Math.round(renderMs - feedsMs)} ms`,
  );
  return { slug, version: p.version, publishedAtMs: p.publishedAt.getTime(), files, bytes, renderMs };
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
  const serveAll = async () => {
    for (const e of listPublishedEditions()) {
      try {
        await serveLatestRelease(e.slug);
      } catch (err) {
        console.error(`[lineup] rendering the release of ${e.slug}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  // The front may already listen (start-up work before this ran took a while): then at once.
  const registry = releaseRegistry();
  if (registry.origin) void serveAll();
  else registry.onOrigin.push(() => void serveAll());
}
