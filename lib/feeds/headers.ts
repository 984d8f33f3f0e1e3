/** HTTP caching for the feeds: one strong ETag per (edition, release version, feed kind). */
import { notModified } from "@/front/http-cache.mjs";

const TOKEN_UNSAFE = /[^A-Za-z0-9._-]/g;

/** A strong, quoted ETag, e.g. "\"fest-v7-ics\"". Only safe characters go between the quotes. */
export function etagFor(slug: string, version: number, kind: string): string {
  return `"${slug.replace(TOKEN_UNSAFE, "_")}-v${version}-${kind.replace(TOKEN_UNSAFE, "_")}"`;
}

/**
 * True when the client's cached copy is current and a 304 may be sent (the rule is written once,
 * in front/http-cache.mjs, which the HTTP front uses for the releases it serves from memory).
 */
export function isNotModified(reqHeaders: Headers, etag: string, lastModified: Date): boolean {
  return notModified(
    { ifNoneMatch: reqHeaders.get("if-none-match"), ifModifiedSince: reqHeaders.get("if-modified-since") },
    etag,
    lastModified.getTime(),
  );
}
