import type { IncomingMessage, ServerResponse } from "node:http";

/** One public address of a release, ready to send. */
export interface StoredFile {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
  /** HTTP date of the release. */
  lastModified: string;
  lastModifiedMs: number;
  /** The headers Next sent with it (content type, cache control, security headers, CSP, ...), lower-case names. */
  headers: Record<string, string>;
}

/** An edition's release as the front serves it: every public address, all rendered. */
export interface StoredRelease {
  slug: string;
  version: number;
  publishedAtMs: number;
  files: Map<string, StoredFile>;
  /** Bytes held (identity + br + gzip). */
  bytes: number;
  /** How long rendering and compressing took. */
  renderMs: number;
}

export interface ReleaseRegistry {
  /** The current release of each edition, by slug: replaced whole (one Map.set) when a newer one is ready. */
  releases: Map<string, StoredRelease>;
  /** The value of RENDER_HEADER that passes a request to Next (LINEUP_RENDER_TOKEN, else random per process). */
  renderToken: string;
  /** The front's own loopback origin once it listens; null without a front (tests, next dev). */
  origin: string | null;
  /** Called once when the front listens. */
  onOrigin: Array<(origin: string) => void>;
  /** The embeddable listing's policy per edition slug, once its embedOrigins changed (server/release-cache.ts embedOriginsChanged). */
  embedPolicies: Map<string, string>;
}

export const RENDER_HEADER: "x-lineup-render";
export const HSTS: string;
export function releaseRegistry(): ReleaseRegistry;
export function announceOrigin(origin: string): void;
export function serveRelease(req: IncomingMessage, res: ServerResponse): boolean;
