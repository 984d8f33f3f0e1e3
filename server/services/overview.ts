/**
 * The festival overview (issue 16 §4): every day × venue of an edition, of the working
 * lineup or of a scenario (`?scenario={id}`), with lib/overview's cell arithmetic.
 */
import { getDb } from "@/db/client";
import { getScenario } from "@/db/queries/scenarios";
import { daysBetween, elapsedMinutes, festivalDayOf } from "@/lib/festival-time";
import { type OverviewCell, overviewCells } from "@/lib/overview";
import type { Edition, Venue } from "@/lib/types";
import type { Actor } from "@/server/auth";
import { notFound } from "@/server/errors";
import { authoriseIn, requireEdition } from "./editions";
import { conflictsOf, editionConflicts, loadState } from "./schedule-state";

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
  const scenario = scenarioId === null ? null : getScenario(db, edition.id, scenarioId);
  if (scenarioId !== null && !scenario) throw notFound(`Scenario ${scenarioId}`);
  const state = loadState(db, edition, scenarioId);
  // The working lineup's conflicts are remembered per lineup version; a scenario's are worked out.
  const conflicts = scenarioId === null ? editionConflicts(db, edition, () => state) : conflictsOf(state);
  const withScreening = new Set(state.screenings.map((s) => s.slotId));
  const days = daysBetween(edition.firstDay, edition.lastDay);
  const rows = overviewCells(
    days,
    state.venues.map((v) => v.id),
    state.slots.map((s) => ({
      id: s.id,
      venueId: s.venueId,
      festivalDay: festivalDayOf(s.startsAt, edition.timeZone, edition.dayBreak),
      minutes: elapsedMinutes(s.startsAt, s.endsAt),
      hasScreening: withScreening.has(s.id),
      held: !!s.holdNote,
    })),
    conflicts,
  );
  return { edition, venues: state.venues, days, rows, scenario: scenario ? { id: scenario.id, name: scenario.name } : null };
}
