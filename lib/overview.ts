/**
 * The festival overview (issue 16 §4): the whole edition as days × venues, each cell's fill,
 * empty minutes and conflicts. Pure arithmetic over the lineup's slots (the working lineup's
 * or a scenario's), so the page and its tests read the same figures.
 *
 * Empty minutes are the cell's unused slot minutes (lib/slot-use.ts: empty slots, and the spare
 * minutes of screenings; a held slot counts as used); fill is the share of slot minutes used. A
 * conflict counts once in every cell that has one of its slots.
 */
import { unusedMinutes } from "./slot-use";

export interface OverviewSlot {
  id: number;
  venueId: number;
  festivalDay: string;
  minutes: number;
  hasScreening: boolean;
  held: boolean;
  /** The spare minutes of its screening's fit (null: a runtime is unknown; absent: none). */
  spareMinutes?: number | null;
}

export interface OverviewCell {
  day: string;
  venueId: number;
  slots: number;
  screenings: number;
  slotMinutes: number;
  emptyMinutes: number;
  /** 0-100, whole percent; null when the cell has no slot at all. */
  fillPercent: number | null;
  conflicts: number;
  /** Of those, the ones that block publishing. */
  errors: number;
}

export interface OverviewConflict {
  severity: "error" | "warning";
  slotIds: number[];
}

const key = (day: string, venueId: number) => `${day} ${venueId}`;

/** One cell per day and venue (days in order, venues in order), every cell present even when empty. */
export function overviewCells(
  days: readonly string[],
  venueIds: readonly number[],
  slots: readonly OverviewSlot[],
  conflicts: readonly OverviewConflict[],
): OverviewCell[][] {
  const cells = new Map<string, OverviewCell>();
  for (const day of days)
    for (const venueId of venueIds)
      cells.set(key(day, venueId), {
        day,
        venueId,
        slots: 0,
        screenings: 0,
        slotMinutes: 0,
        emptyMinutes: 0,
        fillPercent: null,
        conflicts: 0,
        errors: 0,
      });
  const cellOfSlot = new Map<number, OverviewCell>();
  for (const s of slots) {
    const cell = cells.get(key(s.festivalDay, s.venueId));
    if (!cell) continue;
    cellOfSlot.set(s.id, cell);
    cell.slots += 1;
    cell.slotMinutes += s.minutes;
    if (s.hasScreening) cell.screenings += 1;
    cell.emptyMinutes += unusedMinutes(s.minutes, s.hasScreening ? { spareMinutes: s.spareMinutes ?? 0 } : s.held ? "held" : null);
  }
  for (const c of conflicts) {
    const touched = new Set(c.slotIds.map((id) => cellOfSlot.get(id)).filter((x) => x !== undefined));
    for (const cell of touched) {
      cell.conflicts += 1;
      if (c.severity === "error") cell.errors += 1;
    }
  }
  for (const cell of cells.values())
    if (cell.slotMinutes > 0) cell.fillPercent = Math.round((100 * (cell.slotMinutes - cell.emptyMinutes)) / cell.slotMinutes);
  return days.map((day) => venueIds.map((venueId) => cells.get(key(day, venueId))).filter((c) => c !== undefined));
}

/** A day's totals across its venues (the overview's last column). */
export function dayTotals(row: readonly OverviewCell[]): Pick<OverviewCell, "slotMinutes" | "emptyMinutes" | "fillPercent" | "screenings"> {
  const slotMinutes = row.reduce((n, c) => n + c.slotMinutes, 0);
  const emptyMinutes = row.reduce((n, c) => n + c.emptyMinutes, 0);
  return {
    slotMinutes,
    emptyMinutes,
    screenings: row.reduce((n, c) => n + c.screenings, 0),
    fillPercent: slotMinutes > 0 ? Math.round((100 * (slotMinutes - emptyMinutes)) / slotMinutes) : null,
  };
}
