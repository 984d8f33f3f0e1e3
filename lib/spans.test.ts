import { describe, expect, it } from "vitest";
import { editionDaysProblem, MAX_EDITION_DAYS, slotTimesProblem } from "./spans";

describe("editionDaysProblem: named cases", () => {
  it("a cinema may programme a leap year as one edition", () => expect(MAX_EDITION_DAYS).toBe(366));
  it.each([
    { name: "one day", first: "2026-10-23", last: "2026-10-23", problem: null },
    { name: "ten days", first: "2026-10-16", last: "2026-10-25", problem: null },
    { name: "a year: exactly 366 days", first: "2026-01-01", last: "2027-01-01", problem: null },
    { name: "a leap year, 1 January to 31 December", first: "2028-01-01", last: "2028-12-31", problem: null },
    { name: "367 days", first: "2026-01-01", last: "2027-01-02", problem: "an edition lasts at most 366 days" },
    { name: "a year and a day across 29 February", first: "2027-06-01", last: "2028-06-01", problem: "an edition lasts at most 366 days" },
    { name: "last day before the first", first: "2026-10-23", last: "2026-10-22", problem: "must not be before firstDay" },
    { name: "across a year end", first: "2026-12-20", last: "2027-01-05", problem: null },
  ])("$name", ({ first, last, problem }) => {
    const p = editionDaysProblem(first, last);
    expect(p?.message ?? null).toBe(problem);
    if (p) expect(p.field).toBe("lastDay");
  });
});

describe("slotTimesProblem: named cases", () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    { name: "a two-hour slot", start: "2026-10-23T20:00:00Z", end: "2026-10-23T22:00:00Z", problem: null },
    { name: "exactly 24 hours", start: "2026-10-23T10:00:00Z", end: "2026-10-24T10:00:00Z", problem: null },
    { name: "24 hours and a minute", start: "2026-10-23T10:00:00Z", end: "2026-10-24T10:01:00Z", problem: "a slot lasts at most 24 hours" },
    { name: "ends when it starts", start: "2026-10-23T20:00:00Z", end: "2026-10-23T20:00:00Z", problem: "must be after startsAt" },
    { name: "ends before it starts", start: "2026-10-23T20:00:00Z", end: "2026-10-23T19:59:00Z", problem: "must be after startsAt" },
    {
      name: "DST night in Lisbon: 00:30+01:00 to 02:30+00:00 is 180 real minutes",
      start: "2026-10-25T00:30:00+01:00",
      end: "2026-10-25T02:30:00+00:00",
      problem: null,
    },
  ])("$name", ({ start, end, problem }) => {
    const p = slotTimesProblem(at(start), at(end));
    expect(p?.message ?? null).toBe(problem);
    if (p) expect(p.field).toBe("endsAt");
  });
});
