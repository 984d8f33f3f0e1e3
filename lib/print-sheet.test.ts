import { describe, expect, it } from "vitest";
import { itemAt } from "./lists";
import { cssString, legendOf, printGroups, printOptions, printPageChrome, printQuery, printRow } from "./print-sheet";
import { buildProgramme } from "./programme";
import { film, lisbonSnapshot, screening } from "./test-fixtures";

const films = [
  film(1, "Matewan", 135, { directors: ["John Sayles"], year: 1987, languages: ["English"], subtitles: "Portuguese", section: "Labour" }),
  film(2, "Pier 9", 14, { directors: ["Ana Ferreira"], year: 2024 }),
  film(3, "Night Shift", 12, { directors: ["Rui Costa"], year: 2023 }),
];
const snap = lisbonSnapshot(
  [
    screening(10, 2, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1], {
      accessibility: ["audio-description", "step-free"],
      availability: "sold-out",
      format: "35mm",
      guests: [{ personId: 7, name: "Ana Ferreira", role: "director" }],
    }),
    screening(11, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T22:00:00+01:00", [2, 3], { title: "Shorts: Work and Hands" }),
    screening(12, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:30:00+01:00", [1], { status: "cancelled", availability: "few-left" }),
    // after midnight: still the festival day of the 23rd
    screening(13, 1, "2026-10-24T00:30:00+01:00", "2026-10-24T02:30:00+01:00", [1]),
  ],
  films,
);
const programme = buildProgramme(snap);
const day23 = itemAt(programme.days, 0);
const day24 = itemAt(programme.days, 1);
const row = (id: number) => printRow(programme.screenings.find((s) => s.id === id)!);

describe("printOptions", () => {
  it.each([
    ["no query: by time, no images", {}, { by: "time", images: false }, ""],
    ["by venue", { by: "venue" }, { by: "venue", images: false }, "?by=venue"],
    ["images shown", { images: "show" }, { by: "time", images: true }, "?images=show"],
    ["both", { by: "venue", images: "show" }, { by: "venue", images: true }, "?by=venue&images=show"],
    ["unknown values are the defaults", { by: "colour", images: "yes" }, { by: "time", images: false }, ""],
    ["a repeated parameter: the first", { by: ["venue", "time"] }, { by: "venue", images: false }, "?by=venue"],
  ])("%s", (_name, query, options, back) => {
    expect(printOptions(query)).toEqual(options);
    expect(printQuery(printOptions(query))).toBe(back);
  });
});

describe("legendOf: only the marks the day uses", () => {
  it.each([
    ["a day with an after-midnight screening", day23.screenings, ["☾"]],
    ["a day without one", day24.screenings, []],
    ["an empty day", [], []],
  ])("%s", (_name, screenings, marks) => {
    expect(legendOf(screenings).map((l) => l.mark)).toEqual(marks);
  });
});

describe("printRow", () => {
  it("a single film: its credit, language with subtitles, section, format, access in words, guests, sold out", () => {
    const r = row(10);
    expect(r).toMatchObject({ time: "21:00–23:30", venue: "Hall B", title: "Matewan", isProgramme: false, availability: "Sold out" });
    expect(r.facts).toEqual([
      "John Sayles, 1987",
      "English · Portuguese subtitles",
      "Labour",
      "35mm",
      "Audio description",
      "Step-free access",
      "With Ana Ferreira (director)",
    ]);
  });
  it("a programme: its title, its films listed under it with their credits", () => {
    const r = row(11);
    expect(r.title).toBe("Shorts: Work and Hands");
    expect(r.isProgramme).toBe(true);
    expect(r.films.map((f) => `${f.title} (${f.credit})`)).toEqual([
      "Pier 9 (Ana Ferreira, 2024, 14 min)",
      "Night Shift (Rui Costa, 2023, 12 min)",
    ]);
    expect(r.runtime).toBe("26 min");
  });
  it("cancelled, and an availability that goes stale on paper is not printed", () => {
    expect(row(12)).toMatchObject({ cancelled: true, availability: null });
  });
  it("after midnight: the ☾ mark after the times", () => {
    expect(row(13).time).toBe("00:30–02:30 ☾");
  });
});

describe("printGroups", () => {
  it("by time: one group per start time, in order, the venue in each row", () => {
    const groups = printGroups(day23, "time");
    expect(groups.map((g) => [g.heading, g.rows.map((r) => r.id)])).toEqual([
      ["18:00", [12]],
      ["21:00", [11, 10]],
      ["00:30", [13]],
    ]);
  });
  it("by venue: in the edition's venue order, each by time", () => {
    const groups = printGroups(day23, "venue", [2, 1]);
    expect(groups.map((g) => [g.heading, g.rows.map((r) => r.id)])).toEqual([
      ["Hall B", [10]],
      ["Cinema 1", [12, 11, 13]],
    ]);
  });
  it("an empty day: no groups", () => {
    expect(printGroups(day24, "venue")).toEqual([]);
  });
});

describe("the page margins", () => {
  it.each([
    ["plain", "Fest", '"Fest"'],
    ["quotes and backslashes", 'The "Red" \\ Fest', '"The \\"Red\\" \\\\ Fest"'],
    ["a line break", "Two\nLines", '"Two Lines"'],
    ["a closing style tag", "</style><script>", '"\\3c /style>\\3c script>"'],
  ])("cssString: %s", (_name, text, css) => {
    expect(cssString(text)).toBe(css);
  });
  it("the festival and the day at the top; the legend only when a mark is used; the release with the page number", () => {
    const withLegend = printPageChrome("Fest", "Friday 23 October 2026", legendOf(day23.screenings), "Release 2");
    expect(withLegend).toContain('@top-left { content: "Fest"; }');
    expect(withLegend).toContain('@top-right { content: "Friday 23 October 2026"; }');
    expect(withLegend).toContain('@bottom-left { content: "☾ after midnight');
    expect(withLegend).toContain('@bottom-right { content: "Release 2 · page " counter(page) " of " counter(pages); }');
    expect(printPageChrome("Fest", "Saturday", legendOf(day24.screenings), "Release 2")).not.toContain("@bottom-left");
  });
});
