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
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
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
    "/",
    "/login",
    "/admin",
    "/admin/:path*",
    "/api/docs",
    // An edition's index (what's on now) and search are rendered per request.
    "/schedule/:edition",
    "/schedule/:edition/search",
  ],
};
