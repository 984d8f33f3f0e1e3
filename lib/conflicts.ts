/**
 * Conflicts: what is wrong with an edition's schedule, returned as data.
 *
 * - venue-overlap (error): two slots of one venue overlap in time.
 * - changeover (warning): two slots of one venue are closer than its changeover
 *   minutes (touching is fine when the changeover is 0).
 * - film-overlap: one film (one print) in two screenings whose times overlap
 *   (error when both are confirmed, warning when one is tentative).
 * - outside-festival (error): a slot that starts outside the edition's festival days.
 * - incomplete-film (error): a confirmed screening with a film that has no title or no runtime.
 * - does-not-fit (error when confirmed, warning when tentative): the screening runs
 *   longer than its slot (e.g. after the slot was shortened).
 * - guest-overlap, guest-unavailable: a guest in two places, or away (lib/guest-conflicts.ts).
 *
 * Errors block a release; warnings do not. Cancelled screenings clash with nothing.
 * Sweep-based: O(n log n) in the number of slots.
 *
 * A scoped analysis (one write, one day's board) is this same analysis applied to a scoped
 * state: see conflictsTouching and conflictReachMs.
 */
import { elapsedMinutes, festivalDayWindow, localParts } from "./festival-time";
import { checkFit } from "./fit";
import { type GuestPerson, guestConflicts, type WalkingMinutes } from "./guest-conflicts";
import { displayTitle } from "./names";
import { MAX_SLOT_MINUTES } from "./spans";
import type { Conflict, Edition, FilmName, FitResult, Screening, Slot, Venue } from "./types";

export interface ConflictInput {
  edition: Pick<Edition, "firstDay" | "lastDay" | "timeZone" | "dayBreak">;
  venues: Pick<Venue, "id" | "name" | "changeoverMinutes">[];
  slots: Pick<Slot, "id" | "venueId" | "startsAt" | "endsAt">[];
  screenings: (Pick<Screening, "slotId" | "status" | "preShowMinutes" | "introMinutes" | "qaMinutes" | "filmIds"> &
    Partial<Pick<Screening, "title" | "guests">>)[];
  /** The films the screenings name, by id (unknown ids are skipped). */
  films: ReadonlyMap<number, FilmName>;
  /** The screenings' guests, by id (a guest not in it is not judged; absent: no guest conflicts). */
  people?: ReadonlyMap<number, GuestPerson>;
  /** Minutes to walk from one venue to another; absent: 0. */
  walkingMinutes?: WalkingMinutes;
}

/** Local clock and date-time of an instant in the festival's zone, for the messages. */
interface Clock {
  time(d: Date): string;
  when(d: Date): string;
}

function clockIn(tz: string): Clock {
  return {
    time: (d) => localParts(d, tz).time,
    when: (d) => {
      const p = localParts(d, tz);
      return `${p.date} ${p.time}`;
    },
  };
}

export function findConflicts(input: ConflictInput): Conflict[] {
  const clock = clockIn(input.edition.timeZone);
  const screenings = screeningConflicts(input, clock);
  return [
    ...venueConflicts(input, clock),
    ...outsideFestival(input, clock),
    ...screenings.conflicts,
    ...filmOverlaps(screenings.intervals, input.films, clock),
    ...(input.people ? guestConflicts({ ...input, people: input.people }, clock) : []),
  ];
}

/**
 * Venue overlap and changeover: per venue, slots by start; compare each slot with the
 * running latest end (so one long slot clashing with several is caught).
 */
function venueConflicts(input: ConflictInput, clock: Clock): Conflict[] {
  const out: Conflict[] = [];
  const venueById = new Map(input.venues.map((v) => [v.id, v]));
  const byVenue = new Map<number, ConflictInput["slots"]>();
  for (const s of input.slots) {
    const list = byVenue.get(s.venueId);
    if (list) list.push(s);
    else byVenue.set(s.venueId, [s]);
  }
  for (const [venueId, list] of byVenue) {
    const venue = venueById.get(venueId);
    const name = venue?.name ?? `venue ${venueId}`;
    const changeover = venue?.changeoverMinutes ?? 0;
    list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
    let prev: (typeof list)[number] | null = null;
    for (const s of list) {
      if (prev) {
        const gap = (s.startsAt.getTime() - prev.endsAt.getTime()) / 60_000;
        // the date is formatted only for a conflict (most slots have none)
        const on = gap < changeover ? clock.when(s.startsAt).slice(0, 10) : "";
        if (gap < 0) {
          out.push({
            type: "venue-overlap",
            severity: "error",
            message: `${name}: slots ${clock.time(prev.startsAt)}-${clock.time(prev.endsAt)} and ${clock.time(s.startsAt)}-${clock.time(s.endsAt)} on ${on} overlap by ${Math.min(-gap, elapsedMinutes(s.startsAt, s.endsAt))} min`,
            slotIds: [prev.id, s.id],
            filmIds: [],
          });
        } else if (gap < changeover) {
          out.push({
            type: "changeover",
            severity: "warning",
            message: `${name}: only ${gap} min between ${clock.time(prev.endsAt)} and ${clock.time(s.startsAt)} on ${on}; changeover needs ${changeover} min`,
            slotIds: [prev.id, s.id],
            filmIds: [],
          });
        }
      }
      if (!prev || s.endsAt.getTime() > prev.endsAt.getTime()) prev = s;
    }
  }
  return out;
}

/** Slots that start outside the festival days (day-break to day-break). */
function outsideFestival(input: ConflictInput, clock: Clock): Conflict[] {
  const { edition } = input;
  const first = festivalDayWindow(edition.firstDay, edition.timeZone, edition.dayBreak).start.getTime();
  const last = festivalDayWindow(edition.lastDay, edition.timeZone, edition.dayBreak).end.getTime();
  return input.slots
    .filter((s) => s.startsAt.getTime() < first || s.startsAt.getTime() >= last)
    .map((s) => ({
      type: "outside-festival",
      severity: "error",
      message: `Slot at ${clock.when(s.startsAt)} is outside the festival (${edition.firstDay} to ${edition.lastDay})`,
      slotIds: [s.id],
      filmIds: [],
    }));
}

/** When a film is on screen, for the one-print check. */
interface FilmInterval {
  slotId: number;
  start: number;
  end: number;
  tentative: boolean;
}

/** Per screening: completeness and fit; collects each film's intervals for the print check. */
function screeningConflicts(input: ConflictInput, clock: Clock): { conflicts: Conflict[]; intervals: Map<number, FilmInterval[]> } {
  const out: Conflict[] = [];
  const intervals = new Map<number, FilmInterval[]>();
  const slotById = new Map(input.slots.map((s) => [s.id, s]));
  for (const sc of input.screenings) {
    if (sc.status === "cancelled") continue;
    const slot = slotById.get(sc.slotId);
    if (!slot) continue;
    const tentative = sc.status === "tentative";
    const films = sc.filmIds.flatMap((id) => input.films.get(id) ?? []);
    if (!tentative) out.push(...incompleteFilms(films, slot, clock));
    const fit = fitWhenOver(sc, films, elapsedMinutes(slot.startsAt, slot.endsAt));
    if (fit) {
      out.push({
        type: "does-not-fit",
        severity: tentative ? "warning" : "error",
        message: `Screening at ${clock.when(slot.startsAt)} does not fit: ${fit.message}`,
        slotIds: [slot.id],
        filmIds: films.map((f) => f.id),
      });
    }
    for (const f of films) {
      const list = intervals.get(f.id);
      const iv = { slotId: slot.id, start: slot.startsAt.getTime(), end: slot.endsAt.getTime(), tentative };
      if (list) list.push(iv);
      else intervals.set(f.id, [iv]);
    }
  }
  return { conflicts: out, intervals };
}

/** A confirmed screening's films without a title or a runtime. */
function incompleteFilms(films: FilmName[], slot: ConflictInput["slots"][number], clock: Clock): Conflict[] {
  return films
    .filter((f) => !f.title?.trim() || f.runtimeMinutes === null)
    .map((f) => {
      const missing = [!f.title?.trim() ? "title" : null, f.runtimeMinutes === null ? "runtime" : null].filter(Boolean).join(" and ");
      return {
        type: "incomplete-film",
        severity: "error",
        message: `Confirmed screening at ${clock.when(slot.startsAt)} has "${displayTitle(f)}" without a ${missing}`,
        slotIds: [slot.id],
        filmIds: [f.id],
      };
    });
}

/** The fit of a screening that runs over its slot, else null: the sum first (cheap), the sentence only when over. */
function fitWhenOver(sc: ConflictInput["screenings"][number], films: FilmName[], slotMinutes: number): FitResult | null {
  let total = sc.preShowMinutes + sc.introMinutes + sc.qaMinutes;
  for (const f of films) total += f.runtimeMinutes ?? 0;
  if (total <= slotMinutes || films.some((f) => f.runtimeMinutes === null)) return null;
  const fit = checkFit({
    slotMinutes,
    preShowMinutes: sc.preShowMinutes,
    introMinutes: sc.introMinutes,
    qaMinutes: sc.qaMinutes,
    runtimes: films.map((f) => f.runtimeMinutes),
  });
  return fit.status === "over" ? fit : null;
}

/** One print in two places: overlapping screenings of the same film. */
function filmOverlaps(intervals: Map<number, FilmInterval[]>, films: ConflictInput["films"], clock: Clock): Conflict[] {
  const out: Conflict[] = [];
  for (const [filmId, list] of intervals) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start || a.slotId - b.slotId);
    let open: FilmInterval[] = [];
    for (const iv of list) {
      open = open.filter((o) => o.end > iv.start);
      for (const o of open) {
        if (o.slotId === iv.slotId) continue;
        const film = films.get(filmId);
        out.push({
          type: "film-overlap",
          severity: o.tentative || iv.tentative ? "warning" : "error",
          message: `"${film ? displayTitle(film) : `Film ${filmId}`}" is screened at ${clock.when(new Date(o.start))} and ${clock.when(new Date(iv.start))} at overlapping times (one print)`,
          slotIds: [o.slotId, iv.slotId],
          filmIds: [filmId],
        });
      }
      open.push(iv);
    }
  }
  return out;
}

/**
 * Where the slots lie that can clash with the slots asked about (`asked`, non-empty): those
 * that end after `endsAfter` and start before `startsBefore` (every one that starts in
 * [startsFrom, startsBefore), since a slot lasts at most MAX_SLOT_MINUTES, lib/spans). A
 * neighbour at the same venue clashes only when it ends less than a changeover before one
 * of them starts, or starts less than a changeover after one of them ends; a print is in
 * two places only at overlapping times, which this span holds too; a guest only at times
 * closer than the walk between two venues (`longestWalkMinutes`, the longest of the edition's walks).
 */
export function clashSpan(
  asked: readonly Pick<Slot, "startsAt" | "endsAt">[],
  venues: readonly Pick<Venue, "changeoverMinutes">[],
  longestWalkMinutes = 0,
): { startsFrom: Date; endsAfter: Date; startsBefore: Date } {
  let reach = Math.max(0, longestWalkMinutes);
  for (const v of venues) reach = Math.max(reach, v.changeoverMinutes);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of asked) {
    first = Math.min(first, s.startsAt.getTime());
    last = Math.max(last, s.endsAt.getTime());
  }
  const endsAfter = first - reach * 60_000;
  return {
    startsFrom: new Date(endsAfter - MAX_SLOT_MINUTES * 60_000),
    endsAfter: new Date(endsAfter),
    startsBefore: new Date(last + reach * 60_000),
  };
}

/**
 * The conflicts that name one of `slotIds`, found by findConflicts over a scoped state. It
 * gives what findConflicts over the whole edition gives for those slots (filtered the same way)
 * when the state holds at least: those slots; every slot (with its screening) of their venues
 * in their clashSpan; every screening (with its slot) in that span of the films they show;
 * and those films; the people who are their guests, every screening (with its slot and films)
 * of those people in that span. Anything more changes nothing, and films the state lacks only hide
 * conflicts of other slots: a slot outside that span can clash only with slots that are not
 * asked about, and those conflicts are left out.
 */
export function conflictsTouching(input: ConflictInput, slotIds: ReadonlySet<number>): Conflict[] {
  return findConflicts(input).filter((c) => c.slotIds.some((id) => slotIds.has(id)));
}

export function hasBlockingConflicts(conflicts: Conflict[]): boolean {
  return conflicts.some((c) => c.severity === "error");
}

/** Conflicts indexed by each slot they name. */
export function conflictsBySlot(conflicts: Conflict[]): Map<number, Conflict[]> {
  const map = new Map<number, Conflict[]>();
  for (const c of conflicts)
    for (const id of c.slotIds) {
      const list = map.get(id);
      if (list) list.push(c);
      else map.set(id, [c]);
    }
  return map;
}

/** A conflict's identity within one list (its kind and what it names), e.g. for a React key. */
export function conflictKey(c: Pick<Conflict, "type" | "slotIds" | "filmIds">): string {
  return `${c.type}:${c.slotIds.join(",")}:${c.filmIds.join(",")}`;
}
