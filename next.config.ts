import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Types are checked once, as the first step of `npm test` (tsc --noEmit), not again in every build.
  typescript: { ignoreBuildErrors: true },
  // LINEUP_DIST_DIR lets parallel work build into separate folders (default .next).
  distDir: process.env.LINEUP_DIST_DIR || ".next",
  // Public pages are cached per release in memory (see cache-handler.mjs), never on disk.
  cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Per-venue, per-film and per-screening iCal feeds live next to the public pages'
  // dynamic segments (/venues/[venue]), so "<x>.ics" is rewritten to the feed handlers.
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
