import { describe, expect, it } from "vitest";
import { dayGrid } from "./day-grid";
import { buildProgramme } from "./programme";
import { film, lisbonSnapshot, screening } from "./test-fixtures";
import type { SnapshotScreening } from "./types";

const films = [film(1, "Matewan", 135), film(2, "Metropolis", 153)];

/** The grid of the festival day `day` of a Lisbon edition (2026-03-27..29 or 2026-10-23..25) with these screenings. */
function gridOf(day: string, screenings: SnapshotScreening[]) {
  const snap = lisbonSnapshot(screenings, films);
  const spring = day.startsWith("2026-03");
  const p = buildProgramme({ ...snap, edition: { ...snap.edition, ...(spring ? { firstDay: "2026-03-27", lastDay: "2026-03-29" } : {}) } });
  const d = p.days.find((x) => x.day === day);
  if (!d) throw new Error(`no day ${day}`);
  return dayGrid(d, p.venues, "Europe/Lisbon");
}
const lines = (g: ReturnType<typeof dayGrid>) => g.hours.map((h) => (h.note ? `${h.label} (${h.note})` : h.label));

describe("dayGrid: hour lines and the clocks' changes, named cases", () => {
  it("an ordinary evening: one line an hour, no notes, no sentence", () => {
    const g = gridOf("2026-10-23", [screening(1, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:15:00+01:00", [1])]);
    expect(lines(g)).toEqual(["20:00", "21:00", "22:00", "23:00"]);
    expect(g.clockChange).toBeNull();
    expect(g.items[0]).toMatchObject({ column: 0, top: 0, height: 135 });
  });

  it("the clocks-back night: 01:00 twice, labelled first (summer time) and second (winter time), and said in a sentence", () => {
    const g = gridOf("2026-10-24", [
      screening(1, 1, "2026-10-24T22:00:00+01:00", "2026-10-25T00:15:00+01:00", [1]),
      // 00:30 summer time to 02:30 winter time: 180 real minutes
      screening(2, 2, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00", [2]),
    ]);
    expect(lines(g)).toEqual(["22:00", "23:00", "00:00", "01:00 (first, summer time)", "01:00 (second, winter time)", "02:00", "03:00"]);
    expect(g.clockChange).toBe(
      "The clocks go back an hour at 02:00 tonight, to 01:00: the time from 01:00 to 02:00 happens twice, first in summer time, then in winter time (UTC+01:00, then UTC+00:00).",
    );
    const late = g.items.find((i) => i.screening.id === 2);
    expect(late).toMatchObject({ column: 1, top: 150, height: 180 });
  });

  it("the clocks-forward night: 01:00 does not happen; the line after the gap says so", () => {
    const g = gridOf("2026-03-28", [screening(1, 1, "2026-03-28T23:00:00+00:00", "2026-03-29T03:00:00+01:00", [1])]);
    expect(lines(g)).toEqual(["23:00", "00:00", "02:00 (clocks went forward)", "03:00"]);
    expect(g.clockChange).toBe(
      "The clocks go forward an hour at 01:00 tonight, to 02:00: the time from 01:00 to 02:00 does not happen (UTC+00:00, then UTC+01:00).",
    );
    expect(g.items[0]).toMatchObject({ top: 0, height: 180 });
  });

  it("a day without screenings has no lines and no sentence", () => {
    const g = gridOf("2026-10-23", []);
    expect(g).toMatchObject({ hours: [], items: [], clockChange: null, totalMinutes: 0 });
  });
});
