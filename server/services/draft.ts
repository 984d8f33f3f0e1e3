/**
 * The automatic draft of a scenario (issue 16 §2): wished films placed in the scenario's empty
 * slots by a mixed-integer model (lib/draft) solved with HiGHS off the request thread
 * (draft-solver.ts), then written as tentative screenings in one transaction and audited.
 * Nothing is written when the solver finds no solution. The undo removes the draft's screenings
 * only while every one of them is as the draft left it.
 */
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmsByIds, listFilms } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import { DEFAULT_RULES, type DraftInput } from "@/lib/draft/facts";
import { buildDraftModel } from "@/lib/draft/model";
import { type DraftResult, hasSolution, readDraft } from "@/lib/draft/result";
import { daysBetween, toZonedIso } from "@/lib/festival-time";
import { displayTitle } from "@/lib/names";
import { SCREENING_DEFAULTS } from "@/lib/snapshot";
import type { Edition } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { type DraftRequest, draftInput, draftUndoInput } from "@/server/draft-schemas";
import { ServiceError } from "@/server/errors";
import { parse } from "@/server/validate";
import { solveOffThread } from "./draft-solver";
import { authoriseIn } from "./editions";
import { requireScenario } from "./scenarios";
import { lineupTransaction } from "./scenarios-lineup";

const DEFAULT_TIME_LIMIT_SECONDS = 10;

export interface DraftAnswer extends Omit<DraftResult, "placed"> {
  /** Each placement with its screening and, for the panel, its venue and start (ISO with the edition's offset). */
  placed: { filmId: number; slotId: number; screeningId: number; venueId: number; startsAt: string }[];
  /** The draft's screenings, for its undo. */
  screeningIds: number[];
}

/** What the board's Draft panel offers: the catalogue's films (scheduled in the scenario or not), the venues, the days. */
export interface DraftPanelData {
  scenario: { id: number; name: string };
  films: { id: number; title: string; runtimeMinutes: number | null; scheduled: boolean }[];
  venues: { id: number; name: string }[];
  days: string[];
}

export function draftPanelData(actor: Actor, slug: string, scenarioId: number): DraftPanelData {
  const edition = authoriseIn(actor, slug, "edit");
  const db = getDb();
  const scenario = requireScenario(db, edition, scenarioId);
  const scheduled = new Set(q.listScreenings(db, edition.id, scenarioId).flatMap((s) => s.filmIds));
  return {
    scenario: { id: scenario.id, name: scenario.name },
    films: listFilms(db).map((f) => ({
      id: f.id,
      title: displayTitle(f),
      runtimeMinutes: f.runtimeMinutes,
      scheduled: scheduled.has(f.id),
    })),
    venues: listVenues(db, edition.id).map((v) => ({ id: v.id, name: v.name })),
    days: daysBetween(edition.firstDay, edition.lastDay),
  };
}

/** 422 naming `films.N.filmId`, `films.N.venueIds.M`, `films.N.days.M` for what is not the edition's. */
function refuseUnknown(db: DB, edition: Edition, req: DraftRequest, venueIds: Set<number>): void {
  const films = new Set(
    getFilmsByIds(
      db,
      req.films.map((w) => w.filmId),
    ).map((f) => f.id),
  );
  const fields: Record<string, string> = {};
  for (const [i, w] of req.films.entries()) {
    if (!films.has(w.filmId)) fields[`films.${i}.filmId`] = "is not a film in the catalogue";
    for (const [j, v] of (w.venueIds ?? []).entries())
      if (!venueIds.has(v)) fields[`films.${i}.venueIds.${j}`] = "is not a venue of this edition";
    for (const [j, d] of (w.days ?? []).entries())
      if (d < edition.firstDay || d > edition.lastDay) fields[`films.${i}.days.${j}`] = "is not a day of the festival";
  }
  const names = Object.keys(fields);
  if (names.length) throw new ServiceError("unprocessable", `The draft names what this edition does not have: ${names.join(", ")}`, fields);
}

/** The model's input: the scenario's lineup, the wished films, the rules with their defaults. */
function draftInputOf(db: DB, edition: Edition, scenarioId: number, req: DraftRequest): DraftInput {
  const venues = listVenues(db, edition.id);
  refuseUnknown(db, edition, req, new Set(venues.map((v) => v.id)));
  const films = getFilmsByIds(
    db,
    req.films.map((w) => w.filmId),
  );
  return {
    edition,
    venues,
    slots: q.listSlots(db, edition.id, scenarioId),
    screenings: q.listScreenings(db, edition.id, scenarioId),
    films: new Map(films.map((f) => [f.id, f])),
    wishes: req.films,
    rules: { ...DEFAULT_RULES, ...req.rules },
  };
}

/** Writes the placements as tentative screenings: all or nothing (409 when a slot was filled meanwhile). */
function writeDraft(actor: Actor, slug: string, scenarioId: number, input: DraftInput, result: DraftResult): DraftAnswer {
  // lineupTransaction grows the scenario's version: a promote read before the draft is refused
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    const placed: DraftAnswer["placed"] = [];
    const slots = new Map(q.listSlots(db, edition.id, scenarioId).map((s) => [s.id, s]));
    for (const p of result.placed) {
      const slot = slots.get(p.slotId);
      if (!slot || slot.holdNote || q.getScreeningBySlot(db, p.slotId))
        throw new ServiceError("conflict", "The scenario changed while the draft was being solved; run the draft again", {
          scenario: "changed during the draft",
        });
      const { preShowMinutes, introMinutes, qaMinutes } = input.rules;
      const screening = q.putScreening(db, edition.id, p.slotId, {
        ...SCREENING_DEFAULTS,
        filmIds: [p.filmId],
        preShowMinutes,
        introMinutes,
        qaMinutes,
        status: "tentative",
        internalNotes: null,
      });
      if (screening)
        placed.push({ ...p, screeningId: screening.id, venueId: slot.venueId, startsAt: toZonedIso(slot.startsAt, edition.timeZone) });
    }
    const screeningIds = placed.map((p) => p.screeningId);
    audit(db, actor, {
      entity: "edition",
      entityId: edition.id,
      editionId: edition.id,
      action: "draft",
      summary: `Draft into scenario ${scenarioId}: ${placed.length} screenings placed, ${result.unplaced.length} films not in full (${result.solver.status})`,
      after: { scenarioId, placed, unplaced: result.unplaced, solver: result.solver },
    });
    return { ...result, placed, screeningIds };
  });
}

/**
 * POST .../scenarios/{id}/draft: authorised first (programmer), the body checked (400 naming the
 * field, 422 for a film, venue or day the edition does not have), 404 for a scenario of another
 * edition; then solved off the request thread and written in one transaction.
 */
export async function draftScenario(actor: Actor, slug: string, scenarioId: number, body: unknown): Promise<DraftAnswer> {
  const edition = authoriseIn(actor, slug, "edit");
  const req = parse(draftInput, body);
  const db = getDb();
  requireScenario(db, edition, scenarioId);
  const input = draftInputOf(db, edition, scenarioId, req);
  const model = buildDraftModel(input);
  const outcome = await solveOffThread({ lp: model.lp, timeLimitSeconds: req.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS });
  const result = readDraft(input, model, outcome);
  if (!hasSolution(outcome) || result.placed.length === 0) return { ...result, placed: [], screeningIds: [] };
  return writeDraft(actor, slug, scenarioId, input, result);
}

/**
 * POST .../scenarios/{id}/draft/undo `{screeningIds}`: removes the draft's screenings, all or
 * nothing: 409 `stale_version` when one was changed since (moved, edited) or is gone; 404 for a
 * screening of another scenario.
 */
export function undoDraft(actor: Actor, slug: string, scenarioId: number, body: unknown): { removed: number } {
  authoriseIn(actor, slug, "edit");
  const { screeningIds } = parse(draftUndoInput, body);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    const mine = new Map(q.listScreenings(db, edition.id, scenarioId).map((s) => [s.id, s]));
    const fields: Record<string, string> = {};
    for (const [i, id] of screeningIds.entries()) {
      const s = mine.get(id);
      if (!s) fields[`screeningIds.${i}`] = "is not a screening of this scenario";
      else if (s.version !== 1) fields[`screeningIds.${i}`] = "was changed after the draft";
    }
    if (Object.keys(fields).length)
      throw new ServiceError(
        "stale_version",
        "Some of the draft's screenings were changed or removed since the draft; undo them one by one on the board",
        fields,
      );
    const removed = screeningIds.flatMap((id) => mine.get(id) ?? []);
    for (const s of removed) q.deleteScreeningOfSlot(db, s.slotId);
    audit(db, actor, {
      entity: "edition",
      entityId: edition.id,
      editionId: edition.id,
      action: "draft-undo",
      summary: `Draft undone in scenario ${scenarioId}: ${removed.length} screenings removed`,
      before: { scenarioId, screenings: removed.map((s) => ({ id: s.id, slotId: s.slotId, filmIds: s.filmIds })) },
    });
    return { removed: removed.length };
  });
}
