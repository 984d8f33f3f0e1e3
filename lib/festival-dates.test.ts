import { describe, expect, it } from "vitest";
import { dayTabs, festivalDates } from "./festival-dates";

describe("festivalDates: named cases", () => {
  it.each([
    { name: "one month", first: "2026-10-23", last: "2026-10-25", text: "23–25 October 2026" },
    { name: "across months", first: "2026-10-30", last: "2026-11-01", text: "30 October – 1 November 2026" },
    { name: "across years", first: "2026-12-30", last: "2027-01-02", text: "30 December 2026 – 2 January 2027" },
    { name: "one day", first: "2026-10-23", last: "2026-10-23", text: "23 October 2026" },
    { name: "a spring-forward day is just a day", first: "2026-03-28", last: "2026-03-29", text: "28–29 March 2026" },
  ])("$name: $text", ({ first, last, text }) => expect(festivalDates(first, last)).toBe(text));
});

describe("dayTabs: the month on the first day and where it changes", () => {
  it.each([
    { name: "one month", days: ["2026-10-23", "2026-10-24", "2026-10-25"], labels: ["Fri 23 Oct", "Sat 24", "Sun 25"] },
    { name: "across months", days: ["2026-10-31", "2026-11-01", "2026-11-02"], labels: ["Sat 31 Oct", "Sun 1 Nov", "Mon 2"] },
    { name: "across years", days: ["2026-12-31", "2027-01-01"], labels: ["Thu 31 Dec", "Fri 1 Jan"] },
    { name: "one day", days: ["2026-10-23"], labels: ["Fri 23 Oct"] },
    { name: "none", days: [], labels: [] },
  ])("$name", ({ days, labels }) => expect(dayTabs(days).map((t) => t.label)).toEqual(labels));
});
