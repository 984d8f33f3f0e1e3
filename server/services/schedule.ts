/**
 * Slots and the screenings in them: every write is checked against the
 * festival's rules (fit, conflicts) and answered with the rule's findings as data.
 */
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmsByIds } from "@/db/queries/films";
import { getPeopleByIds } from "@/db/queries/people";
import * as q from "@/db/queries/schedule";
import type { BoardScreening as ScreeningView, BoardSlot as SlotView } from "@/lib/board";
import { festivalDayWindow, isIsoDay } from "@/lib/festival-time";
import { screeningRefusal } from "@/lib/fit";
import { slotTimesProblem } from "@/lib/spans";
import type { Conflict, Edition, FitResult, Screening, ScreeningStatus, Slot, Venue } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { invalid, notFound, ServiceError } from "@/server/errors";
import { screeningInput, slotInput, slotPatch, versionQuery } from "@/server/schemas";
import { parse, stale } from "@/server/validate";
import { authoriseIn, requireEdition, requireVenue } from "./editions";
import { lineupTransaction, requireLineup, type ScenarioId } from "./scenarios-lineup";
import {
  conflictsOf,
  type EditionState,
  editionConflicts,
  fitOf,
  loadState,
  mayRemember,
  scopedViews,
  screeningView,
  slotViews,
  viewsOfSlots,
} from "./schedule-state";

export { conflictsOf, type EditionState, editionConflicts, fitOf, loadState, mayRemember, slotViews, viewsOfSlots };

/** 422 (with the fit) when lib/fit's rule refuses this screening in this slot. */
export function refuseUnlessAllowed(fit: FitResult, status: ScreeningStatus): void {
  const refusal = screeningRefusal(fit, status);
  if (refusal === "does-not-fit") throw new ServiceError("does_not_fit", `Does not fit: ${fit.message}`, {}, { fit });
  if (refusal === "runtime-unknown")
    throw new ServiceError(
      "runtime_unknown",
      `Only a tentative screening may have an unknown runtime: ${fit.message}`,
      { status: "must be tentative while a runtime is unknown" },
      { fit },
    );
}

/** 409 `slot_held` when the slot is held (issue 16): it takes no screening until the hold is released. */
export function refuseIfHeld(slot: Slot): void {
  if (slot.holdNote)
    throw new ServiceError("slot_held", `The slot is held (${slot.holdNote}); release the hold first`, {
      holdNote: "release the hold (PATCH holdNote: null) first",
    });
}

/** A screening as it is now, for a 409 stale_version answer. */
function currentScreening(db: DB, s: Screening): ScreeningView {
  return screeningView(s, new Map(getFilmsByIds(db, s.filmIds).map((f) => [f.id, f])));
}

export interface Board {
  edition: Edition;
  venues: Venue[];
  slots: SlotView[];
  conflicts: Conflict[];
}

/**
 * The programmers' picture of an edition's lineup (unreleased data: needs a signed-in reader):
 * the working lineup, or a scenario's with `scenarioId` (404 for one of another edition). With a
 * `day`, only that festival day's slots and the conflicts that name them, read from that day
 * and the neighbours that can clash with it (not the whole edition).
 */
export function getBoard(actor: Actor, slug: string, day?: string, scenarioId: ScenarioId = null): Board {
  authoriseIn(actor, slug, "read");
  if (day !== undefined && !isIsoDay(day)) throw invalid({ day: "must be a festival day like 2026-10-23" });
  const db = getDb();
  const edition = requireEdition(db, slug);
  requireLineup(db, edition, scenarioId);
  if (day !== undefined) {
    const { start, end } = festivalDayWindow(day, edition.timeZone, edition.dayBreak);
    return { edition, venues: listVenues(db, edition.id), ...scopedViews(db, edition, [{ from: start, to: end }], scenarioId) };
  }
  const state = loadState(db, edition, scenarioId);
  const conflicts = editionConflicts(db, edition, () => state, false, scenarioId);
  return { edition, venues: state.venues, slots: slotViews(state, conflicts), conflicts };
}

export function listConflicts(actor: Actor, slug: string, scenarioId: ScenarioId = null): Conflict[] {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  requireLineup(db, edition, scenarioId);
  return editionConflicts(db, edition, undefined, false, scenarioId);
}

/** One slot of the edition in this lineup, or 404 naming it (a slot addressed in the URL; one of another lineup is not there). */
export function slotInLineup(db: DB, edition: Edition, slotId: number, scenarioId: ScenarioId): Slot {
  const slot = q.getSlot(db, edition.id, slotId);
  if (!slot || slot.scenarioId !== scenarioId) throw notFound(`Slot ${slotId}`);
  return slot;
}

/** One slot's view (after a write: read inside the write's transaction), judged in its neighbourhood. */
function viewOfSlot(db: DB, edition: Edition, slotId: number, scenarioId: ScenarioId): SlotView {
  const slot = slotInLineup(db, edition, slotId, scenarioId);
  const view = viewsOfSlots(db, edition, [slot], scenarioId).get(slotId);
  if (!view) throw notFound(`Slot ${slotId}`);
  return view;
}

export function getSlot(actor: Actor, slug: string, slotId: number, scenarioId: ScenarioId = null): SlotView {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const edition = requireEdition(db, slug);
  requireLineup(db, edition, scenarioId);
  return viewOfSlot(db, edition, slotId, scenarioId);
}

export function createSlot(actor: Actor, slug: string, input: unknown, scenarioId: ScenarioId = null): SlotView {
  authoriseIn(actor, slug, "edit");
  const data = parse(slotInput, input);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    requireVenue(db, edition, data.venueId);
    const slot = q.insertSlot(db, edition.id, data, scenarioId);
    const view = viewOfSlot(db, edition, slot.id, scenarioId);
    audit(db, actor, {
      entity: "slot",
      entityId: slot.id,
      editionId: edition.id,
      action: "create",
      summary: `${view.startsAt}-${view.endsAt.slice(11, 16)}`,
      after: { venueId: slot.venueId, startsAt: view.startsAt, endsAt: view.endsAt },
    });
    return view;
  });
}

export function updateSlot(actor: Actor, slug: string, slotId: number, input: unknown, scenarioId: ScenarioId = null): SlotView {
  authoriseIn(actor, slug, "edit");
  const { version, ...patch } = parse(slotPatch, input);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    const current = slotInLineup(db, edition, slotId, scenarioId);
    if (version !== undefined && version !== current.version) throw stale("slot", viewOfSlot(db, edition, slotId, scenarioId));
    if (patch.venueId !== undefined) requireVenue(db, edition, patch.venueId);
    const startsAt = patch.startsAt ?? current.startsAt;
    const endsAt = patch.endsAt ?? current.endsAt;
    const times = slotTimesProblem(startsAt, endsAt);
    if (times) throw invalid({ [times.field]: times.message });
    // An empty note releases the hold as null does.
    const holdNote = patch.holdNote === undefined ? undefined : patch.holdNote || null;
    // A hold keeps an empty slot for something to come; a slot with a screening is taken already.
    if (holdNote && q.getScreeningBySlot(db, slotId))
      throw new ServiceError("conflict", "The slot has a screening; a hold is for an empty slot", {
        holdNote: "the slot has a screening: clear it first",
      });
    q.updateSlot(db, slotId, { ...patch, ...(holdNote === undefined ? {} : { holdNote }) }, current.version);
    const view = viewOfSlot(db, edition, slotId, scenarioId);
    const held = holdNote === undefined ? "" : holdNote ? " held" : " hold released";
    audit(db, actor, {
      entity: "slot",
      entityId: slotId,
      editionId: edition.id,
      action: "update",
      summary: `${view.startsAt}-${view.endsAt.slice(11, 16)}${held}`,
      before: { venueId: current.venueId, startsAt: current.startsAt, endsAt: current.endsAt, holdNote: current.holdNote ?? null },
      after: { venueId: view.venueId, startsAt: view.startsAt, endsAt: view.endsAt, holdNote: view.holdNote ?? null },
    });
    return view;
  });
}

export function deleteSlot(actor: Actor, slug: string, slotId: number, scenarioId: ScenarioId = null): void {
  authoriseIn(actor, slug, "edit");
  lineupTransaction(slug, scenarioId, (db, edition) => {
    const current = slotInLineup(db, edition, slotId, scenarioId);
    const screening = q.getScreeningBySlot(db, slotId);
    q.deleteScreeningOfSlot(db, slotId);
    q.deleteSlot(db, slotId);
    audit(db, actor, { entity: "slot", entityId: slotId, editionId: edition.id, action: "delete", before: { ...current, screening } });
  });
}

/**
 * Puts a screening (one film or an ordered programme) into a slot, replacing what was there.
 * Refused with 422 `does_not_fit` and the arithmetic when it is over the slot; a film
 * with unknown runtime may only be pencilled in (tentative).
 */
export function putScreening(
  actor: Actor,
  slug: string,
  slotId: number,
  input: unknown,
  scenarioId: ScenarioId = null,
): { screening: ScreeningView; fit: FitResult; conflicts: Conflict[] } {
  authoriseIn(actor, slug, "edit");
  const data = parse(screeningInput, input);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    const slot = slotInLineup(db, edition, slotId, scenarioId);
    refuseIfHeld(slot);
    const films = getFilmsByIds(db, data.filmIds);
    const byId = new Map(films.map((f) => [f.id, f]));
    const unknown = data.filmIds.findIndex((id) => !byId.has(id));
    if (unknown >= 0)
      throw new ServiceError("bad_request", `Unknown film ${data.filmIds[unknown]}`, {
        [`filmIds.${unknown}`]: "is not a film in the catalogue",
      });
    const known = new Set(
      getPeopleByIds(
        db,
        data.guests.map((g) => g.personId),
      ).map((p) => p.id),
    );
    const missing = data.guests.findIndex((g) => !known.has(g.personId));
    if (missing >= 0)
      throw new ServiceError("bad_request", `Unknown person ${data.guests[missing]?.personId}`, {
        [`guests.${missing}.personId`]: "is not a person (GET /api/v1/people lists them)",
      });
    const ordered = data.filmIds.map((id) => byId.get(id)!);
    const fit = fitOf(slot, data, ordered);
    refuseUnlessAllowed(fit, data.status);
    const existing = q.getScreeningBySlot(db, slotId);
    if (existing && ((data.version !== undefined && data.version !== existing.version) || data.ifEmpty))
      throw stale("screening", currentScreening(db, existing));
    const { ifEmpty: _ifEmpty, ...screening } = data;
    q.putScreening(db, edition.id, slotId, screening, existing?.version);
    const view = viewOfSlot(db, edition, slotId, scenarioId);
    audit(db, actor, {
      entity: "screening",
      entityId: view.screening!.id,
      editionId: edition.id,
      action: existing ? "update" : "create",
      summary: `${view.screening!.films.map((f) => f.displayTitle).join(" + ")} at ${view.startsAt} (${data.status})`,
      before: existing ?? null,
      after: { slotId, ...screening },
    });
    return { screening: view.screening!, fit, conflicts: view.conflicts };
  });
}

/** Takes the screening out of its slot; with `version`, refused (409) if it changed since that version. */
export function deleteScreening(actor: Actor, slug: string, slotId: number, input: unknown = {}, scenarioId: ScenarioId = null): void {
  authoriseIn(actor, slug, "edit");
  const { version } = parse(versionQuery, input);
  lineupTransaction(slug, scenarioId, (db, edition) => {
    slotInLineup(db, edition, slotId, scenarioId);
    const existing = q.getScreeningBySlot(db, slotId);
    if (existing && version !== undefined && version !== existing.version) throw stale("screening", currentScreening(db, existing));
    if (!existing || !q.deleteScreeningOfSlot(db, slotId)) throw notFound(`Screening in slot ${slotId}`);
    audit(db, actor, { entity: "screening", entityId: existing.id, editionId: edition.id, action: "delete", before: existing });
  });
}
