import { describe, expect, it } from "vitest";
import { slotInstants } from "./slot-times";

describe("slotInstants: named boundary cases", () => {
  const tz = "Europe/Lisbon";
  it.each([
    { name: "evening slot", day: "2026-10-23", start: "20:00", end: "22:30", startIso: "2026-10-23T19:00:00.000Z", minutes: 150 },
    {
      name: "after midnight belongs to the next calendar date",
      day: "2026-10-23",
      start: "00:30",
      end: "02:00",
      startIso: "2026-10-23T23:30:00.000Z",
      minutes: 90,
    },
    { name: "ends after midnight", day: "2026-10-23", start: "23:00", end: "01:15", startIso: "2026-10-23T22:00:00.000Z", minutes: 135 },
    {
      name: "DST night: 00:30-02:30 lasts 180 minutes",
      day: "2026-10-24",
      start: "00:30",
      end: "02:30",
      startIso: "2026-10-24T23:30:00.000Z",
      minutes: 180,
    },
    {
      name: "DST night: 00:30-01:30 takes the first 01:30",
      day: "2026-10-24",
      start: "00:30",
      end: "01:30",
      startIso: "2026-10-24T23:30:00.000Z",
      minutes: 60,
    },
    { name: "195 minute slot", day: "2026-10-24", start: "18:00", end: "21:15", startIso: "2026-10-24T17:00:00.000Z", minutes: 195 },
  ])("$name", ({ day, start, end, startIso, minutes }) => {
    const r = slotInstants(day, start, end, tz);
    if ("error" in r) throw new Error(r.error);
    expect(r.startsAt.toISOString()).toBe(startIso);
    expect(r.minutes).toBe(minutes);
  });
  it.each([
    { name: "spring gap start", day: "2026-03-28", start: "01:30", end: "03:00", field: "startTime" },
    { name: "not a time", day: "2026-10-23", start: "8pm", end: "22:00", field: "startTime" },
    { name: "bad end", day: "2026-10-23", start: "20:00", end: "25:00", field: "endTime" },
  ])("refuses $name", ({ day, start, end, field }) => {
    const r = slotInstants(day, start, end, tz);
    expect("error" in r && r.field).toBe(field);
  });
});
