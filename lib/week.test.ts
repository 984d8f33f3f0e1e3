import { describe, expect, it } from "vitest";
import { buildProgramme } from "./programme";
import { film, lisbonSnapshot, screening } from "./test-fixtures";
import { currentWeekStart, weekInProgramme, weekOf } from "./week";

// Lisbon, festival days 2026-10-23 (Fri) to 2026-10-25 (Sun); the clocks go back at 02:00 on the 25th.
const programme = buildProgramme(
  lisbonSnapshot(
    [
      screening(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00", [1]),
      screening(2, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00", [1]),
      // after midnight: festival day 2026-10-23
      screening(3, 2, "2026-10-24T00:30:00+01:00", "2026-10-24T02:00:00+01:00", [2]),
      // DST night: the first 01:30 (summer time) and the second (winter time), both festival day 2026-10-24
      screening(4, 1, "2026-10-25T01:30:00+01:00", "2026-10-25T02:40:00+00:00", [3]),
      screening(5, 2, "2026-10-25T01:30:00+00:00", "2026-10-25T03:00:00+00:00", [4]),
      screening(6, 1, "2026-10-25T16:00:00+00:00", "2026-10-25T18:00:00+00:00", [5]),
      screening(7, 2, "2026-10-23T21:00:00+01:00", "2026-10-23T22:00:00+01:00", [5], { status: "cancelled" }),
    ],
    [film(1, "Matewan", 120), film(2, "Night Shift", 90), film(3, "First Hour", 70), film(4, "Second Hour", 90), film(5, "Sunday", 120)],
  ),
);

const ids = (start: string, now: string) => weekOf(programme, start, new Date(now))?.films.map((f) => f.film.id);

describe("weekOf: the films of a week, today's remaining screenings first (named cases)", () => {
  it.each([
    {
      name: "before the festival: by first screening; the Monday before covers the whole edition",
      start: "2026-10-19",
      now: "2026-10-01T12:00:00+01:00",
      order: [1, 2, 3, 4, 5],
    },
    {
      name: "after-midnight screening is still today's (festival day 23 at 23:30)",
      start: "2026-10-23",
      now: "2026-10-23T23:30:00+01:00",
      order: [2, 1, 3, 4, 5],
    },
    {
      name: "DST night: at the first 01:45 the second 01:30 is still to come, the first has begun",
      start: "2026-10-23",
      now: "2026-10-25T01:45:00+01:00",
      order: [4, 5, 1, 2, 3],
    },
    {
      name: "a cancelled screening does not put its film first",
      start: "2026-10-23",
      now: "2026-10-23T20:30:00+01:00",
      order: [2, 1, 3, 4, 5],
    },
    {
      name: "after the festival: every film by its first screening",
      start: "2026-10-23",
      now: "2026-11-02T12:00:00Z",
      order: [1, 5, 2, 3, 4],
    },
  ])("$name", ({ start, now, order }) => expect(ids(start, now)).toEqual(order));

  it("marks today's remaining screenings, not the ones begun, cancelled or on other days", () => {
    const week = weekOf(programme, "2026-10-23", new Date("2026-10-25T01:45:00+01:00"));
    expect(week?.today).toBe("2026-10-24");
    const remaining = Object.fromEntries(week?.films.map((f) => [f.film.id, f.todayRemaining]) ?? []);
    expect(remaining).toEqual({ 1: [], 2: [], 3: [], 4: [5], 5: [] });
  });

  it("counts a screening after midnight as today's (the festival day before)", () => {
    const week = weekOf(programme, "2026-10-23", new Date("2026-10-23T23:30:00+01:00"));
    expect(week?.today).toBe("2026-10-23");
    expect(week?.films.at(0)?.todayRemaining).toEqual([3]);
  });

  it("lists every time of a film across the week, cancelled ones included, in time order", () => {
    const week = weekOf(programme, "2026-10-23", new Date("2026-10-01T12:00:00Z"));
    const sunday = week?.films.find((f) => f.film.id === 5);
    expect(sunday?.screenings.map((s) => [s.id, s.status])).toEqual([
      [7, "cancelled"],
      [6, "confirmed"],
    ]);
    expect(week?.films.find((f) => f.film.id === 1)?.screenings.map((s) => s.festivalDay)).toEqual(["2026-10-23", "2026-10-24"]);
  });

  it.each([
    { name: "a week past the edition's end", start: "2026-10-26", found: false },
    { name: "a week ending the day before the edition", start: "2026-10-16", found: false },
    { name: "a week whose last day is the first festival day", start: "2026-10-17", found: true },
    { name: "a week from the last festival day", start: "2026-10-25", found: true },
  ])("$name: $start has festival days = $found", ({ start, found }) => {
    expect(weekInProgramme(programme, start)).toBe(found);
    expect(weekOf(programme, start, new Date("2026-10-24T12:00:00+01:00")) !== null).toBe(found);
  });

  it("keeps only the edition's days and links weeks that have festival days", () => {
    const week = weekOf(programme, "2026-10-24", new Date("2026-10-01T12:00:00Z"));
    expect(week?.days.map((d) => d.day)).toEqual(["2026-10-24", "2026-10-25"]);
    expect(week?.today).toBeNull();
    expect(week?.previous).toBe("2026-10-17");
    expect(week?.next).toBeNull();
    expect(week?.films.map((f) => f.film.id)).toEqual([1, 3, 4, 5]);
  });
});

describe("currentWeekStart: the week the edition's index links to", () => {
  it.each([
    { name: "before the edition: its first day", now: "2026-10-01T12:00:00+01:00", start: "2026-10-23" },
    { name: "during it: today's festival day", now: "2026-10-24T15:00:00+01:00", start: "2026-10-24" },
    { name: "after midnight: still the day before", now: "2026-10-25T01:30:00+00:00", start: "2026-10-24" },
    { name: "after the edition: its first day", now: "2026-11-02T12:00:00Z", start: "2026-10-23" },
  ])("$name", ({ now, start }) => expect(currentWeekStart(programme, new Date(now))).toBe(start));
});
