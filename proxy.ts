/**
 * Content-Security-Policy with a fresh nonce for every dynamically rendered page
 * (the programmers' area, sign-in, the front page, an edition's index and search):
 * no inline script runs unless Next put the request's nonce on it.
 *
 * The audience's pages rendered once per release (day, grid, print, venue, film, changes, embed:
 * lib/programme-pages.ts) cannot carry a per-request nonce; they are sent with a policy
 * that allows no script at all (they are complete without JavaScript). They are rendered
 * here when a release is published (server/release-site.ts) and then served from memory by
 * the HTTP front (front/release-store.mjs) with the headers set here, before Next's routing.
 *
 * An audience page the latest release does not have (an unknown edition, a day outside it,
 * a venue or film not in it) is answered here with the 404 page, rendered on the server:
 * Next's notFound() from a page sends an empty HTML shell filled in by JavaScript, which
 * these pages do not run.
 */
import { type NextRequest, NextResponse } from "next/server";
import { HSTS } from "@/front/release-store.mjs";
import { checkWriteOrigin, requestOrigin } from "@/lib/http/origin";
import { type SiteConfig, siteConfig } from "@/lib/http/site";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";
import { type ProgrammePage, programmePage } from "@/lib/programme-pages";
import { embedPolicy, NO_SCRIPT_CSP, RELEASE_PAGE_CSP } from "@/server/release-cache";
import { embedOriginsOf, inLatestRelease } from "@/server/services/public";

/** An address no route has: Next answers it with app/not-found.tsx, rendered on the server, and a 404. */
const NOT_IN_PROGRAMME = "/_lineup/not-in-programme";

/** A path whose %-escapes do not decode: Next would answer with a bare 500 before any route runs. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The public feeds (whole edition, per venue, film and screening): never HTML, never a nonce. */
const FEED = /^\/schedule\/[^/]+\/(?:schedule\.(?:ics|xml|json|csv)|(?:venues|films|screenings)\/[^/]+\.ics)$/;

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

function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = [
    "default-src 'self'",
    // the planner's toggle (public/planner.js) by its hash: the same tag as on the pages rendered once per release
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' '${PLANNER_SCRIPT_HASH}'`,
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

function audiencePage(request: NextRequest, page: ProgrammePage): Response {
  if (!inLatestRelease(page)) {
    const res = NextResponse.rewrite(new URL(NOT_IN_PROGRAMME, request.url));
    res.headers.set("content-security-policy", NO_SCRIPT_CSP);
    return res;
  }
  if (!page.cached) return withNonce(request);
  // A render of this release: Next would tell shared caches to keep it a year
  // (s-maxage=31536000); a release can replace it any minute.
  const response = NextResponse.next();
  response.headers.set("cache-control", "public, max-age=0, must-revalidate");
  const embed = page.view === "embed" || page.view === "embed-day";
  // The embeddable listing may be framed by the edition's embedOrigins; every other page by none.
  response.headers.set("content-security-policy", embed ? embedPolicy(embedOriginsOf(page.slug)) : RELEASE_PAGE_CSP);
  return response;
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
  if (FEED.test(request.nextUrl.pathname)) {
    // A feed is the same for everyone (served from memory by the front once rendered): no nonce.
    const response = NextResponse.next();
    response.headers.set("content-security-policy", NO_SCRIPT_CSP);
    return response;
  }
  const page = programmePage(request.nextUrl.pathname);
  if (page) return audiencePage(request, page);
  return withNonce(request);
}

export const config = {
  // Shapes only (the matcher must be a literal): which audience page an address is, and
  // whether the release has it, is decided above from lib/programme-pages.ts.
  matcher: [
    // Every API call and page (not Next's static files): malformed %-escapes get a 400.
    "/api/:path*",
    "/",
    "/login",
    "/admin",
    "/admin/:path*",
    "/api/docs",
    "/schedule/:edition",
    "/schedule/:edition/:page",
    "/schedule/:edition/:day/:view",
    "/schedule/:edition/embed/day/:day",
    "/schedule/:edition/venues/:venue",
    "/schedule/:edition/films/:film",
    "/schedule/:edition/screenings/:screening",
    // A server action posted to any other path: refused here too when it comes from another site.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
