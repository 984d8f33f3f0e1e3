import { createHash } from "node:crypto";

// Next's page cache (ISR) for Lineup, kept in this process's memory only.
// Public pages are rendered once per release and served from here until the
// next release of their edition is published; then server/services/public.ts
// calls globalThis.__lineupPageCache.purge(slug). Nothing is written to disk,
// so a fresh database never meets pages rendered from an old one.
globalThis.__lineupPageCache ??= {
  entries: new Map(),
  /** pathname -> { body, etag }: the finished HTML of a public page, served by proxy.ts without rendering */
  front: new Map(),
  /** slug -> generation; grows on every purge */
  generations: new Map(),
  /** key -> generation seen when its render started (a miss) */
  pending: new Map(),
  expiredTags: new Map(),
  purge(slug) {
    this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    for (const key of this.entries.keys()) if (slugOf(key) === slug) this.entries.delete(key);
    for (const key of this.front.keys()) if (slugOf(key) === slug) this.front.delete(key);
  },
  clear() {
    for (const slug of new Set([...this.entries.keys(), ...this.front.keys()].map(slugOf)))
      if (slug) this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    this.entries.clear();
    this.front.clear();
  },
};
const state = globalThis.__lineupPageCache;

function slugOf(key) {
  const m = /\/schedule\/([^/?]+)/.exec(key);
  return m ? m[1] : null;
}

/** Next 16 keys app pages as "/route-cache/APP_PAGE/<build hash>/$/schedule/..."; the pathname is the part after "/$". */
function pathnameOf(key) {
  const i = key.indexOf("/$/");
  return i >= 0 ? key.slice(i + 2) : key;
}

function generationOf(key) {
  const slug = slugOf(key);
  return slug ? (state.generations.get(slug) ?? 0) : 0;
}

export default class LineupCacheHandler {
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
    // The page's finished HTML, compressed once, for proxy.ts to serve like a static file.
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && (data.status ?? 200) === 200 && slugOf(key)) {
      // These pages run no script (their CSP is script-src 'none'; they are complete without
      // JavaScript), so Next's scripts and inline page data are dropped: half the bytes.
      const html = data.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
      const body = Buffer.from(html, "utf8");
      state.front.set(pathnameOf(key), { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` });
    }
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const t of [tags].flat()) state.expiredTags.set(t, now);
  }

  resetRequestCache() {}
}
