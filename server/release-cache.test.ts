/** The release cache: programmes per edition; a page names its release in its mark. */
import { beforeEach, describe, expect, it } from "vitest";
import { releaseRegistry } from "@/front/release-store.mjs";
import type { Programme } from "@/lib/programme";
import { type Published, ReleaseCache, releaseMarkContent, releaseMarkVersion } from "./release-cache";

function published(version: number): Published {
  return { version, publishedAt: new Date(0), note: null, programme: {} as Programme, history: [] };
}

let cache: ReleaseCache;
beforeEach(() => {
  cache = new ReleaseCache();
  cache.programmes.set("fest", published(3));
  cache.programmes.set("other", published(1));
});

describe("releaseMarkVersion", () => {
  it.each([
    ["a page's mark", `<head><meta name="lineup-release" content="${releaseMarkContent("fest", 7, "/schedule/fest/changes")}"/></head>`, 7],
    ["no mark (a 404, a page rendered per request)", "<html><body>not found</body></html>", null],
    ["a malformed mark", '<meta name="lineup-release" content="fest seven /x"/>', null],
  ])("%s", (_name, html, expected) => {
    expect(releaseMarkVersion(html)).toBe(expected);
  });
});

describe("ReleaseCache.forget", () => {
  it("publishing one edition forgets its programme only; the front keeps serving until the new release is swapped in", () => {
    const { releases } = releaseRegistry();
    releases.set("fest", { slug: "fest", version: 3, publishedAtMs: 0, files: new Map(), bytes: 0, renderMs: 0 });
    cache.forget("fest");
    expect(cache.programmes.has("fest")).toBe(false);
    expect(cache.programmes.has("other")).toBe(true);
    expect(releases.has("fest")).toBe(true);
  });

  it("forgetting everything (the database changed under us) drops the front's releases too", () => {
    const { releases } = releaseRegistry();
    releases.set("fest", { slug: "fest", version: 3, publishedAtMs: 0, files: new Map(), bytes: 0, renderMs: 0 });
    cache.forget();
    expect(cache.programmes.size).toBe(0);
    expect(releases.size).toBe(0);
  });
});
