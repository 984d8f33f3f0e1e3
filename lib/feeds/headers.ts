/** HTTP caching for the feeds: one strong ETag per (edition, release version, feed kind). */

const TOKEN_UNSAFE = /[^A-Za-z0-9._-]/g;

/** A strong, quoted ETag, e.g. "\"fest-v7-ics\"". Only safe characters go between the quotes. */
export function etagFor(slug: string, version: number, kind: string): string {
  return `"${slug.replace(TOKEN_UNSAFE, "_")}-v${version}-${kind.replace(TOKEN_UNSAFE, "_")}"`;
}

/** Strips a weak prefix: W/"x" -> "x" (If-None-Match uses the weak comparison, RFC 9110 13.1.2). */
function opaque(tag: string): string {
  const t = tag.trim();
  return t.startsWith("W/") ? t.slice(2) : t;
}

/** Splits an If-None-Match list on commas outside quotes. */
function entityTags(header: string): string[] {
  return header.match(/(?:W\/)?"[^"]*"|\*/g) ?? [];
}

/**
 * True when the client's cached copy is current and a 304 may be sent.
 * If-None-Match wins when present (If-Modified-Since is then ignored, RFC 9110 13.2.2);
 * otherwise If-Modified-Since is compared at second precision (HTTP dates have no ms).
 */
export function isNotModified(reqHeaders: Headers, etag: string, lastModified: Date): boolean {
  const inm = reqHeaders.get("if-none-match");
  if (inm != null && inm.trim() !== "") {
    const tags = entityTags(inm);
    if (tags.includes("*")) return true;
    const mine = opaque(etag);
    return tags.some((t) => opaque(t) === mine);
  }
  const ims = reqHeaders.get("if-modified-since");
  if (!ims) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}
