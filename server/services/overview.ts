/**
 * The festival overview (issue 16 §4): every day × venue of an edition, of the working
 * lineup or of a scenario (`?scenario={id}`), with lib/overview's cell arithmetic.
 */
import { getDb } from "@/db/client";
import { daysBetween, elapsedMinutes, festivalDayOf } from "@/lib/festival-time";
import { type OverviewCell, overviewCells } from "@/lib/overview";
import type { Edition, FilmName, Screening, Slot, Venue } from "@/lib/types";
import type { Actor } from "@/server/auth";
import { authoriseIn, requireEdition } from "./editions";
import { requireScenario } from "./scenarios";
import { conflictsOf, editionConflicts, fitOf, loadState } from "./schedule-state";

/** Whether the slot has a screening and, if so, its fit's spare minutes (lib/slot-use.ts counts the rest). */
function spareOf(slot: Slot, screening: Screening | undefined, films: ReadonlyMap<number, FilmName>) {
  if (!screening) return { hasScreening: false };
  const named = screening.filmIds.flatMap((id) => films.get(id) ?? []);
  return { hasScreening: true, spareMinutes: fitOf(slot, screening, named).spareMinutes };
}

export interface Overview {
  edition: Edition;
  venues: Venue[];
  days: string[];
  /** One row per day, one cell per venue. */
  rows: OverviewCell[][];
  scenario: { id: number; name: string } | null;
}

export function getOverview(actor: Actor, slug: string, scenarioId: number | null): Overview {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  const scenario = scenarioId === null ? null : requireScenario(db, edition, scenarioId);
  const state = loadState(db, edition, scenarioId);
  // The working lineup's conflicts are remembered per lineup version; a scenario's are worked out.
  const conflicts = scenarioId === null ? editionConflicts(db, edition, () => state) : conflictsOf(state);
  const screeningOf = new Map(state.screenings.map((s) => [s.slotId, s]));
  const days = daysBetween(edition.firstDay, edition.lastDay);
  const rows = overviewCells(
    days,
    state.venues.map((v) => v.id),
    state.slots.map((s) => ({
      id: s.id,
      venueId: s.venueId,
      festivalDay: festivalDayOf(s.startsAt, edition.timeZone, edition.dayBreak),
      minutes: elapsedMinutes(s.startsAt, s.endsAt),
      ...spareOf(s, screeningOf.get(s.id), state.films),
      held: !!s.holdNote,
    })),
    conflicts,
  );
  return { edition, venues: state.venues, days, rows, scenario: scenario ? { id: scenario.id, name: scenario.name } : null };
}
