import { describe, expect, it } from "vitest";
import { dayGrid } from "./day-grid";
import { itemAt } from "./lists";
import { buildProgramme } from "./programme";
import { filterOptions, filterScreenings, parseFilter, timeOfDay } from "./programme-filter";
import { film, lisbonSnapshot, screening } from "./test-fixtures";
import { currentFestivalDay, daysTodayFirst, nowAndNext } from "./whats-on";

const films = [
  film(1, "Matewan", 135, { directors: ["John Sayles"], genre: "Drama", languages: ["English"] }),
  film(2, "Metropolis", 153, { directors: ["Fritz Lang"], languages: ["German"], genre: "Science fiction" }),
  film(3, null, 9, { directors: ["Tomás Reis"], year: 2023, genre: "Short" }),
  film(4, "Pier 9", 14, { genre: "Short" }),
];
const snap = lisbonSnapshot(
  [
    screening(10, 1, "2026-10-23T21:00:00+01:00", "2026-10-23T23:30:00+01:00", [1]),
    // after midnight on the night the clocks go back: 180 real minutes, festival day the 24th
    screening(11, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00", [2]),
    screening(12, 2, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00", [4, 3], { status: "cancelled" }),
    screening(13, 2, "2026-10-24T05:59:00+01:00", "2026-10-24T07:00:00+01:00", [4]),
  ],
  films,
);
const p = buildProgramme(snap);
const byId = (id: number) => p.screenings.find((s) => s.id === id)!;

describe("buildProgramme", () => {
  it.each([
    [
      "evening screening",
      10,
      {
        festivalDay: "2026-10-23",
        startTime: "21:00",
        endTime: "23:30",
        afterMidnight: false,
        slotMinutes: 150,
        startIso: "2026-10-23T21:00:00+01:00",
      },
    ],
    [
      "after midnight on the DST night",
      11,
      {
        festivalDay: "2026-10-24",
        localDate: "2026-10-25",
        startTime: "00:30",
        endTime: "02:30",
        afterMidnight: true,
        slotMinutes: 180,
        endIso: "2026-10-25T02:30:00+00:00",
      },
    ],
    ["05:59 belongs to the day before", 13, { festivalDay: "2026-10-23", afterMidnight: true }],
    [
      "a programme keeps its order and sums runtimes",
      12,
      { title: "Pier 9 + Untitled (Tomás Reis, 2023)", runtimeMinutes: 23, status: "cancelled" },
    ],
  ] as const)("%s", (_name, id, expected) => {
    expect(byId(id)).toMatchObject(expected);
  });

  it("lists every festival day in order, even empty ones, and sorts by start", () => {
    expect(p.days.map((d) => [d.day, d.screenings.map((s) => s.id)])).toEqual([
      ["2026-10-23", [10, 13]],
      ["2026-10-24", [12, 11]],
      ["2026-10-25", []],
    ]);
  });

  it("unknown runtime makes the programme's runtime unknown", () => {
    const q = buildProgramme(
      lisbonSnapshot([screening(1, 1, "2026-10-23T10:00:00Z", "2026-10-23T12:00:00Z", [1, 5])], [...films, film(5, "WIP", null)]),
    );
    expect(q.screenings[0]?.runtimeMinutes).toBeNull();
  });
});

describe("filters", () => {
  it.each([
    ["venue", { venue: "hall-b" }, [13, 12]],
    ["day", { day: "2026-10-24" }, [12, 11]],
    ["time of day: night includes after midnight", { time: "night" }, [13, 11]],
    ["genre, case-insensitive", { genre: "short" }, [13, 12]],
    ["language", { language: "german" }, [11]],
    ["search by director without accents", { q: "tomas" }, [12]],
    ["search by title words", { q: "metro" }, [11]],
    ["nothing matches", { q: "zzz" }, []],
    ["a pasted search: zero-width space and soft hyphen", { q: "Met\u200bro\u00adpolis" }, [11]],
    ["a pasted search: no-break space between words", { q: "tomás\u00a0reis" }, [12]],
  ] as const)("%s", (_name, params, ids) => {
    expect(filterScreenings(p, parseFilter(params)).map((s) => s.id)).toEqual(ids);
  });

  it("ignores unknown time-of-day values and over-long input", () => {
    expect(parseFilter({ time: "brunch", q: "x".repeat(500) })).toEqual({
      venue: undefined,
      genre: undefined,
      language: undefined,
      section: undefined,
      subtitles: undefined,
      access: undefined,
      format: undefined,
      rating: undefined,
      day: undefined,
      time: undefined,
      q: undefined,
    });
  });

  describe("on a screening's own facts (programme, guests, language and access)", () => {
    const shorts = [
      film(21, "Pier 9", 14, { section: "Shorts", languages: ["Portuguese"], subtitles: "English" }),
      film(22, "Tally Clerks", 22, { section: "Shorts", languages: ["English"], subtitles: "Portuguese", rating: "M/12" }),
    ];
    const q = buildProgramme(
      lisbonSnapshot(
        [
          screening(30, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T19:00:00+01:00", [21, 22], {
            title: "Shorts: Hands at Work",
            guests: [{ personId: 1, name: "Ana Ferreira", role: "director" }],
            accessibility: ["open-captions", "step-free"],
          }),
          // the same films, a print with Portuguese subtitles and French spoken (a dubbed print)
          screening(31, 2, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00", [21], {
            languages: ["French"],
            subtitles: "Portuguese",
            format: "35mm",
          }),
        ],
        shorts,
      ),
    );
    it.each([
      ["section", { section: "shorts" }, [30, 31]],
      ["spoken language: the films' own", { language: "english" }, [30]],
      ["spoken language: the screening's override", { language: "french" }, [31]],
      ["subtitles: a programme whose films differ offers both", { subtitles: "english" }, [30]],
      ["subtitles: the screening's override", { subtitles: "Portuguese" }, [30, 31]],
      ["access mark", { access: "open-captions" }, [30]],
      ["an unknown access mark is ignored", { access: "jetpack" }, [30, 31]],
      ["search by programme title", { q: "hands at work" }, [30]],
      ["search by guest", { q: "ferreira" }, [30]],
      ["format", { format: "35mm" }, [31]],
      ["age rating", { rating: "m/12" }, [30]],
    ] as const)("%s", (_name, params, ids) => {
      expect(filterScreenings(q, parseFilter(params)).map((s) => s.id)).toEqual(ids);
    });
    it("offers only what the programme holds", () => {
      const o = filterOptions(q);
      expect([o.sections, o.subtitles, o.access.map((a) => a.value)]).toEqual([
        ["Shorts"],
        ["English", "Portuguese"],
        ["open-captions", "step-free"],
      ]);
    });
    it("a programme title replaces the joined titles; its films stay listed", () => {
      const s = q.screenings.find((x) => x.id === 30);
      expect([s?.title, s?.programmeTitle, s?.films.map((f) => f.title)]).toEqual([
        "Shorts: Hands at Work",
        "Shorts: Hands at Work",
        ["Pier 9", "Tally Clerks"],
      ]);
    });
  });

  it("time of day boundaries", () => {
    expect(timeOfDay(byId(10))).toBe("evening");
    expect(timeOfDay(byId(11))).toBe("night");
  });
});

describe("what's on", () => {
  it.each([
    ["before the festival", "2026-10-20T12:00:00Z", null],
    ["first evening", "2026-10-23T20:00:00Z", "2026-10-23"],
    ["01:00 on the 25th is still the 24th", "2026-10-25T01:00:00Z", "2026-10-24"],
    ["after the last day-break", "2026-10-26T06:30:00Z", null],
  ] as const)("current festival day: %s", (_n, now, day) => {
    expect(currentFestivalDay(p, new Date(now))).toBe(day);
  });

  it("puts today first while the festival runs", () => {
    expect(daysTodayFirst(p, new Date("2026-10-24T12:00:00Z")).map((d) => d.day)).toEqual(["2026-10-24", "2026-10-23", "2026-10-25"]);
  });

  it("now and next leave out cancelled screenings", () => {
    const r = nowAndNext(p, new Date("2026-10-24T16:00:00Z"));
    expect(r.now).toEqual([]);
    expect(r.next.map((s) => s.id)).toEqual([11]);
    expect(nowAndNext(p, new Date("2026-10-25T01:00:00Z")).now.map((s) => s.id)).toEqual([11]);
  });
});

describe("dayGrid", () => {
  it("places screenings by real minutes in venue columns", () => {
    const g = dayGrid(itemAt(p.days, 1), p.venues, "Europe/Lisbon");
    expect(g.venues.map((v) => v.slug)).toEqual(["cinema-1", "hall-b"]);
    const dst = g.items.find((i) => i.screening.id === 11)!;
    expect(dst.column).toBe(0);
    expect(dst.height).toBe(180);
    expect(g.hours[0]?.label).toBe("18:00");
    // the repeated hour shows twice on the grid's clock
    expect(g.hours.map((h) => h.label).filter((l) => l === "01:00")).toHaveLength(2);
  });
});
