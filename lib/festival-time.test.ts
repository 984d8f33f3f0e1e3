import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  elapsedMinutes,
  festivalDayOf,
  festivalDayWindow,
  isAfterMidnight,
  isValidTimeZone,
  localParts,
  parseIsoInstant,
  toZonedIso,
  zonedTimeToInstant,
} from "./festival-time";

// vitest runs with TZ=Pacific/Auckland so any host-zone arithmetic would show.

describe("festivalDayOf: named boundary cases", () => {
  const cases = [
    { name: "evening belongs to its own day", at: "2026-10-23T21:00:00+01:00", tz: "Europe/Lisbon", dayBreak: "06:00", day: "2026-10-23" },
    {
      name: "00:30 belongs to the previous festival day",
      at: "2026-10-24T00:30:00+01:00",
      tz: "Europe/Lisbon",
      dayBreak: "06:00",
      day: "2026-10-23",
    },
    { name: "05:59 still the previous day", at: "2026-10-24T05:59:00+01:00", tz: "Europe/Lisbon", dayBreak: "06:00", day: "2026-10-23" },
    {
      name: "06:00 exactly starts the new day",
      at: "2026-10-24T06:00:00+01:00",
      tz: "Europe/Lisbon",
      dayBreak: "06:00",
      day: "2026-10-24",
    },
    {
      name: "autumn DST night, first 01:30 (summer time)",
      at: "2026-10-25T01:30:00+01:00",
      tz: "Europe/Lisbon",
      dayBreak: "06:00",
      day: "2026-10-24",
    },
    {
      name: "autumn DST night, second 01:30 (winter time)",
      at: "2026-10-25T01:30:00+00:00",
      tz: "Europe/Lisbon",
      dayBreak: "06:00",
      day: "2026-10-24",
    },
    {
      name: "spring DST night in New York, 03:30 after the gap",
      at: "2026-03-08T03:30:00-04:00",
      tz: "America/New_York",
      dayBreak: "06:00",
      day: "2026-03-07",
    },
    {
      name: "day-break 00:00: midnight is the new day",
      at: "2026-10-24T00:00:00+01:00",
      tz: "Europe/Lisbon",
      dayBreak: "00:00",
      day: "2026-10-24",
    },
    {
      name: "UTC host would say another date: Auckland-independent",
      at: "2026-10-23T23:30:00Z",
      tz: "America/Los_Angeles",
      dayBreak: "06:00",
      day: "2026-10-23",
    },
  ];
  it.each(cases)("$name", ({ at, tz, dayBreak, day }) => {
    expect(festivalDayOf(new Date(at), tz, dayBreak)).toBe(day);
  });
  it("marks after-midnight screenings", () => {
    expect(isAfterMidnight(new Date("2026-10-24T00:30:00+01:00"), "Europe/Lisbon")).toBe(true);
    expect(isAfterMidnight(new Date("2026-10-23T23:30:00+01:00"), "Europe/Lisbon")).toBe(false);
  });
});

describe("zonedTimeToInstant: named boundary cases", () => {
  it.each([
    {
      name: "ordinary evening",
      day: "2026-10-23",
      time: "21:00",
      tz: "Europe/Lisbon",
      prefer: "earlier" as const,
      iso: "2026-10-23T20:00:00.000Z",
    },
    {
      name: "autumn repeat, earlier = summer time",
      day: "2026-10-25",
      time: "01:30",
      tz: "Europe/Lisbon",
      prefer: "earlier" as const,
      iso: "2026-10-25T00:30:00.000Z",
    },
    {
      name: "autumn repeat, later = winter time",
      day: "2026-10-25",
      time: "01:30",
      tz: "Europe/Lisbon",
      prefer: "later" as const,
      iso: "2026-10-25T01:30:00.000Z",
    },
    { name: "spring gap does not exist", day: "2026-03-29", time: "01:30", tz: "Europe/Lisbon", prefer: "earlier" as const, iso: null },
    {
      name: "just after the spring gap",
      day: "2026-03-29",
      time: "02:00",
      tz: "Europe/Lisbon",
      prefer: "earlier" as const,
      iso: "2026-03-29T01:00:00.000Z",
    },
  ])("$name", ({ day, time, tz, prefer, iso }) => {
    expect(zonedTimeToInstant(day, time, tz, prefer)?.toISOString() ?? null).toBe(iso);
  });
});

describe("elapsed minutes and windows", () => {
  it("on the night DST ends a 00:30-02:30 slot lasts 180 minutes", () => {
    const start = zonedTimeToInstant("2026-10-25", "00:30", "Europe/Lisbon")!;
    const end = zonedTimeToInstant("2026-10-25", "02:30", "Europe/Lisbon")!;
    expect(elapsedMinutes(start, end)).toBe(180);
    expect(toZonedIso(start, "Europe/Lisbon")).toBe("2026-10-25T00:30:00+01:00");
    expect(toZonedIso(end, "Europe/Lisbon")).toBe("2026-10-25T02:30:00+00:00");
  });
  it("on the night DST starts a 00:30-03:30 slot lasts 120 minutes", () => {
    const start = zonedTimeToInstant("2026-03-29", "00:30", "Europe/Lisbon")!;
    const end = zonedTimeToInstant("2026-03-29", "03:30", "Europe/Lisbon")!;
    expect(elapsedMinutes(start, end)).toBe(120);
  });
  it("the festival day of the DST night lasts 25 hours", () => {
    const w = festivalDayWindow("2026-10-24", "Europe/Lisbon", "06:00");
    expect(elapsedMinutes(w.start, w.end)).toBe(25 * 60);
  });
  it("a day-break inside the spring gap starts at the first real minute after it", () => {
    const w = festivalDayWindow("2026-03-08", "America/New_York", "02:30");
    expect(w.start.toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });
  it("local parts carry the offset", () => {
    expect(localParts(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toEqual({ date: "2026-07-01", time: "17:30", offsetMinutes: 330 });
  });
});

describe("parsing and calendar helpers", () => {
  it.each([
    { name: "Z", text: "2026-10-23T20:00:00Z", ok: true },
    { name: "offset", text: "2026-10-23T21:00+01:00", ok: true },
    { name: "no offset is ambiguous", text: "2026-10-23T21:00:00", ok: false },
    { name: "impossible date", text: "2026-02-30T10:00:00Z", ok: false },
    { name: "hour 24", text: "2026-02-10T24:00:00Z", ok: false },
    { name: "garbage", text: "tomorrow", ok: false },
  ])("parseIsoInstant $name", ({ text, ok }) => expect(parseIsoInstant(text) !== null).toBe(ok));
  it("zones", () => {
    expect(isValidTimeZone("Europe/Lisbon")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
  it("days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-10-23", "2026-10-25")).toEqual(["2026-10-23", "2026-10-24", "2026-10-25"]);
  });
});
