/**
 * The cross-site write rule: may this request change something on the caller's behalf?
 *
 * A browser attaches the session cookie to a form or fetch posted from any site, so every
 * write (any method but GET, HEAD and OPTIONS) must come from a page of this site:
 *
 * 1. A call with `Authorization: Bearer …` is exempt: a browser never adds that header on
 *    its own, and a page on another site cannot set it without a CORS preflight, which
 *    Lineup never grants.
 * 2. With an `Origin` header, it must be one of the trusted origins (the site's own and
 *    LINEUP_ALLOWED_ORIGINS), compared as whole origins: scheme, host and port
 *    (`http://host:3001` is another origin than `http://host:3000`). `Origin: null`
 *    (sandboxed frames, some redirects) is refused.
 * 3. Without `Origin`, `Sec-Fetch-Site` decides: `same-origin` and `none` (typed by the
 *    user) pass; `same-site` (a sibling port or subdomain) and `cross-site` are refused.
 * 4. With neither header the request is not from a browser's page (curl, scripts): it
 *    passes. Every current browser sends `Origin` on a cross-origin POST, PUT, PATCH or
 *    DELETE, and `Sec-Fetch-Site` on every request, so a forged cross-site write always
 *    carries one of the two.
 */

export interface WriteRequest {
  method: string;
  /** The `Origin` header, or null when absent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, or null when absent. */
  secFetchSite: string | null;
  /** The `Authorization` header, or null when absent. */
  authorization: string | null;
}

export type OriginVerdict = { ok: true; why: string } | { ok: false; why: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A normalised origin (`http://a.example:3000`, default ports dropped, lower case), or null when it is not one. */
function normaliseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The site's own origin when no public URL is configured: the request's Host with the
 * scheme the front reports (`X-Forwarded-Proto`, set only by a trusted proxy), else the
 * scheme the server saw. Null when the Host header is missing or not a host[:port].
 */
export function requestOrigin(host: string | null, forwardedProto: string | null, serverScheme: string): string | null {
  const h = (host ?? "").trim();
  if (!h || !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(h)) return null;
  const proto = (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase();
  const scheme = proto === "https" || proto === "http" ? proto : serverScheme.replace(/:$/, "").toLowerCase();
  return normaliseOrigin(`${scheme}://${h}`);
}

/** The verdict for one request against the trusted origins (already normalised). */
export function checkWriteOrigin(req: WriteRequest, trusted: readonly string[]): OriginVerdict {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true, why: "reads change nothing" };
  if (req.authorization && /^Bearer\s+\S/i.test(req.authorization)) return { ok: true, why: "bearer token, not a cookie" };
  if (req.origin !== null) {
    const origin = req.origin.trim();
    if (origin === "null") return { ok: false, why: "the request comes from an opaque origin (Origin: null)" };
    const normalised = normaliseOrigin(origin);
    if (normalised && trusted.includes(normalised)) return { ok: true, why: "same origin or allowed" };
    return { ok: false, why: `the request comes from ${JSON.stringify(origin.slice(0, 100))}, not from this site` };
  }
  if (req.secFetchSite !== null) {
    const site = req.secFetchSite.trim().toLowerCase();
    if (site === "same-origin" || site === "none") return { ok: true, why: "the browser says same-origin" };
    return { ok: false, why: `the browser says the request is ${JSON.stringify(site.slice(0, 20))}, not same-origin` };
  }
  return { ok: true, why: "not sent by a web page (no Origin, no Sec-Fetch-Site)" };
}
