/**
 * What the festival's rules read about an edition, and the views they give: the whole edition
 * (cached per lineup version) or the neighbourhood of a write or a day (indexed reads), with
 * each slot's screening, fit and conflicts.
 */
import type { DB } from "@/db/client";
import { connection } from "@/db/client";
import { lineupVersion, listVenues } from "@/db/queries/editions";
import { getFilmNamesByIds, getFilmsByIds } from "@/db/queries/films";
import { getPeopleByIds } from "@/db/queries/people";
import type { ScenarioId } from "@/db/queries/schedule";
import * as q from "@/db/queries/schedule";
import { listWalkingMinutes } from "@/db/queries/walking";
import type { BoardScreening as ScreeningView, BoardSlot as SlotView } from "@/lib/board";
import { clashSpan, conflictsBySlot, conflictsTouching, findConflicts } from "@/lib/conflicts";
import { elapsedMinutes, festivalDayOf, toZonedIso } from "@/lib/festival-time";
import { fitOfScreening, type ScreeningExtras } from "@/lib/fit";
import type { GuestPerson } from "@/lib/guest-conflicts";
import { displayTitle } from "@/lib/names";
import type { Conflict, Edition, Film, FilmName, FitResult, Person, Screening, Slot, Venue, WalkingPair } from "@/lib/types";
import { longestWalk, walkLookup } from "@/lib/walking";

/** Everything the rules need about one edition, read in a handful of queries. */
export interface EditionState {
  edition: Edition;
  venues: Venue[];
  slots: Slot[];
  screenings: Screening[];
  films: Map<number, Film>;
  /** The screenings' guests. */
  people: Map<number, Person>;
  /** Walking minutes between the venues (guest-overlap). */
  walking: WalkingPair[];
}

/** A part of an edition, or all of it, as the rules and the board read it (films by name and runtime). */
export type ScopedState = Omit<EditionState, "films" | "people"> & {
  films: ReadonlyMap<number, FilmName>;
  people: ReadonlyMap<number, GuestPerson>;
};

/** The edition's whole lineup: the working one (null) or a scenario's. */
export function loadState(db: DB, edition: Edition, scenarioId: ScenarioId = null): EditionState {
  const venues = listVenues(db, edition.id);
  const slots = q.listSlots(db, edition.id, scenarioId);
  const screenings = q.listScreenings(db, edition.id, scenarioId);
  const filmIds = [...new Set(screenings.flatMap((s) => s.filmIds))];
  const films = new Map(getFilmsByIds(db, filmIds).map((f) => [f.id, f]));
  const personIds = [...new Set(screenings.flatMap((s) => s.guests.map((g) => g.personId)))];
  const people = new Map(getPeopleByIds(db, personIds).map((p) => [p.id, p]));
  return { edition, venues, slots, screenings, films, people, walking: listWalkingMinutes(db, edition.id) };
}

export function conflictsOf(state: ScopedState): Conflict[] {
  const walk = walkLookup(state.walking);
  return findConflicts({
    edition: state.edition,
    venues: state.venues,
    slots: state.slots,
    screenings: state.screenings,
    films: state.films,
    people: state.people,
    walkingMinutes: (from, to) => walk(from, to) ?? 0,
  });
}

/** The whole-edition analysis per connection and (edition, lineup: "12:working" or "12:7"), kept for one lineup version. */
const analyses = new WeakMap<DB, Map<string, { lineupVersion: number; conflicts: Conflict[] }>>();

/**
 * The whole edition's conflicts (the conflicts page, the release): computed once per lineup
 * version (editions.lineup_version, bumped by triggers in every writing transaction), so only
 * the first read after a change pays for the analysis. `state`, when the caller has it, must
 * have been read after this call's version (it is: the version is read first).
 */
export function editionConflicts(
  db: DB,
  edition: Edition,
  state?: () => EditionState,
  outermost = false,
  scenarioId: ScenarioId = null,
): Conflict[] {
  // the version first: a write landing between the two reads can only make the entry older than its key
  const version = lineupVersion(db, edition.id);
  const perEdition = analyses.get(db) ?? new Map<string, { lineupVersion: number; conflicts: Conflict[] }>();
  analyses.set(db, perEdition);
  const key = `${edition.id}:${scenarioId ?? "working"}`;
  const hit = perEdition.get(key);
  if (hit && hit.lineupVersion === version) return hit.conflicts;
  const conflicts = conflictsOf(state ? state() : loadState(db, edition, scenarioId));
  if (outermost || mayRemember()) perEdition.set(key, { lineupVersion: version, conflicts });
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
 * the other slots of their venues (with their changeovers), the other screenings of the
 * films they show and of the people who are their guests, and those films and people. What
 * this reads grows with the windows, not with the edition.
 */
function loadScopedState(
  db: DB,
  edition: Edition,
  windows: Window[],
  scenarioId: ScenarioId,
): { state: ScopedState; slotIds: Set<number> } {
  const venues = listVenues(db, edition.id);
  const walking = listWalkingMinutes(db, edition.id);
  const slotById = new Map<number, Slot>();
  const screeningById = new Map<number, Screening>();
  const slotIds = new Set<number>();
  const spans: { span: ReturnType<typeof clashSpan>; venueId?: number }[] = [];
  for (const w of windows) {
    const asked = q.listSlotsStarting(db, edition.id, w.from, w.to, w.venueId, undefined, scenarioId);
    if (!asked.length) continue;
    for (const s of asked) slotIds.add(s.id);
    const span = clashSpan(asked, venues, longestWalk(walking));
    spans.push({ span, venueId: w.venueId });
    for (const s of q.listSlotsStarting(db, edition.id, span.startsFrom, span.startsBefore, w.venueId, span.endsAfter, scenarioId))
      slotById.set(s.id, s);
    for (const s of q.listScreeningsStarting(db, edition.id, span.startsFrom, span.startsBefore, w.venueId, span.endsAfter, scenarioId))
      screeningById.set(s.id, s);
  }
  // only the films and guests of the slots asked about: the other screenings' conflicts are not asked for
  const mine = [...screeningById.values()].filter((s) => slotIds.has(s.slotId));
  const shown = [...new Set(mine.flatMap((s) => s.filmIds))];
  const guests = new Set(mine.flatMap((s) => (s.status === "cancelled" ? [] : s.guests.map((g) => g.personId))));
  for (const { span, venueId } of spans) {
    // a span of every venue already holds every screening that can overlap its slots in time
    if (venueId === undefined) continue;
    for (const other of [
      shown.length ? q.listScreeningsShowing(db, edition.id, shown, span.startsFrom, span.startsBefore, span.endsAfter, scenarioId) : null,
      guests.size
        ? q.listScreeningsWithGuests(db, edition.id, [...guests], span.startsFrom, span.startsBefore, span.endsAfter, scenarioId)
        : null,
    ]) {
      for (const s of other?.slots ?? []) slotById.set(s.id, s);
      for (const s of other?.screenings ?? []) screeningById.set(s.id, s);
    }
  }
  // a guest's other screenings are named in the conflict's words: their films too
  const partners = [...screeningById.values()].filter((s) => s.status !== "cancelled" && s.guests.some((g) => guests.has(g.personId)));
  const films = getFilmNamesByIds(db, [...new Set([...shown, ...partners.flatMap((s) => s.filmIds)])]);
  const people = new Map(getPeopleByIds(db, [...guests]).map((p) => [p.id, p]));
  const state = {
    edition,
    venues,
    slots: [...slotById.values()],
    screenings: [...screeningById.values()],
    films: new Map(films.map((f) => [f.id, f])),
    people,
    walking,
  };
  return { state, slotIds };
}

/** The views of the slots in `windows` of one lineup, by start, each with the conflicts that name it. */
export function scopedViews(
  db: DB,
  edition: Edition,
  windows: Window[],
  scenarioId: ScenarioId,
): { slots: SlotView[]; conflicts: Conflict[] } {
  const { state, slotIds } = loadScopedState(db, edition, windows, scenarioId);
  const walk = walkLookup(state.walking);
  const conflicts = conflictsTouching({ ...state, walkingMinutes: (from, to) => walk(from, to) ?? 0 }, slotIds);
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
export function viewsOfSlots(
  db: DB,
  edition: Edition,
  slots: Pick<Slot, "id" | "venueId" | "startsAt">[],
  scenarioId: ScenarioId,
): Map<number, SlotView> {
  const windows = windowsOf(slots);
  const ids = new Set(slots.map((s) => s.id));
  return new Map(
    scopedViews(db, edition, windows, scenarioId)
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

export function screeningView(s: Screening, films: ReadonlyMap<number, FilmName>): ScreeningView {
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
    title: s.title,
    description: s.description,
    languages: s.languages,
    subtitles: s.subtitles,
    accessibility: s.accessibility,
    format: s.format,
    internalNotes: s.internalNotes,
    ticketUrl: s.ticketUrl,
    availability: s.availability,
    guests: s.guests,
    translations: s.translations ?? {},
    version: s.version,
  };
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
      holdNote: slot.holdNote ?? null,
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
