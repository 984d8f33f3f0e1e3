import { describe, expect, it } from "vitest";
import { buildProgramme } from "./programme";
import { findFilm, pageInProgramme, programmePage } from "./programme-pages";
import { film, lisbonSnapshot, screening } from "./test-fixtures";

describe("programmePage: the audience's addresses, named cases", () => {
  it.each([
    { name: "edition index", path: "/schedule/doclisboa-26", page: { slug: "doclisboa-26", view: "index", param: null, cached: false } },
    { name: "search", path: "/schedule/doclisboa-26/search", page: { slug: "doclisboa-26", view: "search", param: null, cached: false } },
    { name: "changes", path: "/schedule/doclisboa-26/changes", page: { slug: "doclisboa-26", view: "changes", param: null, cached: true } },
    { name: "day", path: "/schedule/x/2026-10-24", page: { slug: "x", view: "day", param: "2026-10-24", cached: true } },
    { name: "grid of a day", path: "/schedule/x/2026-10-24/grid", page: { slug: "x", view: "grid", param: "2026-10-24", cached: true } },
    { name: "print of a day", path: "/schedule/x/2026-10-24/print", page: { slug: "x", view: "print", param: "2026-10-24", cached: true } },
    { name: "venue", path: "/schedule/x/venues/cinema-1", page: { slug: "x", view: "venue", param: "cinema-1", cached: true } },
    { name: "film", path: "/schedule/x/films/12-matewan", page: { slug: "x", view: "film", param: "12-matewan", cached: true } },
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
