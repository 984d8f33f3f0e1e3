/**
 * The one producer of a release's public site as files (issue 14 §2): every page (with
 * relative links, no scripts), every feed, the stylesheets and fonts they use, each text file
 * with pre-compressed .br and .gz copies (node:zlib). Used by `npm run export`, by the publish
 * targets (server/services/site-publish.ts) and by `npm run publish-site`.
 *
 * Pages and feeds are fetched from a running Lineup: what the audience gets is what is
 * written. Inside the server, that is the server itself (selfFetch: the front registers its
 * own address). Every page names its release (components/public/ReleaseMark.tsx): a page of
 * another release than the one being written stops the export (a newer release superseded it).
 */

import { promisify } from "node:util";
import zlib from "node:zlib";
import { getDb } from "@/db/client";
import { getEditionBySlug } from "@/db/queries/editions";
import { latestReleaseVersion } from "@/db/queries/releases";
import { releaseRegistry } from "@/front/release-store.mjs";
import type { Programme } from "@/lib/programme";
import {
  assetsIn,
  contentTypeOf,
  feedAddress,
  isCompressible,
  rewriteCss,
  rewriteHtml,
  type SiteAddresses,
  type SiteContents,
  SiteLayout,
  siteAddresses,
} from "@/lib/site-files";
import { ServiceError } from "@/server/errors";
import { getFeed, publicBaseUrl } from "./feeds";
import { getPublished } from "./public";

export interface SiteFile {
  /** Relative to the site's top folder, e.g. "2026-05-01/index.html". */
  path: string;
  body: Buffer;
  contentType: string;
  /** Pre-compressed copies, for text formats. */
  br?: Buffer;
  gz?: Buffer;
}

export interface Site {
  slug: string;
  version: number;
  publishedAt: Date;
  files: SiteFile[];
}

/** Fetches one address of a running Lineup (GET). */
export type Fetcher = (pathname: string) => Promise<Response>;

/** A newer release was published while this one was being written: its own publish writes it. */
export class SupersededError extends Error {}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli's quality for the pre-compressed copies. 11 (the best) is ~60x slower: on the generated
 * festival's 42 MB of text (4,388 files) quality 6 takes 1.1 s for 5.96 MB, 9 takes 19 s for
 * 5.78 MB, 11 takes 59 s for 5.18 MB. A release must reach its targets within seconds.
 */
const BROTLI_QUALITY = 6;

/** Compresses once with brotli (BROTLI_QUALITY) and gzip (level 9); Node runs both on its thread pool. */
export async function compressed(path: string, body: Buffer): Promise<Pick<SiteFile, "br" | "gz">> {
  if (!isCompressible(path)) return {};
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/** `<meta name="lineup-release" content="{slug} {version} {pathname}">` */
const MARK = /<meta name="lineup-release" content="([^" ]+) (\d+) [^"]*"/;

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface ProduceOptions {
  fetch: Fetcher;
  addresses: SiteAddresses;
  /** The address that becomes the site's top folder ("/" or "/schedule/{slug}"). */
  root: string;
  /** Every page must carry this release's mark (slug and version), else SupersededError. */
  expect?: { slug: string; version: number };
  /** Extra pages outside `addresses` (the CLI's front page "/"). */
  extraPages?: string[];
  concurrency?: number;
}

/** Fetches, rewrites and compresses the site. Feeds a release does not have (404) are left out and counted. */
export async function produceFiles(o: ProduceOptions): Promise<{ files: SiteFile[]; missing: string[] }> {
  const pages = [...(o.extraPages ?? []), ...o.addresses.pages];
  const layout = new SiteLayout(o.root, { pages, files: o.addresses.files });
  const files: SiteFile[] = [];
  const missing: string[] = [];
  const assets = new Set<string>();
  const add = async (path: string, body: Buffer) => {
    files.push({ path, body, contentType: contentTypeOf(path), ...(await compressed(path, body)) });
  };
  const get = async (address: string): Promise<Response> => {
    const res = await o.fetch(address);
    if (!res.ok && res.status !== 404) throw new Error(`${address}: HTTP ${res.status}`);
    return res;
  };
  const limit = o.concurrency ?? 4;

  await eachLimited(pages, limit, async (address) => {
    const file = layout.fileOf(address);
    if (file === null) return;
    const res = await get(address);
    if (!res.ok) throw new Error(`${address}: HTTP ${res.status}`);
    const html = await res.text();
    if (o.expect) {
      const mark = MARK.exec(html);
      if (mark && (mark[1] !== o.expect.slug || Number(mark[2]) !== o.expect.version))
        throw new SupersededError(`${address} shows release ${mark[2]}, not ${o.expect.version}`);
    }
    for (const a of assetsIn(html)) assets.add(a);
    await add(file, Buffer.from(rewriteHtml(html, file, layout)));
  });
  await eachLimited(o.addresses.files, limit, async (address) => {
    const file = layout.fileOf(address);
    if (file === null) return;
    const res = await get(address);
    if (res.status === 404) {
      missing.push(address);
      return;
    }
    await add(file, Buffer.from(await res.arrayBuffer()));
  });
  // Stylesheets may name fonts: read them first, then what they name.
  const done = new Set<string>();
  while (done.size < assets.size) {
    const batch = [...assets].filter((a) => !done.has(a));
    await eachLimited(batch, limit, async (address) => {
      done.add(address);
      const file = address.slice(1);
      const res = await get(address);
      if (!res.ok) return;
      let body = Buffer.from(await res.arrayBuffer());
      if (file.endsWith(".css")) {
        const css = body.toString("utf8");
        for (const a of assetsIn(css, address)) assets.add(a);
        body = Buffer.from(rewriteCss(css, file));
      }
      await add(file, body);
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, missing };
}

/** What a release's programme has, as addresses need it. */
function contentsOf(slug: string, programme: Programme): SiteContents {
  return {
    slug,
    days: programme.days.map((d) => d.day),
    venueSlugs: programme.venues.map((v) => v.slug),
    filmSegments: programme.films.map((f) => f.segment),
    screeningIds: programme.screenings.map((s) => s.id),
    languages: programme.locales.filter((l) => l !== programme.defaultLocale),
  };
}

/** The front tells the app where it listens (front/front.mjs), so that the server can read its own pages. */
function selfUrl(env: NodeJS.ProcessEnv = process.env): string {
  const registered = releaseRegistry().origin;
  if (registered) return registered;
  return `http://127.0.0.1:${env.PORT ?? "3000"}`;
}

/** Has the front registered its address (is `npm start`'s server listening)? */
export function frontListening(): boolean {
  return releaseRegistry().origin !== null;
}

/** Fetches from this server (marked, so that logs can tell the export's reads from the audience's). */
const selfFetch: Fetcher = (pathname) =>
  fetch(`${selfUrl()}${pathname}`, { headers: { "accept-encoding": "gzip", "user-agent": "lineup-site-export" }, redirect: "manual" });

/**
 * Inside the server: feeds straight from server/services/feeds (the very body their routes send,
 * without an HTTP round trip per feed: a festival has one per film and per screening), pages
 * from the server itself (selfFetch).
 */
export const serverFetch: Fetcher = async (pathname) => {
  const feed = feedAddress(pathname);
  if (!feed) return selfFetch(pathname);
  try {
    const f = getFeed(feed.slug, { kind: feed.kind, key: feed.key, baseUrl: publicBaseUrl(), locale: feed.locale });
    return new Response(f.body, { status: 200, headers: { "content-type": f.contentType } });
  } catch (e) {
    if (e instanceof ServiceError && e.code === "not_found") return new Response(null, { status: 404 });
    throw e;
  }
};

/** The latest release of an edition as a site whose top folder is the edition's index. Null before the first release. */
export async function releaseSite(slug: string, fetcher: Fetcher = serverFetch): Promise<Site | null> {
  const published = getPublished(slug);
  if (!published) return null;
  const addresses = siteAddresses(contentsOf(slug, published.programme));
  const { files } = await produceFiles({
    fetch: fetcher,
    addresses,
    root: `/schedule/${slug}`,
    expect: { slug, version: published.version },
  });
  const edition = getEditionBySlug(getDb(), slug);
  if (!edition || latestReleaseVersion(getDb(), edition.id) !== published.version)
    throw new SupersededError(`release ${published.version} of ${slug} was superseded while it was written`);
  return { slug, version: published.version, publishedAt: published.publishedAt, files };
}
