/**
 * The release cache: what the audience reads of each edition's latest release, kept in
 * this process's memory and emptied when a release is published. One typed owner of:
 *
 * - the laid-out programme of the latest release per edition (server/services/public.ts
 *   fills it from the database);
 * - Next's page cache (ISR) for the public pages: cache-handler.mjs hands Next's calls to
 *   `get`/`set`/`revalidateTag` here. Next's keys are opaque: an entry's edition, release and
 *   address come from the page itself, which names them in a `<meta name="lineup-release">`
 *   (components/public/ReleaseMark.tsx);
 * - the finished HTML of each rendered page of the current release, which proxy.ts serves
 *   like a static file (no rendering), and the no-script policy such pages are sent with.
 *
 * Next bundles route handlers, pages, the proxy and the cache handler separately; the one
 * instance lives on globalThis (like the database connection). Nothing is written to disk,
 * so a fresh database never meets pages rendered from an old one.
 * (Issue 14 replaces the page part by releases rendered at publish time.)
 */
import { createHash } from "node:crypto";
import type { Programme } from "@/lib/programme";
import type { Release } from "@/lib/types";

/** The policy of pages rendered once per release: they carry no per-request nonce, so no script may run. */
export const NO_SCRIPT_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export interface Published {
  version: number;
  publishedAt: Date;
  note: string | null;
  programme: Programme;
  /** Every release's number, date, note and changes, newest first. */
  history: Omit<Release, "snapshot">[];
}

/** A rendered public page, ready to send. */
export interface PageBytes {
  slug: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** What Next stores for a page (only the fields read here; the rest is passed back untouched). */
interface NextCacheValue {
  kind?: string;
  html?: unknown;
  status?: number;
  headers?: Record<string, unknown>;
}

interface Entry {
  value: NextCacheValue;
  lastModified: number;
  cacheControl: unknown;
  /** The edition the page belongs to (from its mark), or null for an unmarked page (a 404, a static page). */
  slug: string | null;
}

/** `<meta name="lineup-release" content="{slug} {version} {pathname}">`, as ReleaseMark renders it. */
const MARK = /<meta name="lineup-release" content="([^" ]+) (\d+) ([^" ]+)"/;

export function releaseMarkContent(slug: string, version: number, pathname: string): string {
  return `${slug} ${version} ${pathname}`;
}

export class ReleaseCache {
  readonly programmes = new Map<string, Published>();
  readonly pages = new Map<string, PageBytes>();
  private readonly entries = new Map<string, Entry>();
  private readonly expiredTags = new Map<string, number>();

  /** A release was published (or the database changed under us): forget what was laid out and rendered. */
  forget(slug?: string): void {
    if (slug === undefined) {
      this.programmes.clear();
      this.pages.clear();
      this.entries.clear();
      return;
    }
    this.programmes.delete(slug);
    for (const [path, page] of this.pages) if (page.slug === slug) this.pages.delete(path);
    // Unmarked entries (a 404 rendered before the first release) go too: the release may have made them pages.
    for (const [key, entry] of this.entries) if (entry.slug === slug || entry.slug === null) this.entries.delete(key);
  }

  /* ---------- Next's cache handler interface (cache-handler.mjs) ---------- */

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const tags = entry.value.headers?.["x-next-cache-tags"];
    if (typeof tags === "string" && tags.split(",").some((t) => (this.expiredTags.get(t) ?? 0) >= entry.lastModified)) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  set(key: string, value: NextCacheValue | null, ctx?: { cacheControl?: unknown }): void {
    if (!value) {
      this.entries.delete(key);
      return;
    }
    const html = typeof value.html === "string" ? value.html : null;
    const mark = html ? MARK.exec(html) : null;
    if (!mark) {
      this.entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, slug: null });
      return;
    }
    const [, slug = "", version, pathname = ""] = mark;
    // A render that began before a release was published carries the old release: do not keep it.
    if (this.programmes.get(slug)?.version !== Number(version)) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, slug });
    if (html && (value.status ?? 200) === 200) this.pages.set(pathname, pageBytes(slug, html));
  }

  revalidateTag(tags: string | string[]): void {
    const now = Date.now();
    for (const t of [tags].flat()) this.expiredTags.set(t, now);
  }
}

/**
 * The page's HTML as proxy.ts sends it. These pages run no script (their CSP is
 * script-src 'none'; they are complete without JavaScript), so Next's scripts and inline
 * page data are dropped: half the bytes.
 */
function pageBytes(slug: string, html: string): PageBytes {
  const body = new TextEncoder().encode(
    html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, ""),
  );
  return { slug, body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
}

declare global {
  // One per process, shared by Next's bundles (see above).
  var __lineupReleaseCache: ReleaseCache | undefined;
}

export function releaseCache(): ReleaseCache {
  globalThis.__lineupReleaseCache ??= new ReleaseCache();
  return globalThis.__lineupReleaseCache;
}
