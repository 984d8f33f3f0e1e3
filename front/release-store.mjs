// The released public site, in memory: what the front (front.mjs) answers before Next's routing.
//
// The front (plain Node) and the app (Next's bundles, server/release-site.ts) run in one process
// but load their modules separately, so the store lives on globalThis under one registered
// Symbol (Symbol.for("lineup.releaseStore")), created by whichever side comes first, and read
// only through releaseRegistry() (typed in release-store.d.mts). server/release-site.ts fills
// it (renders every public address of a release through Next, compresses each once with
// brotli and gzip) and swaps a whole edition's release in one assignment; serveRelease() here
// answers from it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { chooseEncoding, notModified } from "./http-cache.mjs";

const KEY = Symbol.for("lineup.releaseStore");

/**
 * A loopback request carrying this header with the registry's renderToken is passed to Next
 * (the release is being rendered, or a test compares with Next's own answer). Any other value
 * is removed: an outside request cannot ask for a render.
 */
export const RENDER_HEADER = "x-lineup-render";

/** Sent over https (as the front settled it): browsers then never use plain http here for a year. proxy.ts sends the same. */
export const HSTS = "max-age=31536000";

/** @returns {import("./release-store.d.mts").ReleaseRegistry} */
export function releaseRegistry() {
  /** @type {any} */
  const g = globalThis;
  g[KEY] ??= {
    releases: new Map(),
    renderToken: process.env.LINEUP_RENDER_TOKEN || randomBytes(24).toString("base64url"),
    origin: null,
    onOrigin: [],
    embedPolicies: new Map(),
  };
  return g[KEY];
}

/**
 * The front is listening: the app may now render releases through it (loopback origin).
 * @param {string} origin e.g. http://127.0.0.1:3000
 */
export function announceOrigin(origin) {
  const registry = releaseRegistry();
  registry.origin = origin;
  for (const f of registry.onOrigin.splice(0)) f(origin);
}

/** @param {string | string[] | undefined} value @param {string} token */
function isRenderToken(value, token) {
  if (typeof value !== "string") return false;
  const a = Buffer.from(value);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The embeddable listing of an edition (after /schedule/{slug}): framed by the edition's own origins. */
const EMBED = /^\/embed(?:\/|$)/;

/** Requests the store never answers: Next's client navigation and server actions. */
const NEXT_ONLY = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];

/**
 * The front's responder: a GET or HEAD of an address of an edition's current release is
 * answered from memory (the encoding the client accepts, ETag / Last-Modified and 304, the
 * page's own headers as Next sent them). Returns false to pass the request to Next.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {boolean}
 */
export function serveRelease(req, res) {
  const registry = releaseRegistry();
  const render = req.headers[RENDER_HEADER];
  if (render !== undefined) {
    if (isRenderToken(render, registry.renderToken)) return false;
    delete req.headers[RENDER_HEADER];
  }
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  for (const h of NEXT_ONLY) if (req.headers[h] !== undefined) return false;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  if (!pathname.startsWith("/schedule/")) return false;
  // A print page's choices (?by=venue, ?images=show) are rendered by Next; the store holds the default.
  if (q >= 0 && pathname.endsWith("/print")) return false;
  const end = pathname.indexOf("/", 10);
  const slug = end < 0 ? pathname.slice(10) : pathname.slice(10, end);
  const release = registry.releases.get(slug);
  const file = release?.files.get(pathname);
  if (!file) return false;
  /** @type {Record<string, string | number>} */
  const headers = {
    ...file.headers,
    etag: file.etag,
    "last-modified": file.lastModified,
    "x-lineup-cache": "HIT",
  };
  if (req.headers["x-forwarded-proto"] === "https") headers["strict-transport-security"] = HSTS;
  // Origins changed since the render (PATCH embedOrigins): the new policy, without a new release.
  const embedPolicy = end > 0 && EMBED.test(pathname.slice(end)) ? registry.embedPolicies.get(slug) : undefined;
  if (embedPolicy) headers["content-security-policy"] = embedPolicy;
  const ifNoneMatch = req.headers["if-none-match"];
  const ifModifiedSince = req.headers["if-modified-since"];
  if ((ifNoneMatch || ifModifiedSince) && notModified({ ifNoneMatch, ifModifiedSince }, file.etag, file.lastModifiedMs)) {
    delete headers["content-type"];
    delete headers["content-disposition"];
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  const encoding = chooseEncoding(/** @type {string | undefined} */ (req.headers["accept-encoding"]));
  const body = file[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  if (req.method === "HEAD") res.end();
  else res.end(body);
  return true;
}
