/**
 * Slots and the screenings in them: every write is checked against the
 * festival's rules (fit, conflicts) and answered with the rule's findings as data.
 */
import type { DB } from "@/db/client";
import { connection, getDb, transaction } from "@/db/client";
import { lineupVersion, listVenues } from "@/db/queries/editions";
import { getFilmNamesByIds, getFilmsByIds } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import type { BoardScreening as ScreeningView, BoardSlot as SlotView } from "@/lib/board";
import { clashSpan, conflictsBySlot, conflictsTouching, findConflicts } from "@/lib/conflicts";
import { elapsedMinutes, festivalDayOf, festivalDayWindow, isIsoDay, toZonedIso } from "@/lib/festival-time";
import { fitOfScreening, type ScreeningExtras, screeningRefusal } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import { slotTimesProblem } from "@/lib/spans";
import type { Conflict, Edition, Film, FilmName, FitResult, Screening, ScreeningStatus, Slot, Venue } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { invalid, notFound, ServiceError } from "@/server/errors";
import { screeningInput, slotInput, slotPatch, versionQuery } from "@/server/schemas";
import { parse, stale } from "@/server/validate";
import { authoriseIn, requireEdition, requireVenue } from "./editions";

/** Everything the rules need about one edition, read in a handful of queries. */
export interface EditionState {
  edition: Edition;
  venues: Venue[];
  slots: Slot[];
  screenings: Screening[];
  films: Map<number, Film>;
}

/** A part of an edition, or all of it, as the rules and the board read it (films by name and runtime). */
export type ScopedState = Omit<EditionState, "films"> & { films: ReadonlyMap<number, FilmName> };

export function loadState(db: DB, edition: Edition): EditionState {
  const venues = listVenues(db, edition.id);
  const slots = q.listSlots(db, edition.id);
  const screenings = q.listScreenings(db, edition.id);
  const filmIds = [...new Set(screenings.flatMap((s) => s.filmIds))];
  const films = new Map(getFilmsByIds(db, filmIds).map((f) => [f.id, f]));
  return { edition, venues, slots, screenings, films };
}

export function conflictsOf(state: ScopedState): Conflict[] {
  return findConflicts({
    edition: state.edition,
    venues: state.venues,
    slots: state.slots,
    screenings: state.screenings,
    films: state.films,
  });
}

/** The whole-edition analysis per connection and edition, kept for one lineup version. */
const analyses = new WeakMap<DB, Map<number, { lineupVersion: number; conflicts: Conflict[] }>>();

/**
 * The whole edition's conflicts (the conflicts page, the release): computed once per lineup
 * version (editions.lineup_version, bumped by triggers in every writing transaction), so only
 * the first read after a change pays for the analysis. `state`, when the caller has it, must
 * have been read after this call's version (it is: the version is read first).
 */
export function editionConflicts(db: DB, edition: Edition, state?: () => EditionState, outermost = false): Conflict[] {
  // the version first: a write landing between the two reads can only make the entry older than its key
  const version = lineupVersion(db, edition.id);
  const perEdition = analyses.get(db) ?? new Map<number, { lineupVersion: number; conflicts: Conflict[] }>();
  analyses.set(db, perEdition);
  const hit = perEdition.get(edition.id);
  if (hit && hit.lineupVersion === version) return hit.conflicts;
  const conflicts = conflictsOf(state ? state() : loadState(db, edition));
  if (outermost || mayRemember()) perEdition.set(edition.id, { lineupVersion: version, conflicts });
  return conflicts;
}

/**
 * Whether what is read now may be remembered by its lineup version: not inside a caller's
 * transaction, whose writes (and version bumps) may still roll back and the same version
 * numbers then be reached again by other writes. A service's own read-only transaction says
 * so itself (`outermost`).
 */
export function mayRemember(): boolean {
  return !connection().sqlite.inTransaction;
}

/** Where to look: slots that start in [from, to), at one venue when `venueId` is given. */
interface Window {
  from: Date;
  to: Date;
  venueId?: number;
}

/**
 * What lib's rules need to judge the slots that start in `windows` (see lib/conflicts
 * conflictsTouching), read with indexed range queries: those slots, then in their clashSpan
 * the other slots of their venues (with their changeovers) and the other screenings of the
 * films they show, and those films. What this reads grows with the windows, not with the edition.
 */
function loadScopedState(db: DB, edition: Edition, windows: Window[]): { state: ScopedState; slotIds: Set<number> } {
  const venues = listVenues(db, edition.id);
  const slotById = new Map<number, Slot>();
  const screeningById = new Map<number, Screening>();
  const slotIds = new Set<number>();
  const spans: { span: ReturnType<typeof clashSpan>; venueId?: number }[] = [];
  for (const w of windows) {
    const asked = q.listSlotsStarting(db, edition.id, w.from, w.to, w.venueId);
    if (!asked.length) continue;
    for (const s of asked) slotIds.add(s.id);
    const span = clashSpan(asked, venues);
    spans.push({ span, venueId: w.venueId });
    for (const s of q.listSlotsStarting(db, edition.id, span.startsFrom, span.startsBefore, w.venueId, span.endsAfter))
      slotById.set(s.id, s);
    for (const s of q.listScreeningsStarting(db, edition.id, span.startsFrom, span.startsBefore, w.venueId, span.endsAfter))
      screeningById.set(s.id, s);
  }
  // only the films of the slots asked about: the other screenings' conflicts are not asked for
  const shown = [...new Set([...screeningById.values()].filter((s) => slotIds.has(s.slotId)).flatMap((s) => s.filmIds))];
  // a span of every venue already holds every screening that can overlap its slots in time
  for (const { span, venueId } of spans) {
    if (venueId === undefined || !shown.length) continue;
    const other = q.listScreeningsShowing(db, edition.id, shown, span.startsFrom, span.startsBefore, span.endsAfter);
    for (const s of other.slots) slotById.set(s.id, s);
    for (const s of other.screenings) screeningById.set(s.id, s);
  }
  const films = new Map(getFilmNamesByIds(db, shown).map((f) => [f.id, f]));
  return { state: { edition, venues, slots: [...slotById.values()], screenings: [...screeningById.values()], films }, slotIds };
}

/** The views of the slots in `windows`, by start, each with the conflicts that name it. */
function scopedViews(db: DB, edition: Edition, windows: Window[]): { slots: SlotView[]; conflicts: Conflict[] } {
  const { state, slotIds } = loadScopedState(db, edition, windows);
  const conflicts = conflictsTouching(state, slotIds);
  const slots = slotViews({ ...state, slots: state.slots.filter((s) => slotIds.has(s.id)) }, conflicts);
  slots.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id - b.id);
  return { slots, conflicts };
}

/**
 * The windows that hold these slots: per venue, their starts sorted and cut where two are more
 * than two days apart (a move across the festival reads two neighbourhoods, not the weeks between).
 */
function windowsOf(slots: Pick<Slot, "venueId" | "startsAt">[]): Window[] {
  const windows: Window[] = [];
  const byVenue = new Map<number, number[]>();
  for (const s of slots) byVenue.set(s.venueId, [...(byVenue.get(s.venueId) ?? []), s.startsAt.getTime()]);
  for (const [venueId, starts] of byVenue) {
    starts.sort((a, b) => a - b);
    let from = Number.NaN;
    let last = Number.NaN;
    for (const t of starts) {
      if (!(t - last <= 2 * 86_400_000)) {
        if (!Number.isNaN(from)) windows.push({ from: new Date(from), to: new Date(last + 1), venueId });
        from = t;
      }
      last = t;
    }
    if (!Number.isNaN(from)) windows.push({ from: new Date(from), to: new Date(last + 1), venueId });
  }
  return windows;
}

/** The views of these slots (each judged in its neighbourhood), by id, in the order of their starts. */
export function viewsOfSlots(db: DB, edition: Edition, slots: Pick<Slot, "id" | "venueId" | "startsAt">[]): Map<number, SlotView> {
  const windows = windowsOf(slots);
  const ids = new Set(slots.map((s) => s.id));
  return new Map(
    scopedViews(db, edition, windows)
      .slots.filter((v) => ids.has(v.id))
      .map((v) => [v.id, v]),
  );
}

export function fitOf(slot: Pick<Slot, "startsAt" | "endsAt">, screening: ScreeningExtras, films: FilmName[]): FitResult {
  return fitOfScreening(
    elapsedMinutes(slot.startsAt, slot.endsAt),
    screening,
    films.map((f) => ({ runtimeMinutes: f.runtimeMinutes, displayTitle: displayTitle(f) })),
  );
}

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

function screeningView(s: Screening, films: ReadonlyMap<number, FilmName>): ScreeningView {
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

/** A screening as it is now, for a 409 stale_version answer. */
function currentScreening(db: DB, s: Screening): ScreeningView {
  return screeningView(s, new Map(getFilmsByIds(db, s.filmIds).map((f) => [f.id, f])));
}

/** Every slot of the edition with its screening, fit and conflicts, plus the edition-wide conflict list. */
export function slotViews(state: ScopedState, conflicts = conflictsOf(state)): SlotView[] {
  const { edition } = state;
  const bySlot = conflictsBySlot(conflicts);
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
            s.filmIds.map((id) => state.films.get(id)).filter((f): f is FilmName => !!f),
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
/**
 * The programmers' picture of an edition (unreleased data: needs a signed-in reader). With a
 * `day`, only that festival day's slots and the conflicts that name them, read from that day
 * and the neighbours that can clash with it (not the whole edition).
 */
export function getBoard(actor: Actor, slug: string, day?: string): Board {
  authoriseIn(actor, slug, "read");
  if (day !== undefined && !isIsoDay(day)) throw invalid({ day: "must be a festival day like 2026-10-23" });
  const db = getDb();
  const edition = requireEdition(db, slug);
  if (day !== undefined) {
    const { start, end } = festivalDayWindow(day, edition.timeZone, edition.dayBreak);
    return { edition, venues: listVenues(db, edition.id), ...scopedViews(db, edition, [{ from: start, to: end }]) };
  }
  const state = loadState(db, edition);
  const conflicts = editionConflicts(db, edition, () => state);
  return { edition, venues: state.venues, slots: slotViews(state, conflicts), conflicts };
}

export function listConflicts(actor: Actor, slug: string): Conflict[] {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  return editionConflicts(db, requireEdition(db, slug));
}

/** One slot's view (after a write: read inside the write's transaction), judged in its neighbourhood. */
function viewOfSlot(db: DB, edition: Edition, slotId: number): SlotView {
  const slot = q.getSlot(db, edition.id, slotId);
  const view = slot ? viewsOfSlots(db, edition, [slot]).get(slotId) : undefined;
  if (!view) throw notFound(`Slot ${slotId}`);
  return view;
}

export function getSlot(actor: Actor, slug: string, slotId: number): SlotView {
  authoriseIn(actor, slug, "read");
  const db = getDb();
  return viewOfSlot(db, requireEdition(db, slug), slotId);
}

export function createSlot(actor: Actor, slug: string, input: unknown): SlotView {
  authoriseIn(actor, slug, "edit");
  const data = parse(slotInput, input);
  return transaction((db) => {
    const edition = requireEdition(db, slug);
    requireVenue(db, edition, data.venueId);
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
    if (patch.venueId !== undefined) requireVenue(db, edition, patch.venueId);
    const startsAt = patch.startsAt ?? current.startsAt;
    const endsAt = patch.endsAt ?? current.endsAt;
    const times = slotTimesProblem(startsAt, endsAt);
    if (times) throw invalid({ [times.field]: times.message });
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
    refuseUnlessAllowed(fit, data.status);
    const existing = q.getScreeningBySlot(db, slotId);
    if (existing && ((data.version !== undefined && data.version !== existing.version) || data.ifEmpty))
      throw stale("screening", currentScreening(db, existing));
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
    if (existing && version !== undefined && version !== existing.version) throw stale("screening", currentScreening(db, existing));
    if (!existing || !q.deleteScreeningOfSlot(db, slotId)) throw notFound(`Screening in slot ${slotId}`);
    audit(db, actor, { entity: "screening", entityId: existing.id, editionId: edition.id, action: "delete", before: existing });
  });
}
