import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // LINEUP_DIST_DIR lets parallel work build into separate folders (default .next).
  distDir: process.env.LINEUP_DIST_DIR || ".next",
  // Public pages are cached per release in memory (see cache-handler.mjs), never on disk.
  cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
};

export default nextConfig;
