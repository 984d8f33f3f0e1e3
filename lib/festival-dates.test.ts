import { describe, expect, it } from "vitest";
import { festivalDates } from "./festival-dates";

describe("festivalDates: named cases", () => {
  it.each([
    { name: "one month", first: "2026-10-23", last: "2026-10-25", text: "23–25 October 2026" },
    { name: "across months", first: "2026-10-30", last: "2026-11-01", text: "30 October – 1 November 2026" },
    { name: "across years", first: "2026-12-30", last: "2027-01-02", text: "30 December 2026 – 2 January 2027" },
    { name: "one day", first: "2026-10-23", last: "2026-10-23", text: "23 October 2026" },
    { name: "a spring-forward day is just a day", first: "2026-03-28", last: "2026-03-29", text: "28–29 March 2026" },
  ])("$name: $text", ({ first, last, text }) => expect(festivalDates(first, last)).toBe(text));
});
