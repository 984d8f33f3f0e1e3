import { describe, expect, it } from "vitest";
import { DEFAULT_ZOOM, MIN_PX_PER_MINUTE, parseZoom, pxPerMinute, zoomLabel } from "./zoom";

describe("the board's zoom: named cases", () => {
  it.each([
    { name: "1 h = 60 px is one pixel a minute", level: 60 as const, available: 500, total: 1440, px: 1 },
    { name: "1 h = 30 px is half a pixel a minute", level: 30 as const, available: 500, total: 1440, px: 0.5 },
    { name: "1 h = 120 px is two pixels a minute", level: 120 as const, available: 500, total: 1440, px: 2 },
    { name: "the whole 24-hour day in 720 px: half a pixel a minute", level: "day" as const, available: 720, total: 1440, px: 0.5 },
    { name: "the 25-hour night the clocks go back in 750 px", level: "day" as const, available: 750, total: 1500, px: 0.5 },
    { name: "a tiny screen never goes below the floor", level: "day" as const, available: 100, total: 1440, px: MIN_PX_PER_MINUTE },
    { name: "nothing measured yet: the default", level: "day" as const, available: 0, total: 1440, px: 1 },
  ])("$name", ({ level, available, total, px }) => {
    expect(pxPerMinute(level, available, total)).toBe(px);
  });

  it.each([
    { stored: "day", level: "day" },
    { stored: "90", level: 90 },
    { stored: "45", level: DEFAULT_ZOOM },
    { stored: null, level: DEFAULT_ZOOM },
  ])("a stored $stored is read as $level", ({ stored, level }) => {
    expect(parseZoom(stored)).toBe(level);
  });

  it("names its levels as a programmer reads them", () => {
    expect(zoomLabel("day")).toBe("Whole day");
    expect(zoomLabel(90)).toBe("1 h = 90 px");
  });
});
