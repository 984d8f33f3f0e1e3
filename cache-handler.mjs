// Next's page cache (ISR) for Lineup: a thin adapter. Next loads this file at run time
// (plain JavaScript); the cache itself is server/release-cache.ts, typed, on globalThis.
// It is there as soon as the server has started (instrumentation.ts loads it); before
// that, nothing is cached.

/** @returns {import("./server/release-cache").ReleaseCache | undefined} */
const cache = () => globalThis.__lineupReleaseCache;

export default class LineupCacheHandler {
  async get(key) {
    return cache()?.get(key) ?? null;
  }

  async set(key, data, ctx) {
    cache()?.set(key, data, ctx);
  }

  async revalidateTag(tags) {
    cache()?.revalidateTag(tags);
  }

  resetRequestCache() {}
}
