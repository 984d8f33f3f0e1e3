/**
 * Comparing a scenario with the working lineup or another scenario (issue 16): the changes as
 * the release changelog words them (lib/release-diff.ts, a screening matched to the one it was
 * copied from), and the figures of both side by side (lib/scenario-figures.ts).
 */
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import { screeningOrigins } from "@/db/queries/scenarios";
import type { BoardSlot } from "@/lib/board";
import { daysBetween } from "@/lib/festival-time";
import { diffReleases } from "@/lib/release-diff";
import { type FiguresSideBySide, lineupFigures, sideBySide } from "@/lib/scenario-figures";
import type { Conflict, Edition, ReleaseChange, ScreeningStatus } from "@/lib/types";
import type { Actor } from "@/server/auth";
import { parse } from "@/server/validate";
import { authoriseIn, requireEdition } from "./editions";
import { buildSnapshot } from "./releases";
import { requireOther, requireScenario } from "./scenarios";
import { compareQuery } from "./scenarios-schemas";
import { type EditionState, editionConflicts, loadState, slotViews } from "./schedule-state";

export interface Comparison {
  scenario: { id: number; name: string };
  with: { id: number; name: string } | null;
  /** What would change going from `with` to the scenario, in the release changelog's words. */
  changes: ReleaseChange[];
  figures: FiguresSideBySide;
}

interface Lineup {
  state: EditionState;
  slots: BoardSlot[];
  conflicts: Conflict[];
}

function lineupOf(db: DB, edition: Edition, scenarioId: number | null): Lineup {
  const state = loadState(db, edition, scenarioId);
  const conflicts = editionConflicts(db, edition, () => state, false, scenarioId);
  return { state, slots: slotViews(state, conflicts), conflicts };
}

/**
 * The lineup as a release would show it, each screening under the identity it shares across
 * lineups (the screening it was copied from, else its own id); a pencilled-in screening counts as
 * placed (a scenario is a draft).
 */
function snapshotOf(db: DB, edition: Edition, scenarioId: number | null, { state }: Lineup) {
  const origins = screeningOrigins(db, edition.id, scenarioId);
  const confirmed: ScreeningStatus = "confirmed";
  const screenings = state.screenings.map((s) => ({
    ...s,
    id: origins.get(s.id) ?? s.id,
    status: s.status === "tentative" ? confirmed : s.status,
  }));
  return buildSnapshot({ ...state, screenings }, null);
}

function figuresOf(edition: Edition, { state, slots, conflicts }: Lineup) {
  const facts = {
    slots: slots.map((s) => ({ id: s.id, venueId: s.venueId, festivalDay: s.festivalDay, minutes: s.minutes, held: !!s.holdNote })),
    screenings: slots.flatMap((s) =>
      s.screening
        ? [{ slotId: s.id, filmIds: s.screening.filmIds, status: s.screening.status, spareMinutes: s.fit?.spareMinutes ?? null }]
        : [],
    ),
    conflicts,
  };
  return lineupFigures(facts, state.venues, daysBetween(edition.firstDay, edition.lastDay));
}

/** `?with=current|{id}`: the scenario against the working lineup (default) or another scenario of the edition. */
export function compareScenario(actor: Actor, slug: string, id: number, query: unknown): Comparison {
  authoriseIn(actor, slug, "read");
  const { with: other } = parse(compareQuery, query);
  const db = getDb();
  const edition = requireEdition(db, slug);
  const scenario = requireScenario(db, edition, id);
  requireOther(db, edition, other, id);
  const otherScenario = other === null ? null : requireScenario(db, edition, other);
  const mine = lineupOf(db, edition, id);
  const theirs = lineupOf(db, edition, other);
  return {
    scenario: { id, name: scenario.name },
    with: otherScenario && { id: otherScenario.id, name: otherScenario.name },
    changes: diffReleases(snapshotOf(db, edition, other, theirs), snapshotOf(db, edition, id, mine)),
    figures: sideBySide(figuresOf(edition, mine), figuresOf(edition, theirs)),
  };
}
