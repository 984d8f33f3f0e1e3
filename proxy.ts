/**
 * Content-Security-Policy with a fresh nonce for every dynamically rendered page
 * (the programmers' area, sign-in, the front page, an edition's index and search):
 * no inline script runs unless Next put the request's nonce on it.
 *
 * Public pages that are rendered once per release and cached (day, grid, print,
 * venue, film, changes) cannot carry a per-request nonce; they get a fixed policy
 * from next.config.ts that allows no script at all: they are complete without
 * JavaScript (tested with JavaScript disabled).
 */
import { type NextRequest, NextResponse } from "next/server";
import { checkWriteOrigin, requestOrigin } from "@/lib/http/origin";
import { type SiteConfig, siteConfig } from "@/lib/http/site";

/** The no-script policy of pages cached per release (the same as next.config.ts gives them). */
const NO_SCRIPT_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const CACHED_PAGE = /^\/schedule\/[^/]+\/(?:\d{4}-\d{2}-\d{2}(?:\/(?:grid|print))?|venues\/[^/.]+|films\/[^/.]+|changes)$/;

interface FrontEntry {
  body: Buffer;
  etag: string;
}

/**
 * A public page of the current release that has been rendered once is served from
 * memory (filled by cache-handler.mjs, emptied when a release is published), like a
 * static file: no rendering, no trip through Next's page pipeline.
 */
function fromFrontCache(request: NextRequest): Response | null {
  if (request.method !== "GET" || request.nextUrl.search || request.headers.has("rsc") || request.headers.has("next-router-prefetch"))
    return null;
  const front = (globalThis as { __lineupPageCache?: { front: Map<string, FrontEntry> } }).__lineupPageCache?.front;
  const entry = front?.get(request.nextUrl.pathname);
  if (!entry) return null;
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    // Browsers revalidate every time (a 304 with the ETag is cheap): a new release shows at once.
    "cache-control": "public, max-age=0, must-revalidate",
    etag: entry.etag,
    vary: "Accept-Encoding",
    "content-security-policy": NO_SCRIPT_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "x-lineup-cache": "HIT",
  });
  if (request.headers.get("if-none-match") === entry.etag) return new Response(null, { status: 304, headers });
  // Next drops a proxy response's Content-Encoding and compresses the body itself (as it
  // does for static files), so the bytes go out as they are and Next gzips them.
  return new Response(entry.body as unknown as BodyInit, { status: 200, headers });
}

/** Sent when the request came over https (as the front reports it): browsers then never use plain http here for a year. */
const HSTS = "max-age=31536000";

/** The API's own documentation: a page rendered at build time that needs no script; it changes with each deployment. */
const DOCS_CACHE_CONTROL = "public, max-age=3600";

let site: SiteConfig | undefined;

/**
 * The one cross-site write check (lib/http/origin.ts has the rule and its cases): every
 * write to the API, every server action and the sign-in itself must come from this site's
 * own origin (LINEUP_PUBLIC_URL, else the request's Host with the front's scheme) or one of
 * LINEUP_ALLOWED_ORIGINS; a call with a bearer token is exempt. 403 `bad_origin` otherwise.
 */
function crossSiteRefusal(request: NextRequest): Response | null {
  const h = request.headers;
  site ??= siteConfig(process.env);
  const own = site.publicOrigin ?? requestOrigin(h.get("host"), h.get("x-forwarded-proto"), request.nextUrl.protocol);
  const trusted = own ? [own, ...site.allowedOrigins] : site.allowedOrigins;
  const verdict = checkWriteOrigin(
    { method: request.method, origin: h.get("origin"), secFetchSite: h.get("sec-fetch-site"), authorization: h.get("authorization") },
    trusted,
  );
  if (verdict.ok) return null;
  return Response.json(
    {
      error: {
        code: "bad_origin",
        message: `Refused: ${verdict.why}. Changes made with a session cookie must come from this site's own pages (or an origin in LINEUP_ALLOWED_ORIGINS)`,
        fields: {},
      },
    },
    { status: 403, headers: { "cache-control": "no-store" } },
  );
}

/** Over https (as the front reports it with X-Forwarded-Proto), or plain http. */
function overHttps(request: NextRequest): boolean {
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : request.nextUrl.protocol === "https:";
}

/** A path whose %-escapes do not decode: Next would answer with a bare 500 before any route runs. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const response = answer(request);
  if (overHttps(request)) response.headers.set("strict-transport-security", HSTS);
  return response;
}

function answer(request: NextRequest): Response {
  if (malformedPath(request.nextUrl.pathname))
    return Response.json(
      { error: { code: "bad_request", message: "The address contains a malformed %-escape", fields: { path: "is not a valid URL path" } } },
      { status: 400 },
    );
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  if (request.nextUrl.pathname === "/api/docs") {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", NO_SCRIPT_CSP);
    response.headers.set("cache-control", DOCS_CACHE_CONTROL);
    return response;
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (CACHED_PAGE.test(request.nextUrl.pathname)) {
    const hit = fromFrontCache(request);
    if (hit) return hit;
    // First render of this release: Next would tell shared caches to keep it a year
    // (s-maxage=31536000); a release can replace it any minute.
    const response = NextResponse.next();
    response.headers.set("cache-control", "public, max-age=0, must-revalidate");
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Every API call and page (not Next's static files): malformed %-escapes get a 400.
    "/api/:path*",
    "/",
    "/login",
    "/admin",
    "/admin/:path*",
    "/api/docs",
    // An edition's index (what's on now) and search are rendered per request.
    "/schedule/:edition",
    "/schedule/:edition/search",
    // Pages cached per release: served from memory once rendered.
    "/schedule/:edition/:day",
    "/schedule/:edition/:day/:view",
    "/schedule/:edition/venues/:venue",
    "/schedule/:edition/films/:film",
    // A server action posted to any other path: refused here too when it comes from another site.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
