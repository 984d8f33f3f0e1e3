import { describe, expect, it } from "vitest";
import { findRuntime, formatRuntime, parseRuntime } from "./runtime";

describe("parseRuntime: named boundary cases", () => {
  it.each([
    { name: "labelled minutes, capitalised", text: "Run Time: 177 Minutes", minutes: 177 },
    { name: "min", text: "103 min", minutes: 103 },
    { name: "mins", text: "107 mins", minutes: 107 },
    { name: "hr and min", text: "Running Time: 1 hr 22 min", minutes: 82 },
    { name: "hrs and min", text: "2 hrs 15 min", minutes: 135 },
    { name: "h:mm", text: "1:27", minutes: 87 },
    { name: "h:mm:ss rounds up", text: "1:27:01", minutes: 88 },
    { name: "prime for minutes", text: "135'", minutes: 135 },
    { name: "typographic prime", text: "135′", minutes: 135 },
    { name: "seconds round up to 1", text: "46 sec", minutes: 1 },
    { name: "minutes and seconds round up", text: "90'30\"", minutes: 91 },
    { name: "minutes spelled out", text: "94 minutes", minutes: 94 },
    { name: "compact 1h30", text: "1h30", minutes: 90 },
    { name: "hours only", text: "2 hours", minutes: 120 },
    { name: "Runtime label with full stop", text: "Runtime: 103 min.", minutes: 103 },
    { name: "approximate", text: "approx. 95 min", minutes: 95 },
    { name: "bare number is minutes", text: "88", minutes: 88 },
    { name: "very long film", text: "551 min", minutes: 551 },
    { name: "missing", text: "", minutes: null },
    { name: "null", text: null, minutes: null },
    { name: "not a runtime", text: "n/a", minutes: null },
    { name: "zero", text: "0 min", minutes: null },
    { name: "minutes past 59 in h:mm are not a clock", text: "1:75", minutes: null },
  ])("$name: $text -> $minutes", ({ text, minutes }) => expect(parseRuntime(text)).toBe(minutes));
});

describe("findRuntime inside a line", () => {
  it.each([
    { name: "title-director-year-runtime line", text: "The Corporation - Mark Achbar, 2003, 145 min", minutes: 145 },
    { name: "year alone is not a runtime", text: "Harlan County USA (1976)", minutes: null },
    { name: "hours in prose", text: "USA, 1 hr 22 min, colour", minutes: 82 },
  ])("$name", ({ text, minutes }) => expect(findRuntime(text)).toBe(minutes));
  it("formats", () => {
    expect(formatRuntime(177)).toBe("177 min");
    expect(formatRuntime(null)).toBe("runtime unknown");
  });
});
