import { describe, expect, it } from "vitest";
import { buildProgramme } from "./programme";
import { findFilm, pageInProgramme, programmePage, releaseAddresses, withoutScripts } from "./programme-pages";
import { film, lisbonSnapshot, screening } from "./test-fixtures";

describe("programmePage: the audience's addresses, named cases", () => {
  it.each([
    { name: "edition index", path: "/schedule/doclisboa-26", page: { slug: "doclisboa-26", view: "index", param: null, cached: false } },
    { name: "search", path: "/schedule/doclisboa-26/search", page: { slug: "doclisboa-26", view: "search", param: null, cached: false } },
    {
      name: "the planner (per request: its query)",
      path: "/schedule/doclisboa-26/planner",
      page: { slug: "doclisboa-26", view: "planner", param: null, cached: false },
    },
    { name: "changes", path: "/schedule/doclisboa-26/changes", page: { slug: "doclisboa-26", view: "changes", param: null, cached: true } },
    { name: "day", path: "/schedule/x/2026-10-24", page: { slug: "x", view: "day", param: "2026-10-24", cached: true } },
    { name: "grid of a day", path: "/schedule/x/2026-10-24/grid", page: { slug: "x", view: "grid", param: "2026-10-24", cached: true } },
    { name: "print of a day", path: "/schedule/x/2026-10-24/print", page: { slug: "x", view: "print", param: "2026-10-24", cached: true } },
    { name: "venue", path: "/schedule/x/venues/cinema-1", page: { slug: "x", view: "venue", param: "cinema-1", cached: true } },
    { name: "film", path: "/schedule/x/films/12-matewan", page: { slug: "x", view: "film", param: "12-matewan", cached: true } },
    {
      name: "week (per request: today first)",
      path: "/schedule/x/week/2026-10-19",
      page: { slug: "x", view: "week", param: "2026-10-19", cached: false },
    },
    { name: "embed of every day", path: "/schedule/x/embed", page: { slug: "x", view: "embed", param: null, cached: true } },
    {
      name: "embed of a day",
      path: "/schedule/x/embed/day/2026-10-24",
      page: { slug: "x", view: "embed-day", param: "2026-10-24", cached: true },
    },
    { name: "a week without its day", path: "/schedule/x/week", page: null },
    { name: "embed of a day without the day", path: "/schedule/x/embed/day", page: null },
    { name: "a venue's iCal feed is not a page", path: "/schedule/x/venues/cinema-1.ics", page: null },
    { name: "a film's iCal feed is not a page", path: "/schedule/x/films/12-matewan.ics", page: null },
    { name: "the whole feed is not a page", path: "/schedule/x/schedule.xml", page: null },
    { name: "not a day's shape", path: "/schedule/x/2026-1-24", page: null },
    { name: "unknown view of a day", path: "/schedule/x/2026-10-24/poster", page: null },
    { name: "trailing slash", path: "/schedule/x/changes/", page: null },
    { name: "outside the schedule", path: "/admin/editions/x", page: null },
    { name: "the schedule root", path: "/schedule", page: null },
  ])("$name: $path", ({ path, page }) => expect(programmePage(path)).toEqual(page));
});

describe("pageInProgramme: does the release have the page", () => {
  const programme = buildProgramme(
    lisbonSnapshot([screening(10, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1])], [film(1, "Matewan", 135)]),
  );
  const venue = programme.venues[0]?.slug ?? "";
  it.each([
    { path: "/schedule/s/2026-10-23", found: true },
    { path: "/schedule/s/2026-10-25/grid", found: true },
    { path: "/schedule/s/2026-10-26/print", found: false },
    { path: "/schedule/s/1999-01-01", found: false },
    { path: `/schedule/s/venues/${venue}`, found: true },
    { path: "/schedule/s/venues/no-such-hall", found: false },
    { path: "/schedule/s/films/1-matewan", found: true },
    { path: "/schedule/s/films/1", found: true },
    { path: "/schedule/s/films/2-not-screened", found: false },
    { path: "/schedule/s/films/matewan", found: false },
    { path: "/schedule/s/changes", found: true },
    { path: "/schedule/s/week/2026-10-19", found: true },
    { path: "/schedule/s/week/2026-10-26", found: false },
    { path: "/schedule/s/week/2026-02-30", found: false },
    { path: "/schedule/s/embed", found: true },
    { path: "/schedule/s/embed/day/2026-10-25", found: true },
    { path: "/schedule/s/embed/day/2026-10-26", found: false },
    { path: "/schedule/s", found: true },
  ])("$path -> $found", ({ path, found }) => {
    const page = programmePage(path);
    expect(page).not.toBeNull();
    if (page) expect(pageInProgramme(page, programme)).toBe(found);
  });

  it("findFilm reads the id from the segment", () => {
    expect(findFilm(programme, "1-any-title")?.displayTitle).toBe("Matewan");
  });
});

describe("releaseAddresses: every public address of a release", () => {
  const programme = buildProgramme(
    lisbonSnapshot(
      [
        screening(10, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1]),
        screening(11, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00", [1, 2]),
      ],
      [film(1, "Matewan", 135), film(2, "Salt of the Earth", 94)],
    ),
  );
  const { pages, feeds } = releaseAddresses(programme);
  const slug = programme.edition.slug;

  it("pages: changes, the embed, each day's list, grid, print and embed, each venue and film; each one a page the release has", () => {
    expect(pages).toHaveLength(2 + programme.days.length * 4 + programme.venues.length + programme.films.length);
    expect(pages).toContain(`/schedule/${slug}/embed`);
    expect(pages).toContain(`/schedule/${slug}/embed/day/${programme.days[1]?.day}`);
    expect(pages).toContain(`/schedule/${slug}/changes`);
    expect(pages).toContain(`/schedule/${slug}/${programme.days[0]?.day}/grid`);
    expect(pages).toContain(`/schedule/${slug}/films/${programme.films[0]?.segment}`);
    for (const address of pages) {
      const page = programmePage(address);
      expect(page?.cached, address).toBe(true);
      expect(page && pageInProgramme(page, programme), address).toBe(true);
    }
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("feeds: the edition's four, then each venue's, film's and screening's calendar, with the key the feed service takes", () => {
    expect(feeds.slice(0, 4).map((f) => f.path)).toEqual(
      ["schedule.ics", "schedule.xml", "schedule.json", "schedule.csv"].map((f) => `/schedule/${slug}/${f}`),
    );
    expect(feeds).toHaveLength(4 + programme.venues.length + programme.films.length + programme.screenings.length);
    expect(feeds).toContainEqual({ path: `/schedule/${slug}/screenings/11.ics`, kind: "screening-ics", key: "11" });
    const filmFeed = feeds.find((f) => f.kind === "film-ics");
    expect(filmFeed?.path).toBe(`/schedule/${slug}/films/${filmFeed?.key}.ics`);
    for (const f of feeds) expect(programmePage(f.path), f.path).toBeNull();
  });
});

describe("withoutScripts: a page rendered once per release as it is sent", () => {
  it.each([
    ["inline script with data", '<p>a</p><script>self.__next_f.push([1,"x"])</script><p>b</p>', "<p>a</p><p>b</p>"],
    ["external script", '<script src="/_next/a.js" async=""></script><main>m</main>', "<main>m</main>"],
    [
      "script preload",
      '<link rel="preload" as="script" href="/_next/a.js"/><link rel="stylesheet" href="/a.css"/>',
      '<link rel="stylesheet" href="/a.css"/>',
    ],
    [
      "the planner's toggle stays (its hash allows it)",
      '<script async="" src="/planner.js" integrity="sha256-x"></script><script src="/_next/a.js"></script>',
      '<script async="" src="/planner.js" integrity="sha256-x"></script>',
    ],
    ["text that mentions script stays", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
  ])("%s", (_name, html, expected) => {
    expect(withoutScripts(html)).toBe(expected);
  });
});
