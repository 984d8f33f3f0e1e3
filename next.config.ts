import path from "node:path";
import type { NextConfig } from "next";
import { serverActionHosts } from "./lib/http/site";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon, the AWS SDK (the S3 publish target) is large, and highs (the draft's solver)
  // finds its WebAssembly file beside its own script: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@aws-sdk/client-s3", "highs"],
  poweredByHeader: false,
  // Types are checked once, as the first step of `npm test` (tsc --noEmit), not again in every build.
  // Next reads tsconfig.next.json (it only extends tsconfig.json): Next leaves a config that extends
  // another alone, so a build into any LINEUP_DIST_DIR never adds "<distDir>/types" to tsconfig.json.
  typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.next.json" },
  // LINEUP_DIST_DIR lets parallel work build into separate folders (default .next).
  distDir: process.env.LINEUP_DIST_DIR || ".next",
  // Public pages are cached per release in memory (server/release-cache.ts, through cache-handler.mjs), never on disk.
  cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Per-venue, per-film and per-screening iCal feeds live next to the public pages'
  // dynamic segments (/venues/[venue]), so "<x>.ics" is rewritten to the feed handlers.
  experimental: {
    // forbidden() / unauthorized() (next/navigation): a refused server action answers 403 / 401
    // (server/form-action.ts), shown by app/forbidden.tsx and app/unauthorized.tsx.
    authInterrupts: true,
    // proxy.ts sees every /api/ request: Next keeps up to this much of a body for it and cuts the
    // rest. A film image may be 10 MB (PUT /api/v1/films/{id}/image), plus a multipart envelope.
    proxyClientMaxBodySize: "12mb",
    // Next's own check of server actions compares the Origin's host with the request's Host;
    // it accepts the hosts of LINEUP_PUBLIC_URL and of LINEUP_ALLOWED_ORIGINS too, so that it
    // agrees with proxy.ts, which checks whole origins (scheme, host and port) first.
    serverActions: {
      allowedOrigins: serverActionHosts(process.env),
      bodySizeLimit: "1mb",
    },
  },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    // Pages get their Content-Security-Policy from proxy.ts (a nonce, or no script at all for
    // the pages cached per release: server/release-cache.ts).
    return [
      { source: "/:path*", headers: common },
      // Every page refuses frames but the embeddable listing (/schedule/{edition}/embed...), which
      // the edition's embedOrigins may frame (CSP frame-ancestors, set by proxy.ts and the front).
      { source: "/:path((?!schedule/[^/]+/embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        // Another language of an edition's public site (issue 17 §3): proxy.ts checks the edition has
        // it and sets the header; the page is the same route, which reads the header.
        {
          source: "/:locale([a-z]{2,3}|[a-z]{2,3}-[a-z0-9]{2,8})/schedule/:path*",
          has: [{ type: "header", key: "x-lineup-prefix" }],
          destination: "/schedule/:path*",
        },
        { source: "/schedule/:edition/venues/:venue([^/]+)\\.ics", destination: "/schedule/:edition/feeds/venue/:venue" },
        { source: "/schedule/:edition/films/:film([^/]+)\\.ics", destination: "/schedule/:edition/feeds/film/:film" },
        { source: "/schedule/:edition/screenings/:id([^/]+)\\.ics", destination: "/schedule/:edition/feeds/screening/:id" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
