import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { festivalDayOf } from "./festival-time";
import { bestPlan, clash, type PlannerInput } from "./planner";
import type { PlannerWish, PlanScreening } from "./planner-hours";
import { keptChanges, keptText, parseKept } from "./planner-kept";
import { reasonText } from "./planner-reasons";
import { walkLookup } from "./walking";

const TZ = "Europe/Lisbon";
/** A screening on a Lisbon day ("2026-10-23"), local times "HH:MM" (+01:00, summer time). */
const s = (
  id: number,
  filmIds: number[],
  day: string,
  from: string,
  to: string,
  venueId = 1,
  status: PlanScreening["status"] = "confirmed",
) => ({
  id,
  filmIds,
  venueId,
  startsAt: new Date(`${day}T${from}:00+01:00`),
  endsAt: new Date(`${to < from ? nextDay(day) : day}T${to}:00+01:00`),
  status,
});
const nextDay = (day: string) => new Date(new Date(`${day}T12:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
const wish = (w: Partial<PlannerWish>): PlannerWish => ({ films: [], must: [], from: null, to: null, breakMinutes: 0, ...w });
const input = (screenings: PlanScreening[], w: Partial<PlannerWish>, walks: [number, number, number][] = []): PlannerInput => ({
  wish: wish(w),
  screenings,
  walk: walkLookup(walks.map(([fromVenueId, toVenueId, minutes]) => ({ fromVenueId, toVenueId, minutes }))),
  timeZone: TZ,
  dayBreak: "06:00",
});
const chosen = (i: PlannerInput) => bestPlan(i).plan.map((p) => [p.filmId, p.screening.id]);
const D1 = "2026-10-23";
const D2 = "2026-10-24";
const TITLES: Record<number, string> = { 1: "Matewan", 2: "Salt of the Earth", 3: "Harlan County, USA", 4: "Norma Rae" };
const words = (i: PlannerInput) =>
  bestPlan(i).missed.map((m) => [
    m.filmId,
    reasonText(m.reason, { from: i.wish.from, to: i.wish.to, title: (f) => TITLES[f] ?? `#${f}`, isMust: (f) => i.wish.must.includes(f) }),
  ]);

describe("bestPlan: known optima where earliest-first greedy is wrong", () => {
  it.each([
    {
      name: "the early screening of one film blocks the only screening of another: take the later one",
      screenings: [s(11, [1], D1, "10:00", "12:00"), s(12, [1], D1, "14:00", "16:00"), s(21, [2], D1, "11:00", "13:00")],
      wish: { films: [1, 2] },
      expect: [
        [2, 21],
        [1, 12],
      ],
    },
    {
      name: "fewer days: the film shown on both days goes on the day the other film needs",
      screenings: [s(11, [1], D1, "10:00", "12:00"), s(12, [1], D2, "10:00", "12:00"), s(21, [2], D2, "14:00", "16:00")],
      wish: { films: [1, 2] },
      expect: [
        [1, 12],
        [2, 21],
      ],
    },
    {
      name: "then earlier finishes: the morning screening rather than the evening one",
      screenings: [s(12, [1], D1, "20:00", "22:00"), s(11, [1], D1, "10:00", "12:00"), s(21, [2], D1, "14:00", "16:00")],
      wish: { films: [1, 2] },
      expect: [
        [1, 11],
        [2, 21],
      ],
    },
    {
      name: "three films in a chain: the second film waits for its evening screening",
      screenings: [
        s(11, [1], D1, "10:00", "12:00"),
        s(12, [1], D1, "16:00", "18:00"),
        s(21, [2], D1, "11:30", "13:30"),
        s(22, [2], D1, "18:30", "20:30"),
        s(31, [3], D1, "13:00", "15:00"),
      ],
      wish: { films: [1, 2, 3] },
      expect: [
        [1, 11],
        [3, 31],
        [2, 22],
      ],
    },
  ])("$name", (c) => {
    expect(chosen(input(c.screenings, c.wish))).toEqual(c.expect);
  });
});

describe("bestPlan: must-sees first", () => {
  const evening = [s(11, [1], D1, "18:00", "20:00"), s(21, [2], D1, "17:00", "19:00"), s(31, [3], D1, "19:30", "21:30")];
  it("without must-sees: two films rather than one", () => {
    expect(chosen(input(evening, { films: [1, 2, 3] }))).toEqual([
      [2, 21],
      [3, 31],
    ]);
  });
  it("a must-see is placed even when it costs two other films, and they say why", () => {
    const i = input(evening, { films: [1, 2, 3], must: [1] });
    expect(chosen(i)).toEqual([[1, 11]]);
    expect(words(i)).toEqual([
      [2, "its only screening clashes with Matewan, a must-see"],
      [3, "its only screening clashes with Matewan, a must-see"],
    ]);
  });
  it("both screenings clashing with a must-see", () => {
    const i = input([s(11, [1], D1, "18:00", "20:00"), s(21, [2], D1, "17:00", "19:00"), s(22, [2], D1, "19:00", "21:00")], {
      films: [2],
      must: [1],
    });
    expect(words(i)).toEqual([[2, "both screenings clash with Matewan, a must-see"]]);
  });
  it("two must-sees that cannot both be placed: the most of them, the other says why", () => {
    const i = input([s(11, [1], D1, "18:00", "20:00"), s(21, [2], D1, "19:00", "21:00"), s(31, [3], D1, "21:30", "23:00")], {
      films: [3],
      must: [1, 2],
    });
    expect(chosen(i)).toEqual([
      [1, 11],
      [3, 31],
    ]);
    expect(words(i)).toEqual([[2, "its only screening clashes with Matewan, a must-see"]]);
  });
});

describe("bestPlan: walking and the break", () => {
  const two = [s(11, [1], D1, "10:00", "12:00", 1), s(21, [2], D1, "12:10", "14:00", 2)];
  it.each([
    { name: "10 minutes between the venues is enough", walks: [[1, 2, 10]] as [number, number, number][], breakMinutes: 0, placed: 2 },
    { name: "a 15 minute walk makes them clash", walks: [[1, 2, 15]] as [number, number, number][], breakMinutes: 0, placed: 1 },
    {
      name: "the walk given the other way holds this way too",
      walks: [[2, 1, 15]] as [number, number, number][],
      breakMinutes: 0,
      placed: 1,
    },
    { name: "a 5 minute walk and a 10 minute break clash", walks: [[1, 2, 5]] as [number, number, number][], breakMinutes: 10, placed: 1 },
    { name: "an unknown walk counts as none", walks: [] as [number, number, number][], breakMinutes: 10, placed: 2 },
  ])("$name", (c) => {
    expect(bestPlan(input(two, { films: [1, 2], breakMinutes: c.breakMinutes }, c.walks)).plan).toHaveLength(c.placed);
  });
  it("the film left out says whose screening it clashes with", () => {
    expect(words(input(two, { films: [1, 2] }, [[1, 2, 15]]))).toEqual([[2, "its only screening clashes with Matewan"]]);
  });
});

describe("bestPlan: impossible wishes, each with its reason", () => {
  it.each([
    {
      name: "every screening cancelled",
      screenings: [s(11, [1], D1, "10:00", "12:00", 1, "cancelled"), s(12, [1], D2, "10:00", "12:00", 1, "cancelled")],
      wish: { films: [1] },
      expect: "every screening is cancelled",
    },
    {
      name: "not in the programme",
      screenings: [s(11, [1], D1, "10:00", "12:00")],
      wish: { films: [9] },
      expect: "it is not in this festival's programme",
    },
    {
      name: "no screening within the hours",
      screenings: [s(11, [1], D1, "09:00", "11:00"), s(12, [1], D2, "22:30", "00:10")],
      wish: { films: [1], from: "10:00", to: "23:30" },
      expect: "no screening between 10:00 and 23:30",
    },
  ])("$name", (c) => {
    const i = input(c.screenings, c.wish);
    expect(bestPlan(i).plan).toEqual([]);
    expect(words(i)).toEqual([[c.wish.films[0], c.expect]]);
  });
  it("nothing wanted: an empty plan", () => {
    expect(bestPlan(input([s(11, [1], D1, "10:00", "12:00")], {}))).toEqual({ plan: [], missed: [], nodes: 0 });
  });
  it("a cancelled screening is never used, even when it is the better one", () => {
    const i = input([s(11, [1], D1, "10:00", "12:00", 1, "cancelled"), s(12, [1], D1, "20:00", "22:00")], { films: [1] });
    expect(chosen(i)).toEqual([[1, 12]]);
  });
});

describe("bestPlan: the hours and the night the clocks go back (Lisbon, 25 October 2026)", () => {
  // 00:00-01:50 summer time (ends 00:50 UTC); the clocks go back at 02:00 to 01:00; the next starts 01:10 winter time (01:10 UTC).
  const night = [
    {
      id: 11,
      filmIds: [1],
      venueId: 1,
      startsAt: new Date("2026-10-25T00:00:00+01:00"),
      endsAt: new Date("2026-10-25T01:50:00+01:00"),
      status: "confirmed" as const,
    },
    {
      id: 21,
      filmIds: [2],
      venueId: 1,
      startsAt: new Date("2026-10-25T01:10:00+00:00"),
      endsAt: new Date("2026-10-25T02:40:00+00:00"),
      status: "confirmed" as const,
    },
  ];
  it("the clock says they overlap (01:10 before 01:50), the real minutes say 20 apart: both are placed, on the 24th", () => {
    const plan = bestPlan(input(night, { films: [1, 2], breakMinutes: 15 })).plan;
    expect(plan.map((p) => [p.filmId, p.festivalDay])).toEqual([
      [1, "2026-10-24"],
      [2, "2026-10-24"],
    ]);
  });
  it("a 25 minute break makes them clash", () => {
    expect(bestPlan(input(night, { films: [1, 2], breakMinutes: 25 })).plan).toHaveLength(1);
  });
  it("after midnight belongs to the day before: to 02:00 keeps the first, to 23:30 keeps neither", () => {
    expect(chosen(input(night, { films: [1, 2], from: "10:00", to: "02:00" }))).toEqual([[1, 11]]);
    expect(chosen(input(night, { films: [1, 2], from: "10:00", to: "23:30" }))).toEqual([]);
  });
});

describe("bestPlan: a double bill serves two wanted films with one screening", () => {
  it("both films, one screening", () => {
    const i = input([s(11, [1, 2], D1, "18:00", "21:00"), s(21, [2], D1, "10:00", "12:00"), s(31, [3], D1, "09:00", "12:30")], {
      films: [1, 2, 3],
    });
    expect(chosen(i)).toEqual([
      [3, 31],
      [1, 11],
      [2, 11],
    ]);
  });
});

type Score = [number, number, number, number];
/** Lexicographic: more must-sees, more films, fewer days, earlier finishes (days and finishes negated). */
const greater = (a: Score, b: Score) => {
  const k = a.findIndex((v, j) => Math.abs(v - b[j]!) > 1e-6);
  return k >= 0 && a[k]! > b[k]!;
};
/** The score of one assignment of screenings (or null) to the wanted films; null when two clash. */
function scoreOf(i: PlannerInput, films: number[], pick: (PlanScreening | null)[]): Score | null {
  const used = [...new Set(pick.filter((p): p is PlanScreening => p !== null))];
  for (const a of used) for (const b of used) if (clash(a, b, i.walk, i.wish.breakMinutes)) return null;
  const must = films.filter((f, k) => pick[k] && i.wish.must.includes(f)).length;
  const days = new Set(used.map((u) => festivalDayOf(u.startsAt, TZ, "06:00"))).size;
  const finish = used.reduce((a, u) => a + u.endsAt.getTime() / 60_000, 0);
  return [must, pick.filter(Boolean).length, 0 - days || 0, 0 - finish || 0];
}
/** Every assignment tried: the best score, to check the branch and bound against. */
function bruteForce(i: PlannerInput, films: number[]): Score {
  const options = films.map((f) => i.screenings.filter((x) => x.filmIds.includes(f) && x.status !== "cancelled"));
  let best: Score = [0, 0, 0, 0];
  const walk = (k: number, pick: (PlanScreening | null)[]) => {
    if (k === films.length) {
      const sc = scoreOf(i, films, pick);
      if (sc && greater(sc, best)) best = sc;
      return;
    }
    for (const o of [...(options[k] ?? []), null]) walk(k + 1, [...pick, o]);
  };
  walk(0, []);
  return best;
}

describe("bestPlan is exact: the same score as trying every assignment (random small festivals)", () => {
  it("matches brute force on 300 random cases", () => {
    const arb = fc.record({
      shows: fc.array(
        fc.record({
          film: fc.integer({ min: 1, max: 6 }),
          day: fc.integer({ min: 0, max: 2 }),
          hour: fc.integer({ min: 10, max: 22 }),
          length: fc.integer({ min: 60, max: 180 }),
          venue: fc.integer({ min: 1, max: 3 }),
          cancelled: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
        }),
        { maxLength: 12 },
      ),
      must: fc.subarray([1, 2, 3, 4, 5, 6], { maxLength: 2 }),
      breakMinutes: fc.constantFrom(0, 10, 30),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const screenings: PlanScreening[] = c.shows.map((x, k) => {
          const start = new Date(`2026-10-2${x.day}T${String(x.hour).padStart(2, "0")}:00:00+01:00`);
          return {
            id: k + 1,
            filmIds: [x.film],
            venueId: x.venue,
            startsAt: start,
            endsAt: new Date(start.getTime() + x.length * 60_000),
            status: x.cancelled ? "cancelled" : "confirmed",
          };
        });
        const i = input(screenings, { films: [1, 2, 3, 4, 5, 6], must: c.must, breakMinutes: c.breakMinutes }, [
          [1, 2, 10],
          [2, 3, 20],
          [1, 3, 25],
        ]);
        const films = [...new Set([...i.wish.must, ...i.wish.films])];
        const plan = bestPlan(i).plan;
        const score = scoreOf(
          i,
          films,
          films.map((f) => plan.find((p) => p.filmId === f)?.screening ?? null),
        );
        expect(score).not.toBeNull();
        expect(score).toEqual(bruteForce(i, films));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

describe("kept plans: what a newer release did to them", () => {
  const release = [
    { id: 101, startIso: "2026-10-24T18:00:00+01:00", status: "confirmed" },
    { id: 205, startIso: "2026-10-25T22:00:00+00:00", status: "confirmed" },
    { id: 301, startIso: "2026-10-23T10:00:00+01:00", status: "cancelled" },
  ];
  it.each([
    { name: "unchanged: nothing to say", kept: "101@2026-10-24T18:00", expect: [] },
    {
      name: "cancelled",
      kept: "301@2026-10-23T10:00",
      expect: [{ screeningId: 301, was: "2026-10-23T10:00", kind: "cancelled", now: null }],
    },
    {
      name: "gone from the release counts as cancelled",
      kept: "999@2026-10-23T10:00",
      expect: [{ screeningId: 999, was: "2026-10-23T10:00", kind: "cancelled", now: null }],
    },
    {
      name: "moved",
      kept: "205@2026-10-25T21:30",
      expect: [{ screeningId: 205, was: "2026-10-25T21:30", kind: "moved", now: "2026-10-25T22:00" }],
    },
  ])("$name", (c) => {
    expect(keptChanges(parseKept(c.kept) ?? [], release)).toEqual(c.expect);
  });
  it.each(["101", "101@2026-10-24", "0@2026-10-24T18:00", "101@2026-10-24T18:00;x"])("not a kept text: %s", (text) => {
    expect(parseKept(text)).toBeNull();
  });
  it("round trip", () => {
    expect(parseKept(keptText(release))).toEqual([
      { screeningId: 101, start: "2026-10-24T18:00" },
      { screeningId: 205, start: "2026-10-25T22:00" },
      { screeningId: 301, start: "2026-10-23T10:00" },
    ]);
  });
});
