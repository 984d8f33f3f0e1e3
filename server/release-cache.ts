/**
 * The release cache: what the audience reads of each edition's latest release, kept in
 * this process's memory and emptied when a release is published. One typed owner of:
 *
 * - the laid-out programme of the latest release per edition (server/services/public.ts
 *   fills it from the database);
 * - the released site the HTTP front serves from memory (front/release-store.mjs: a registry
 *   on globalThis under Symbol.for("lineup.releaseStore"), read by the front through
 *   releaseRegistry()); server/release-site.ts renders each release into it;
 * - the no-script policy the pages rendered once per release are sent with, and the policy of
 *   the embeddable listing, framed only by the edition's embedOrigins (embedPolicy).
 *
 * Next's own page cache (ISR) keeps nothing (cache-handler.mjs): a released page is kept once,
 * by the front, rendered when its release is published. Next bundles route handlers, pages and
 * the proxy separately; the one instance lives on globalThis (like the database connection).
 * Nothing is written to disk, so a fresh database never meets pages rendered from an old one.
 */
import { releaseRegistry } from "@/front/release-store.mjs";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";
import type { Programme } from "@/lib/programme";
import type { Release } from "@/lib/types";

/** The policy of answers that run no script (feeds, the API's documentation, a 404 of the audience's pages). */
export const NO_SCRIPT_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The embeddable listing's policy: no script, framed only by these origins (none: by no site). */
export function embedPolicy(origins: readonly string[]): string {
  return NO_SCRIPT_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.length > 0 ? origins.join(" ") : "'none'"}`);
}

/**
 * The edition's embedOrigins changed: from now on the front sends the embeddable listing of
 * its release already rendered with the new policy (no new release needed).
 */
export function embedOriginsChanged(slug: string, origins: readonly string[]): void {
  releaseRegistry().embedPolicies.set(slug, embedPolicy(origins));
}

/**
 * The policy of pages rendered once per release: they carry no per-request nonce; the one script
 * that may run is the planner's toggle (public/planner.js), by its hash and integrity, so Next's
 * own scripts (dropped from the stored pages: withoutScripts) never run.
 */
export const RELEASE_PAGE_CSP = NO_SCRIPT_CSP.replace("script-src 'none'", `script-src '${PLANNER_SCRIPT_HASH}'`);

export interface Published {
  version: number;
  publishedAt: Date;
  note: string | null;
  programme: Programme;
  /** Every release's number, date, note and changes, newest first. */
  history: Omit<Release, "snapshot">[];
}

/** `<meta name="lineup-release" content="{slug} {version} {pathname}">`, as ReleaseMark renders it. */
const MARK = /<meta name="lineup-release" content="([^" ]+) (\d+) ([^" ]+)"/;

export function releaseMarkContent(slug: string, version: number, pathname: string): string {
  return `${slug} ${version} ${pathname}`;
}

/** The release a rendered page names in its mark (ReleaseMark), or null for a page without one. */
export function releaseMarkVersion(html: string): number | null {
  const m = MARK.exec(html);
  return m ? Number(m[2]) : null;
}

export class ReleaseCache {
  readonly programmes = new Map<string, Published>();

  /**
   * A release was published: forget its laid-out programme (the next reader lays out the new
   * one). The front keeps serving the release it has until the new one is rendered and swapped
   * in (server/release-site.ts). Without a slug (the database changed under us), the front's
   * releases go too.
   */
  forget(slug?: string): void {
    if (slug !== undefined) {
      this.programmes.delete(slug);
      return;
    }
    this.programmes.clear();
    releaseRegistry().releases.clear();
    releaseRegistry().embedPolicies.clear();
  }
}

declare global {
  // One per process, shared by Next's bundles (see above).
  var __lineupReleaseCache: ReleaseCache | undefined;
}

export function releaseCache(): ReleaseCache {
  globalThis.__lineupReleaseCache ??= new ReleaseCache();
  releaseRegistry();
  return globalThis.__lineupReleaseCache;
}
