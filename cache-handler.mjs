// Next's page cache (ISR) for Lineup, kept in this process's memory only.
// Public pages are rendered once per release and served from here until the
// next release of their edition is published; then server/services/public.ts
// calls globalThis.__lineupPageCache.purge(slug). Nothing is written to disk,
// so a fresh database never meets pages rendered from an old one.
const state = (globalThis.__lineupPageCache ??= {
  entries: new Map(),
  /** slug -> generation; grows on every purge */
  generations: new Map(),
  /** key -> generation seen when its render started (a miss) */
  pending: new Map(),
  expiredTags: new Map(),
  purge(slug) {
    this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    for (const key of this.entries.keys()) if (slugOf(key) === slug) this.entries.delete(key);
  },
  clear() {
    for (const slug of new Set([...this.entries.keys()].map(slugOf))) if (slug) this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    this.entries.clear();
  },
});

function slugOf(key) {
  const m = /\/schedule\/([^/?]+)/.exec(key);
  return m ? m[1] : null;
}

function generationOf(key) {
  const slug = slugOf(key);
  return slug ? (state.generations.get(slug) ?? 0) : 0;
}

export default class LineupCacheHandler {
  constructor() {}

  async get(key) {
    const entry = state.entries.get(key);
    if (!entry) {
      state.pending.set(key, generationOf(key));
      return null;
    }
    const tags = entry.value?.headers?.["x-next-cache-tags"];
    if (typeof tags === "string" && tags.split(",").some((t) => (state.expiredTags.get(t) ?? 0) >= entry.lastModified)) {
      state.entries.delete(key);
      state.pending.set(key, generationOf(key));
      return null;
    }
    return entry;
  }

  async set(key, data, ctx) {
    // A render that began before a purge carries the old release: do not keep it.
    const started = state.pending.get(key);
    state.pending.delete(key);
    if (!data || (started !== undefined && started !== generationOf(key))) {
      state.entries.delete(key);
      return;
    }
    state.entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl });
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const t of [tags].flat()) state.expiredTags.set(t, now);
  }

  resetRequestCache() {}
}
