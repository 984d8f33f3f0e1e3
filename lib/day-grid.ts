/**
 * The venue-by-time grid of one festival day: one column per venue, screenings
 * placed by real elapsed minutes from the first hour shown. Pure layout data;
 * the public grid and the printed sheet read it.
 */
import { formatOffset, localParts } from "./festival-time";
import type { ProgrammeDay, ProgrammeScreening } from "./programme";
import type { SnapshotVenue } from "./types";

export interface GridItem {
  screening: ProgrammeScreening;
  column: number;
  /** minutes from the grid's first hour */
  top: number;
  height: number;
}

export interface DayGrid {
  venues: SnapshotVenue[];
  /** the instant of the first hour line */
  start: Date;
  totalMinutes: number;
  /**
   * Hour lines: minutes from start, the local label ("14:00") and, on a night the clocks
   * change, a note: the repeated hour's "first, summer time" / "second, winter time", the
   * hour after a skipped one "clocks went forward".
   */
  hours: { offset: number; label: string; note: string | null }[];
  /** On a night the clocks change, the sentence that says so; else null. */
  clockChange: string | null;
  items: GridItem[];
}

const HOUR = 60 * 60_000;

export function dayGrid(day: ProgrammeDay, venues: SnapshotVenue[], timeZone: string): DayGrid {
  const used = venues.filter((v) => day.screenings.some((s) => s.venue.id === v.id));
  if (day.screenings.length === 0) return { venues: used, start: new Date(0), totalMinutes: 0, hours: [], clockChange: null, items: [] };
  const first = Math.min(...day.screenings.map((s) => s.startsAt.getTime()));
  const last = Math.max(...day.screenings.map((s) => s.endsAt.getTime()));
  // Start on the hour (in real time; every zone's offset is a whole number of quarter hours, so local hours align with real ones
  // except in half-hour zones, where the label says so).
  const start = Math.floor(first / HOUR) * HOUR;
  const end = Math.ceil(last / HOUR) * HOUR;
  const { hours, clockChange } = hourLines(start, end, timeZone);
  const column = new Map(used.map((v, i) => [v.id, i]));
  const items = day.screenings.map((s) => ({
    screening: s,
    column: column.get(s.venue.id) ?? 0,
    top: (s.startsAt.getTime() - start) / 60_000,
    height: Math.max(15, (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
  }));
  return { venues: used, start: new Date(start), totalMinutes: (end - start) / 60_000, hours, clockChange, items };
}

/** "02:00": the clock an instant shows at a given UTC offset (the old one, just before a change). */
function clockAt(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}

/** The hour lines from start to end, with their notes and the sentence on a night the clocks change. */
function hourLines(start: number, end: number, timeZone: string): Pick<DayGrid, "hours" | "clockChange"> {
  const hours: DayGrid["hours"] = [];
  let clockChange: string | null = null;
  let before: ReturnType<typeof localParts> | null = null;
  for (let t = start; t <= end; t += HOUR) {
    const now = localParts(new Date(t), timeZone);
    const line = { offset: (t - start) / 60_000, label: now.time, note: null as string | null };
    if (before && now.offsetMinutes !== before.offsetMinutes) {
      const was = clockAt(t, before.offsetMinutes);
      const by = Math.abs(now.offsetMinutes - before.offsetMinutes);
      const span = by === 60 ? "an hour" : `${by} minutes`;
      const zones = `UTC${formatOffset(before.offsetMinutes)}, then UTC${formatOffset(now.offsetMinutes)}`;
      clockChange =
        now.offsetMinutes < before.offsetMinutes
          ? `The clocks go back ${span} at ${was} tonight, to ${now.time}: the time from ${now.time} to ${was} happens twice, first in summer time, then in winter time (${zones}).`
          : `The clocks go forward ${span} at ${was} tonight, to ${now.time}: the time from ${was} to ${now.time} does not happen (${zones}).`;
      if (now.offsetMinutes > before.offsetMinutes) line.note = "clocks went forward";
    }
    hours.push(line);
    before = now;
  }
  // A label that is on the grid twice: the first (larger offset) is summer time, the second winter time.
  for (const [i, h] of hours.entries()) {
    const first = hours.findIndex((x) => x.label === h.label);
    const earlier = hours[first];
    if (first === i || !earlier) continue;
    earlier.note = "first, summer time";
    h.note = "second, winter time";
  }
  return { hours, clockChange };
}
