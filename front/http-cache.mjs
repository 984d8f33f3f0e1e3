// HTTP caching and content negotiation rules shared by the front (plain Node) and the app
// (lib/feeds/headers.ts re-exports isNotModified): one rule, one place.

/** Strips a weak prefix: W/"x" -> "x" (If-None-Match uses the weak comparison, RFC 9110 13.1.2). */
function opaque(/** @type {string} */ tag) {
  const t = tag.trim();
  return t.startsWith("W/") ? t.slice(2) : t;
}

/**
 * True when the client's cached copy is current and a 304 may be sent.
 * If-None-Match wins when present (If-Modified-Since is then ignored, RFC 9110 13.2.2);
 * otherwise If-Modified-Since is compared at second precision (HTTP dates have no ms).
 * @param {{ ifNoneMatch?: string | null, ifModifiedSince?: string | null }} conditions
 * @param {string} etag
 * @param {number} lastModifiedMs
 */
export function notModified(conditions, etag, lastModifiedMs) {
  const inm = conditions.ifNoneMatch;
  if (inm != null && inm.trim() !== "") {
    const tags = inm.match(/(?:W\/)?"[^"]*"|\*/g) ?? [];
    if (tags.includes("*")) return true;
    const mine = opaque(etag);
    return tags.some((t) => opaque(t) === mine);
  }
  const ims = conditions.ifModifiedSince;
  if (!ims) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModifiedMs / 1000) <= Math.floor(since / 1000);
}

/**
 * The encoding to send for an Accept-Encoding header: br when acceptable, else gzip, else identity
 * (RFC 9110 12.5.3: q=0 refuses a coding; "*" stands for any coding not named; no header: identity).
 * @param {string | null | undefined} acceptEncoding
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return "identity";
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const star = q.get("*") ?? 0;
  const br = q.get("br") ?? star;
  const gzip = q.get("gzip") ?? q.get("x-gzip") ?? star;
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return "identity";
}
