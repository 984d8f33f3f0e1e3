/** The release cache: pages kept per release, named by their own mark; Next's keys stay opaque. */
import { beforeEach, describe, expect, it } from "vitest";
import type { Programme } from "@/lib/programme";
import { type Published, ReleaseCache, releaseMarkContent } from "./release-cache";

function published(version: number): Published {
  return { version, publishedAt: new Date(0), note: null, programme: {} as Programme, history: [] };
}
function page(slug: string, version: number, path: string, body = "<p>day</p>", status = 200) {
  return {
    kind: "APP_PAGE",
    status,
    html: `<html><head><meta name="lineup-release" content="${releaseMarkContent(slug, version, path)}"/><script>x()</script></head><body>${body}<script src="/a.js"></script></body></html>`,
  };
}

let cache: ReleaseCache;
beforeEach(() => {
  cache = new ReleaseCache();
  cache.programmes.set("fest", published(3));
  cache.programmes.set("other", published(1));
});

describe("ReleaseCache", () => {
  it("keeps a page of the current release under the address it names, without its scripts", () => {
    cache.set("opaque key 1", page("fest", 3, "/schedule/fest/2026-10-23"));
    const bytes = cache.pages.get("/schedule/fest/2026-10-23");
    expect(bytes?.slug).toBe("fest");
    const html = new TextDecoder().decode(bytes?.body);
    expect(html).toContain("<p>day</p>");
    expect(html).not.toContain("<script");
    expect(bytes?.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get("opaque key 1")?.slug).toBe("fest");
  });

  it("a render of an older release (begun before a publish) is not kept", () => {
    cache.set("k", page("fest", 2, "/schedule/fest/2026-10-23"));
    expect(cache.get("k")).toBeNull();
    expect(cache.pages.size).toBe(0);
  });

  it("a render after its release was forgotten (published meanwhile) is not kept", () => {
    cache.programmes.delete("fest");
    cache.set("k", page("fest", 3, "/schedule/fest/2026-10-23"));
    expect(cache.get("k")).toBeNull();
  });

  it("a 404 is kept for Next but never served from memory", () => {
    cache.set("k", page("fest", 3, "/schedule/fest/venues/x", "gone", 404));
    expect(cache.get("k")).not.toBeNull();
    expect(cache.pages.size).toBe(0);
  });

  it("publishing one edition forgets its pages and the unmarked entries, and keeps the other edition's", () => {
    cache.set("a", page("fest", 3, "/schedule/fest/changes"));
    cache.set("b", page("other", 1, "/schedule/other/changes"));
    cache.set("c", { kind: "APP_PAGE", status: 404, html: "<html>not found</html>" });
    cache.forget("fest");
    expect(cache.get("a")).toBeNull();
    expect(cache.get("c")).toBeNull();
    expect(cache.get("b")?.slug).toBe("other");
    expect([...cache.pages.keys()]).toEqual(["/schedule/other/changes"]);
    expect(cache.programmes.has("fest")).toBe(false);
    cache.forget();
    expect(cache.pages.size + cache.programmes.size).toBe(0);
  });

  it("revalidateTag expires entries carrying the tag (revalidatePath in server actions)", () => {
    cache.set("k", { kind: "APP_PAGE", status: 200, html: "<html></html>", headers: { "x-next-cache-tags": "_N_T_/admin/layout" } });
    expect(cache.get("k")).not.toBeNull();
    cache.revalidateTag(["_N_T_/admin/layout"]);
    expect(cache.get("k")).toBeNull();
  });
});
