import { describe, expect, it } from "vitest";
import {
  assetsIn,
  cacheControlOf,
  contentTypeOf,
  feedAddress,
  IMMUTABLE,
  isCompressible,
  relativeLink,
  rewriteCss,
  rewriteHtml,
  SHORT,
  SiteLayout,
  siteAddresses,
} from "./site-files";

const contents = { slug: "fest", days: ["2026-05-01"], venueSlugs: ["main"], filmSegments: ["12-matewan"], screeningIds: [7] };
const addresses = siteAddresses(contents);

describe("siteAddresses", () => {
  it("lists every page and feed of the release once", () => {
    expect(addresses.pages.sort()).toEqual(
      [
        "/schedule/fest",
        "/schedule/fest/changes",
        "/schedule/fest/2026-05-01",
        "/schedule/fest/2026-05-01/grid",
        "/schedule/fest/2026-05-01/print",
        "/schedule/fest/venues/main",
        "/schedule/fest/films/12-matewan",
      ].sort(),
    );
    expect(addresses.files.sort()).toEqual(
      [
        "/schedule/fest/schedule.ics",
        "/schedule/fest/schedule.xml",
        "/schedule/fest/schedule.json",
        "/schedule/fest/schedule.csv",
        "/schedule/fest/venues/main.ics",
        "/schedule/fest/films/12-matewan.ics",
        "/schedule/fest/screenings/7.ics",
      ].sort(),
    );
  });
});

describe("SiteLayout.fileOf", () => {
  const edition = new SiteLayout("/schedule/fest", addresses);
  const whole = new SiteLayout("/", addresses);
  const cases: [name: string, layout: SiteLayout, address: string, file: string | null][] = [
    ["the edition's index is the edition site's index.html", edition, "/schedule/fest", "index.html"],
    ["a day page is a folder's index.html", edition, "/schedule/fest/2026-05-01/grid", "2026-05-01/grid/index.html"],
    ["a feed keeps its name", edition, "/schedule/fest/venues/main.ics", "venues/main.ics"],
    ["Next's assets go to _next/static", edition, "/_next/static/css/a1.css", "_next/static/css/a1.css"],
    ["search needs a server", edition, "/schedule/fest/search", null],
    ["a day the release does not have", edition, "/schedule/fest/2026-06-01", null],
    ["another edition", edition, "/schedule/other", null],
    ["the front page is not part of an edition's site", edition, "/", null],
    ["the whole site keeps the full address", whole, "/schedule/fest/changes", "schedule/fest/changes/index.html"],
    ["the whole site has the front page", whole, "/", "index.html"],
  ];
  it.each(cases)("%s", (_name, layout, address, file) => expect(layout.fileOf(address)).toBe(file));
});

describe("rewriteHtml", () => {
  const layout = new SiteLayout("/schedule/fest", addresses);
  const html = [
    '<link rel="stylesheet" href="/_next/static/css/a1.css">',
    '<script src="/_next/static/chunks/x.js"></script>',
    '<a href="/schedule/fest/films/12-matewan#times">Matewan</a>',
    '<a href="/schedule/fest/search?q=x">Search</a>',
    '<form action="/schedule/fest/search" method="get"><input name="q"></form>',
    '<a href="/schedule/fest/screenings/7.ics">iCal</a>',
    '<a href="https://example.org/">out</a>',
    '<a href="/schedule/fest/planner?films=12" class="want-to-see" data-want="12">Want to see<span class="sr-only"> Matewan</span></a>',
    '<script async="" src="/planner.js" integrity="sha256-x"></script>',
  ].join("\n");
  const out = rewriteHtml(html, "2026-05-01/index.html", layout);
  it("makes links to the site's pages, feeds and assets relative to the page's file", () => {
    expect(out).toContain('href="../_next/static/css/a1.css"');
    expect(out).toContain('href="../films/12-matewan/index.html#times"');
    expect(out).toContain('href="../screenings/7.ics"');
  });
  it("drops scripts, forms and links that need a server (a link keeps its text), and leaves other sites' links", () => {
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<form");
    expect(out).toContain("<span>Search</span>");
    expect(out).not.toContain("Want to see");
    expect(out).toContain('href="https://example.org/"');
  });
  it("rewrites a stylesheet's url() references relative to the stylesheet", () => {
    expect(rewriteCss("a{src:url(/_next/static/media/f.woff2)}", "_next/static/css/a1.css")).toBe("a{src:url(../media/f.woff2)}");
  });
  it.each([
    { name: "absolute", css: "a{src:url(/_next/static/media/f.woff2)}", found: ["/_next/static/media/f.woff2"] },
    {
      name: "relative to the stylesheet, as Next writes a font",
      css: 'a{src:url(../media/inter-latin.0g.woff2) format("woff2-variations")}',
      found: ["/_next/static/media/inter-latin.0g.woff2"],
    },
    { name: "quoted", css: "a{src:url('../media/f.woff2')}", found: ["/_next/static/media/f.woff2"] },
    { name: "a data: URL is no file", css: "a{background:url(data:image/svg+xml,x)}", found: [] },
    { name: "outside Next's static files: left alone", css: "a{background:url(/media/logos/k.svg)}", found: [] },
  ])("finds the assets a stylesheet names: $name", ({ css, found }) => {
    expect(assetsIn(css, "/_next/static/chunks/11x.css")).toEqual(found);
  });
  it("finds the uploaded images a page shows and links them relative to the page, in src and srcset", () => {
    const key = "0123456789abcdef0123456789abcdef";
    const picture = [
      `<picture><source type="image/avif" srcSet="/media/films/${key}/320.avif 320w, /media/films/${key}/640.avif 640w">`,
      `<source type="image/webp" srcset="/media/films/${key}/320.webp 320w">`,
      `<img src="/media/films/${key}/640.webp" alt="A still"></picture>`,
      `<img src="/media/logos/${key}.svg" alt="Logo">`,
    ].join("");
    expect(assetsIn(picture).sort()).toEqual(
      [
        `/media/films/${key}/320.avif`,
        `/media/films/${key}/640.avif`,
        `/media/films/${key}/320.webp`,
        `/media/films/${key}/640.webp`,
        `/media/logos/${key}.svg`,
      ].sort(),
    );
    const page = rewriteHtml(picture, "films/12-matewan/index.html", layout);
    // as React writes it (srcSet) and as HTML may (srcset)
    expect(page).toContain(`srcSet="../../media/films/${key}/320.avif 320w, ../../media/films/${key}/640.avif 640w"`);
    expect(page).toContain(`srcset="../../media/films/${key}/320.webp 320w"`);
    expect(page).toContain(`src="../../media/films/${key}/640.webp"`);
    expect(page).toContain(`src="../../media/logos/${key}.svg"`);
  });
  it("links files in the same folder by name", () => {
    expect(relativeLink("index.html", "index.html")).toBe("index.html");
    expect(relativeLink("a/index.html", "a/b.ics")).toBe("b.ics");
  });
});

describe("types and caching", () => {
  const cases: [file: string, type: string, compressible: boolean, cache: string][] = [
    ["index.html", "text/html; charset=utf-8", true, SHORT],
    ["schedule.ics", "text/calendar; charset=utf-8", true, SHORT],
    ["schedule.xml", "application/xml; charset=utf-8", true, SHORT],
    ["schedule.json", "application/json; charset=utf-8", true, SHORT],
    ["schedule.csv", "text/csv; charset=utf-8", true, SHORT],
    ["_next/static/css/a1.css", "text/css; charset=utf-8", true, IMMUTABLE],
    ["_next/static/media/f.woff2", "font/woff2", false, IMMUTABLE],
    ["media/films/0123456789abcdef0123456789abcdef/640.webp", "image/webp", false, IMMUTABLE],
    ["media/films/0123456789abcdef0123456789abcdef/640.avif", "image/avif", false, IMMUTABLE],
    ["media/logos/0123456789abcdef0123456789abcdef.svg", "image/svg+xml", true, IMMUTABLE],
  ];
  it.each(cases)("%s", (file, type, compressible, cache) => {
    expect(contentTypeOf(file)).toBe(type);
    expect(isCompressible(file)).toBe(compressible);
    expect(cacheControlOf(file)).toBe(cache);
  });
});

describe("feedAddress", () => {
  const cases: [string, ReturnType<typeof feedAddress>][] = [
    ["/schedule/fest/schedule.ics", { slug: "fest", kind: "ics" }],
    ["/schedule/fest/schedule.csv", { slug: "fest", kind: "csv" }],
    ["/schedule/fest/venues/main.ics", { slug: "fest", kind: "venue-ics", key: "main" }],
    ["/schedule/fest/films/12-matewan.ics", { slug: "fest", kind: "film-ics", key: "12-matewan" }],
    ["/schedule/fest/screenings/7.ics", { slug: "fest", kind: "screening-ics", key: "7" }],
    ["/schedule/fest/films/12-matewan", null],
    ["/schedule/fest/schedule.pdf", null],
    ["/schedule/fest/2026-05-01", null],
  ];
  it.each(cases)("%s", (address, expected) => expect(feedAddress(address)).toEqual(expected));
});

describe("an edition in two languages (issue 17 §3)", () => {
  const two = siteAddresses({ ...contents, languages: ["pt"] });
  const layout = new SiteLayout("/schedule/fest", two);
  it("has every address again under /pt", () => {
    expect(two.pages).toEqual(
      expect.arrayContaining(["/schedule/fest/2026-05-01", "/pt/schedule/fest", "/pt/schedule/fest/2026-05-01/print"]),
    );
    expect(two.files).toEqual(expect.arrayContaining(["/pt/schedule/fest/schedule.ics", "/pt/schedule/fest/screenings/7.ics"]));
    expect(two.pages.length).toBe(2 * addresses.pages.length);
  });
  it.each([
    ["the Portuguese index in a pt/ folder", "/pt/schedule/fest", "pt/index.html"],
    ["a Portuguese day", "/pt/schedule/fest/2026-05-01", "pt/2026-05-01/index.html"],
    ["a Portuguese feed", "/pt/schedule/fest/schedule.ics", "pt/schedule.ics"],
    ["the default language as before", "/schedule/fest/2026-05-01", "2026-05-01/index.html"],
    ["a language the site does not have", "/fr/schedule/fest/2026-05-01", null],
  ])("%s", (_name, address, file) => expect(layout.fileOf(address)).toBe(file));
  it("reads a feed's language from its address", () =>
    expect(feedAddress("/pt/schedule/fest/films/12-matewan.ics")).toEqual({
      slug: "fest",
      kind: "film-ics",
      key: "12-matewan",
      locale: "pt",
    }));
});
