/**
 * Slots and the screenings in them: every write is checked against the
 * festival's rules (fit, conflicts) and answered with the rule's findings as data.
 */
import type { DB } from "@/db/client";
import { getDb, transaction } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmsByIds } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import { findConflicts } from "@/lib/conflicts";
import { elapsedMinutes, festivalDayOf, toZonedIso } from "@/lib/festival-time";
import { checkFit } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import type { Conflict, Edition, Film, FitResult, Screening, Slot, Venue } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { screeningInput, slotInput, slotPatch, versionQuery } from "@/server/schemas";
import { parse, stale } from "@/server/validate";
import { authoriseIn, requireEdition } from "./editions";

/** A slot as the API and the programmers' UI see it (defined beside the board's rules in lib/board.ts). */
export type { BoardScreening as ScreeningView, BoardSlot as SlotView } from "@/lib/board";

import type { BoardScreening as ScreeningView, BoardSlot as SlotView } from "@/lib/board";

/** Everything the rules need about one edition, read in a handful of queries. */
export interface EditionState {
  edition: Edition;
  venues: Venue[];
  slots: Slot[];
  screenings: Screening[];
  films: Map<number, Film>;
}

export function loadState(db: DB, edition: Edition): EditionState {
  const venues = listVenues(db, edition.id);
  const slots = q.listSlots(db, edition.id);
  const screenings = q.listScreenings(db, edition.id);
  const filmIds = [...new Set(screenings.flatMap((s) => s.filmIds))];
  const films = new Map(getFilmsByIds(db, filmIds).map((f) => [f.id, f]));
  return { edition, venues, slots, screenings, films };
}

export function conflictsOf(state: EditionState): Conflict[] {
  return findConflicts({
    edition: state.edition,
    venues: state.venues,
    slots: state.slots,
    screenings: state.screenings,
    films: state.films,
  });
}

export function fitOf(
  slot: Pick<Slot, "startsAt" | "endsAt">,
  screening: Pick<Screening, "preShowMinutes" | "introMinutes" | "qaMinutes">,
  films: Film[],
): FitResult {
  return checkFit({
    slotMinutes: elapsedMinutes(slot.startsAt, slot.endsAt),
    preShowMinutes: screening.preShowMinutes,
    introMinutes: screening.introMinutes,
    qaMinutes: screening.qaMinutes,
    runtimes: films.map((f) => f.runtimeMinutes),
    titles: films.map(displayTitle),
  });
}

function screeningView(s: Screening, films: Map<number, Film>): ScreeningView {
  return {
    id: s.id,
    filmIds: s.filmIds,
    films: s.filmIds.map((id) => {
      const f = films.get(id);
      return { id, title: f?.title ?? null, displayTitle: f ? displayTitle(f) : `Film ${id}`, runtimeMinutes: f?.runtimeMinutes ?? null };
    }),
    preShowMinutes: s.preShowMinutes,
    introMinutes: s.introMinutes,
    qaMinutes: s.qaMinutes,
    status: s.status,
    version: s.version,
  };
}

/** Every slot of the edition with its screening, fit and conflicts, plus the edition-wide conflict list. */
export function slotViews(state: EditionState, conflicts = conflictsOf(state)): SlotView[] {
  const { edition } = state;
  const bySlot = new Map<number, Conflict[]>();
  for (const c of conflicts) for (const id of c.slotIds) bySlot.set(id, [...(bySlot.get(id) ?? []), c]);
  const screeningBySlot = new Map(state.screenings.map((s) => [s.slotId, s]));
  return state.slots.map((slot) => {
    const s = screeningBySlot.get(slot.id) ?? null;
    return {
      id: slot.id,
      venueId: slot.venueId,
      startsAt: toZonedIso(slot.startsAt, edition.timeZone),
      endsAt: toZonedIso(slot.endsAt, edition.timeZone),
      minutes: elapsedMinutes(slot.startsAt, slot.endsAt),
      festivalDay: festivalDayOf(slot.startsAt, edition.timeZone, edition.dayBreak),
      version: slot.version,
      screening: s ? screeningView(s, state.films) : null,
      fit: s
        ? fitOf(
            slot,
            s,
            s.filmIds.map((id) => state.films.get(id)).filter((f): f is Film => !!f),
          )
        : null,
      conflicts: bySlot.get(slot.id) ?? [],
    };
  });
}

export interface Board {
  edition: Edition;
  venues: Venue[];
  slots: SlotView[];
  conflicts: Conflict[];
}

/** The programmers' picture of an edition (unreleased data: needs a signed-in reader). */
export function getBoard(actor: Actor, slug: string, day?: string): Board {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  const state = loadState(db, requireEdition(db, slug));
  const conflicts = conflictsOf(state);
  const slots = slotViews(state, conflicts);
  return {
    edition: state.edition,
    venues: state.venues,
    slots: day ? slots.filter((s) => s.festivalDay === day) : slots,
    conflicts,
  };
}

export function listConflicts(actor: Actor, slug: string): Conflict[] {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  return conflictsOf(loadState(db, requireEdition(db, slug)));
}

/** One slot's view after a write, read inside the write's transaction. */
function viewOfSlot(db: DB, edition: Edition, slotId: number): SlotView {
  const state = loadState(db, edition);
  const view = slotViews(state).find((s) => s.id === slotId);
  if (!view) throw notFound(`Slot ${slotId}`);
  return view;
}

export function getSlot(actor: Actor, slug: string, slotId: number): SlotView {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  return viewOfSlot(db, requireEdition(db, slug), slotId);
}

function requireVenue(state: { venues: Venue[] }, venueId: number): Venue {
  const v = state.venues.find((x) => x.id === venueId);
  if (!v) throw new ServiceError("bad_request", `Unknown venue ${venueId} in this edition`, { venueId: "is not a venue of this edition" });
  return v;
}

export function createSlot(actor: Actor, slug: string, input: unknown): SlotView {
  authoriseIn(actor, slug, "edit");
  const data = parse(slotInput, input);
  return transaction((db) => {
    const edition = requireEdition(db, slug);
    requireVenue({ venues: listVenues(db, edition.id) }, data.venueId);
    const slot = q.insertSlot(db, edition.id, data);
    const view = viewOfSlot(db, edition, slot.id);
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

export function updateSlot(actor: Actor, slug: string, slotId: number, input: unknown): SlotView {
  authoriseIn(actor, slug, "edit");
  const { version, ...patch } = parse(slotPatch, input);
  return transaction((db) => {
    const edition = requireEdition(db, slug);
    const current = q.getSlot(db, edition.id, slotId);
    if (!current) throw notFound(`Slot ${slotId}`);
    if (version !== undefined && version !== current.version) throw stale("slot", viewOfSlot(db, edition, slotId));
    if (patch.venueId !== undefined) requireVenue({ venues: listVenues(db, edition.id) }, patch.venueId);
    const startsAt = patch.startsAt ?? current.startsAt;
    const endsAt = patch.endsAt ?? current.endsAt;
    if (endsAt.getTime() <= startsAt.getTime())
      throw new ServiceError("bad_request", "endsAt must be after startsAt", { endsAt: "must be after startsAt" });
    q.updateSlot(db, slotId, patch, current.version);
    const view = viewOfSlot(db, edition, slotId);
    audit(db, actor, {
      entity: "slot",
      entityId: slotId,
      editionId: edition.id,
      action: "update",
      summary: `${view.startsAt}-${view.endsAt.slice(11, 16)}`,
      before: { venueId: current.venueId, startsAt: current.startsAt, endsAt: current.endsAt },
      after: { venueId: view.venueId, startsAt: view.startsAt, endsAt: view.endsAt },
    });
    return view;
  });
}

export function deleteSlot(actor: Actor, slug: string, slotId: number): void {
  authoriseIn(actor, slug, "edit");
  transaction((db) => {
    const edition = requireEdition(db, slug);
    const current = q.getSlot(db, edition.id, slotId);
    if (!current) throw notFound(`Slot ${slotId}`);
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
): { screening: ScreeningView; fit: FitResult; conflicts: Conflict[] } {
  authoriseIn(actor, slug, "edit");
  const data = parse(screeningInput, input);
  return transaction((db) => {
    const edition = requireEdition(db, slug);
    const slot = q.getSlot(db, edition.id, slotId);
    if (!slot) throw notFound(`Slot ${slotId}`);
    const films = getFilmsByIds(db, data.filmIds);
    const byId = new Map(films.map((f) => [f.id, f]));
    const unknown = data.filmIds.findIndex((id) => !byId.has(id));
    if (unknown >= 0)
      throw new ServiceError("bad_request", `Unknown film ${data.filmIds[unknown]}`, {
        [`filmIds.${unknown}`]: "is not a film in the catalogue",
      });
    const ordered = data.filmIds.map((id) => byId.get(id)!);
    const fit = fitOf(slot, data, ordered);
    if (fit.status === "over" && data.status !== "cancelled")
      throw new ServiceError("does_not_fit", `Does not fit: ${fit.message}`, {}, { fit });
    if (fit.status === "unknown" && data.status === "confirmed")
      throw new ServiceError(
        "runtime_unknown",
        `Only a tentative screening may have an unknown runtime: ${fit.message}`,
        { status: "must be tentative while a runtime is unknown" },
        { fit },
      );
    const existing = q.getScreeningBySlot(db, slotId);
    if (existing && ((data.version !== undefined && data.version !== existing.version) || data.ifEmpty))
      throw stale("screening", screeningView(existing, new Map(getFilmsByIds(db, existing.filmIds).map((f) => [f.id, f]))));
    const { ifEmpty: _ifEmpty, ...screening } = data;
    q.putScreening(db, edition.id, slotId, screening, existing?.version);
    const view = viewOfSlot(db, edition, slotId);
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
export function deleteScreening(actor: Actor, slug: string, slotId: number, input: unknown = {}): void {
  authoriseIn(actor, slug, "edit");
  const { version } = parse(versionQuery, input);
  transaction((db) => {
    const edition = requireEdition(db, slug);
    if (!q.getSlot(db, edition.id, slotId)) throw notFound(`Slot ${slotId}`);
    const existing = q.getScreeningBySlot(db, slotId);
    if (existing && version !== undefined && version !== existing.version)
      throw stale("screening", screeningView(existing, new Map(getFilmsByIds(db, existing.filmIds).map((f) => [f.id, f]))));
    if (!existing || !q.deleteScreeningOfSlot(db, slotId)) throw notFound(`Screening in slot ${slotId}`);
    audit(db, actor, { entity: "screening", entityId: existing.id, editionId: edition.id, action: "delete", before: existing });
  });
}
