/**
 * Figures of a lineup, to compare two (a scenario with the working lineup or another scenario,
 * issue 16): screenings, films placed, how full the slots are, the minutes left empty, conflicts
 * by severity, screenings per venue and per festival day. A cancelled screening places nothing.
 */
import { unusedMinutes } from "./slot-use";
import type { ScreeningStatus } from "./types";

export interface FigureSlot {
  id: number;
  venueId: number;
  /** yyyy-mm-dd, by the edition's day-break. */
  festivalDay: string;
  minutes: number;
  /** Held for something to come (its minutes count as used). */
  held?: boolean;
}

export interface FigureScreening {
  slotId: number;
  filmIds: number[];
  status: ScreeningStatus;
  /** The slot's minutes not used (its fit's spare minutes); null when a runtime is unknown. */
  spareMinutes: number | null;
}

export interface LineupFacts {
  slots: FigureSlot[];
  screenings: FigureScreening[];
  conflicts: { severity: "error" | "warning" }[];
}

export interface LineupFigures {
  screenings: number;
  filmsPlaced: number;
  /** Share of slots holding a screening, 0..1 to three places (0 without slots). */
  fillRate: number;
  /** Unused slot minutes (lib/slot-use.ts): empty slots plus the spare minutes of filled ones. */
  emptyMinutes: number;
  conflicts: { error: number; warning: number };
  /** Screenings per venue slug (every venue named, 0 when none). */
  perVenue: Record<string, number>;
  /** Screenings per festival day (every day named, 0 when none). */
  perDay: Record<string, number>;
}

/** The figures of one lineup; `venues` and `days` name the rows of perVenue and perDay, in order. */
export function lineupFigures(facts: LineupFacts, venues: { id: number; slug: string }[], days: string[]): LineupFigures {
  const placed = facts.screenings.filter((s) => s.status !== "cancelled");
  const bySlot = new Map(placed.map((s) => [s.slotId, s]));
  const perVenue: Record<string, number> = Object.fromEntries(venues.map((v) => [v.slug, 0]));
  const perDay: Record<string, number> = Object.fromEntries(days.map((d) => [d, 0]));
  const venueSlug = new Map(venues.map((v) => [v.id, v.slug]));
  let filled = 0;
  let emptyMinutes = 0;
  for (const slot of facts.slots) {
    const s = bySlot.get(slot.id);
    emptyMinutes += unusedMinutes(slot.minutes, s ?? (slot.held ? "held" : null));
    if (!s) continue;
    filled++;
    const venue = venueSlug.get(slot.venueId) ?? `venue-${slot.venueId}`;
    perVenue[venue] = (perVenue[venue] ?? 0) + 1;
    perDay[slot.festivalDay] = (perDay[slot.festivalDay] ?? 0) + 1;
  }
  return {
    screenings: placed.length,
    filmsPlaced: new Set(placed.flatMap((s) => s.filmIds)).size,
    fillRate: facts.slots.length ? Math.round((filled / facts.slots.length) * 1000) / 1000 : 0,
    emptyMinutes,
    conflicts: {
      error: facts.conflicts.filter((c) => c.severity === "error").length,
      warning: facts.conflicts.filter((c) => c.severity === "warning").length,
    },
    perVenue,
    perDay,
  };
}

/** Each figure as `{scenario, with}`. */
export type FiguresSideBySide = { [K in keyof LineupFigures]: { scenario: LineupFigures[K]; with: LineupFigures[K] } };

export function sideBySide(scenario: LineupFigures, other: LineupFigures): FiguresSideBySide {
  const pair = <K extends keyof LineupFigures>(k: K) => ({ scenario: scenario[k], with: other[k] });
  return {
    screenings: pair("screenings"),
    filmsPlaced: pair("filmsPlaced"),
    fillRate: pair("fillRate"),
    emptyMinutes: pair("emptyMinutes"),
    conflicts: pair("conflicts"),
    perVenue: pair("perVenue"),
    perDay: pair("perDay"),
  };
}
