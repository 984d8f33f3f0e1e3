/**
 * The venue-by-time grid of one festival day: one column per venue, screenings
 * placed by real elapsed minutes from the first hour shown. Pure layout data;
 * the public grid and the printed sheet read it.
 */
import { localParts } from "./festival-time";
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
  /** hour lines: minutes from start and the local label ("14:00") */
  hours: { offset: number; label: string }[];
  items: GridItem[];
}

const HOUR = 60 * 60_000;

export function dayGrid(day: ProgrammeDay, venues: SnapshotVenue[], timeZone: string): DayGrid {
  const used = venues.filter((v) => day.screenings.some((s) => s.venue.id === v.id));
  if (day.screenings.length === 0) return { venues: used, start: new Date(0), totalMinutes: 0, hours: [], items: [] };
  const first = Math.min(...day.screenings.map((s) => s.startsAt.getTime()));
  const last = Math.max(...day.screenings.map((s) => s.endsAt.getTime()));
  // Start on the hour (in real time; every zone's offset is a whole number of quarter hours, so local hours align with real ones
  // except in half-hour zones, where the label says so).
  const start = Math.floor(first / HOUR) * HOUR;
  const end = Math.ceil(last / HOUR) * HOUR;
  const hours: DayGrid["hours"] = [];
  for (let t = start; t <= end; t += HOUR) hours.push({ offset: (t - start) / 60_000, label: localParts(new Date(t), timeZone).time });
  const column = new Map(used.map((v, i) => [v.id, i]));
  const items = day.screenings.map((s) => ({
    screening: s,
    column: column.get(s.venue.id)!,
    top: (s.startsAt.getTime() - start) / 60_000,
    height: Math.max(15, (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
  }));
  return { venues: used, start: new Date(start), totalMinutes: (end - start) / 60_000, hours, items };
}
