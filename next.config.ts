import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Types are checked once, as the first step of `npm test` (tsc --noEmit), not again in every build.
  // Next reads tsconfig.next.json (it only extends tsconfig.json): Next leaves a config that extends
  // another alone, so a build into any LINEUP_DIST_DIR never adds "<distDir>/types" to tsconfig.json.
  typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.next.json" },
  // LINEUP_DIST_DIR lets parallel work build into separate folders (default .next).
  distDir: process.env.LINEUP_DIST_DIR || ".next",
  // Public pages are cached per release in memory (see cache-handler.mjs), never on disk.
  cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Per-venue, per-film and per-screening iCal feeds live next to the public pages'
  // dynamic segments (/venues/[venue]), so "<x>.ics" is rewritten to the feed handlers.
  experimental: {
    // Server actions accept only same-origin posts; list the public host names here when
    // Lineup runs behind a proxy that rewrites Host (LINEUP_ALLOWED_ORIGINS=a.org,b.org).
    serverActions: {
      allowedOrigins: (process.env.LINEUP_ALLOWED_ORIGINS ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      bodySizeLimit: "1mb",
    },
  },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    // Pages cached per release carry no per-request nonce, so no script may run on them.
    const noScript = [
      {
        key: "Content-Security-Policy",
        value:
          "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      },
    ];
    return [
      { source: "/:path*", headers: common },
      { source: "/schedule/:edition/:day(\\d{4}-\\d{2}-\\d{2})", headers: noScript },
      { source: "/schedule/:edition/:day(\\d{4}-\\d{2}-\\d{2})/:view(grid|print)", headers: noScript },
      { source: "/schedule/:edition/venues/:venue", headers: noScript },
      { source: "/schedule/:edition/films/:film", headers: noScript },
      { source: "/schedule/:edition/changes", headers: noScript },
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
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
