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
import { BASE_LOCALE, pathLocale, splitLocale } from "@/lib/i18n";
import { PLANNER_SCRIPT_HASH } from "@/lib/planner-script";
import { type ProgrammePage, programmePage } from "@/lib/programme-pages";
import { knownLocales, LOCALE_HEADER, PATH_HEADER, PREFIX_HEADER } from "@/server/i18n";
import { embedPolicy, NO_SCRIPT_CSP, RELEASE_PAGE_CSP } from "@/server/release-cache";
import { embedOriginsOf, getPublished, inLatestRelease } from "@/server/services/public";

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

/**
 * The language of an address (issue 17 §3): a /{locale} prefix before /schedule/ is one of the
 * edition's languages other than its default, read at the address without it; an address
 * without a prefix is in the edition's default language (English for every other page). null:
 * the edition does not offer that language (a 404).
 */
function languageOf(pathname: string): { locale: string; path: string } | null {
  const { locale: prefix, path } = splitLocale(pathname, knownLocales());
  const slug = /^\/schedule\/([^/]+)/.exec(path)?.[1];
  const programme = slug ? getPublished(slug)?.programme : undefined;
  if (!programme) return prefix === null ? { locale: BASE_LOCALE, path } : null;
  const locale = pathLocale(prefix, { locales: programme.edition.locales ?? [], defaultLocale: programme.defaultLocale });
  return locale ? { locale, path } : null;
}

/**
 * Next's answer with the request's language (and nonce) headers. An address with a language
 * prefix is routed without it by next.config.ts's first rewrite (only when the header is set
 * here): a rewrite from the proxy to an absolute URL would be fetched anew, without the headers,
 * whenever Next's own hostname differs from the request's (`npm start -- -H 127.0.0.1`).
 */
function forward(headers: Headers): NextResponse {
  return NextResponse.next({ request: { headers } });
}

function withLocale(request: NextRequest, locale: string, path = request.nextUrl.pathname): Headers {
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path);
  // next.config.ts routes a prefixed address only with this header: an edition's own language, checked here.
  if (path !== request.nextUrl.pathname) headers.set(PREFIX_HEADER, locale);
  else headers.delete(PREFIX_HEADER);
  return headers;
}

function withNonce(request: NextRequest, locale = BASE_LOCALE, path = request.nextUrl.pathname): NextResponse {
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
  const headers = withLocale(request, locale, path);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = forward(headers);
  response.headers.set("content-security-policy", csp);
  return response;
}

function notInProgramme(request: NextRequest, locale: string): Response {
  const res = NextResponse.rewrite(new URL(NOT_IN_PROGRAMME, request.url), { request: { headers: withLocale(request, locale) } });
  res.headers.set("content-security-policy", NO_SCRIPT_CSP);
  return res;
}

function audiencePage(request: NextRequest, page: ProgrammePage, locale: string, path: string): Response {
  if (!inLatestRelease(page)) return notInProgramme(request, locale);
  if (!page.cached) return withNonce(request, locale, path);
  // A render of this release: Next would tell shared caches to keep it a year
  // (s-maxage=31536000); a release can replace it any minute.
  const response = forward(withLocale(request, locale, path));
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
  const language = languageOf(request.nextUrl.pathname);
  if (!language) return notInProgramme(request, BASE_LOCALE);
  const { locale, path } = language;
  if (FEED.test(path)) {
    // A feed is the same for everyone (served from memory by the front once rendered): no nonce.
    const response = forward(withLocale(request, locale, path));
    response.headers.set("content-security-policy", NO_SCRIPT_CSP);
    return response;
  }
  const page = programmePage(path);
  if (page) return audiencePage(request, page, locale, path);
  return withNonce(request, locale, path);
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
    // The same in another of the edition's languages (issue 17 §3).
    "/:locale/schedule/:path*",
    // A server action posted to any other path: refused here too when it comes from another site.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
