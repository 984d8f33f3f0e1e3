/**
 * Guest conflicts, part of lib/conflicts' analysis:
 *
 * - guest-overlap: one person is a guest of two screenings whose slots overlap, or follow each
 *   other closer than the walk between their venues (`walkingMinutes`; 0 when unknown, and
 *   always 0 within one venue). Error when both screenings are confirmed, else a warning. One
 *   conflict per pair of screenings, naming every guest they share.
 * - guest-unavailable (warning): a screening's slot is not wholly inside one of a guest's
 *   availability ranges (ranges that touch or overlap count as one; no ranges: always
 *   available). One conflict per screening, naming every guest who is away.
 *
 * Cancelled screenings clash with nothing. Slot times are used (a guest is there for the
 * whole slot: intro, film and Q&A).
 */
import { programmeTitle } from "./names";
import type { Conflict, FilmName, Person, Screening, Slot, Venue } from "./types";

/** Walking minutes from one venue to another (issue 17); absent or same venue: 0. */
export type WalkingMinutes = (fromVenueId: number, toVenueId: number) => number;

/** What the guest rules read of a person. */
export type GuestPerson = Pick<Person, "id" | "name" | "availability">;

export interface GuestConflictInput {
  venues: readonly Pick<Venue, "id" | "name">[];
  slots: readonly Pick<Slot, "id" | "venueId" | "startsAt" | "endsAt">[];
  screenings: readonly (Pick<Screening, "slotId" | "status" | "filmIds"> & Partial<Pick<Screening, "title" | "guests">>)[];
  films: ReadonlyMap<number, FilmName>;
  /** The guests by id; a guest not in it is not judged. */
  people: ReadonlyMap<number, GuestPerson>;
  walkingMinutes?: WalkingMinutes;
}

/** Local date-time and clock of an instant in the festival's zone. */
interface Clock {
  time(d: Date): string;
  when(d: Date): string;
}

/** A guest's screening as the rules see it. */
interface Visit {
  slotId: number;
  venueId: number;
  start: Date;
  end: Date;
  confirmed: boolean;
  /** "Title" of the programme, or of its films joined. */
  name: string;
  filmIds: number[];
}

/** Each guest's screenings (not cancelled), by person id. */
function visitsOf(input: GuestConflictInput): Map<number, Visit[]> {
  const slotById = new Map(input.slots.map((s) => [s.id, s]));
  const byPerson = new Map<number, Visit[]>();
  for (const sc of input.screenings) {
    const slot = slotById.get(sc.slotId);
    if (!slot || sc.status === "cancelled" || !sc.guests?.length) continue;
    const films = sc.filmIds.flatMap((id) => input.films.get(id) ?? []);
    const name = sc.title ?? (films.length ? programmeTitle(films) : "the screening");
    const visit = {
      slotId: slot.id,
      venueId: slot.venueId,
      start: slot.startsAt,
      end: slot.endsAt,
      confirmed: sc.status === "confirmed",
      name,
      filmIds: sc.filmIds,
    };
    for (const g of sc.guests) {
      if (!input.people.has(g.personId)) continue;
      const list = byPerson.get(g.personId);
      if (list) list.push(visit);
      else byPerson.set(g.personId, [visit]);
    }
  }
  return byPerson;
}

/** How the messages name things. */
interface Words {
  venue(id: number): string;
  /** "Title" at 2026-10-23 18:00–20:00 in Cinema 1 */
  at(v: Visit): string;
  clock: Clock;
}

export function guestConflicts(input: GuestConflictInput, clock: Clock): Conflict[] {
  const byPerson = visitsOf(input);
  const names = new Map(input.venues.map((v) => [v.id, v.name]));
  const words: Words = {
    venue: (id) => names.get(id) ?? `venue ${id}`,
    at: (v) => `"${v.name}" at ${clock.when(v.start)}–${clock.time(v.end)} in ${words.venue(v.venueId)}`,
    clock,
  };
  return [...guestOverlaps(input, byPerson, words), ...guestsAway(input, byPerson, words)];
}

/** Names in a stable order (by name, then id), joined in words: "A, B and C". */
function namesOf(people: GuestPerson[]): { text: string; many: boolean } {
  const names = [...people].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id).map((p) => p.name);
  const text = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return { text, many: names.length > 1 };
}

interface Pair {
  first: Visit;
  second: Visit;
  people: GuestPerson[];
  /** Minutes from the first's end to the second's start (negative: they overlap), and the walk. */
  gap: number;
  walk: number;
}

function guestOverlaps(input: GuestConflictInput, byPerson: Map<number, Visit[]>, words: Words): Conflict[] {
  const pairs = new Map<string, Pair>();
  const walking = input.walkingMinutes ?? (() => 0);
  for (const [personId, list] of byPerson) {
    const person = input.people.get(personId);
    if (!person || list.length < 2) continue;
    list.sort((a, b) => a.start.getTime() - b.start.getTime() || a.slotId - b.slotId);
    // a guest attends a handful of screenings: every earlier one is compared (walks have no bound)
    for (const [j, second] of list.entries())
      for (const first of list.slice(0, j)) {
        const gap = (second.start.getTime() - first.end.getTime()) / 60_000;
        const walk = first.venueId === second.venueId ? 0 : Math.max(0, walking(first.venueId, second.venueId));
        if (gap >= walk) continue;
        const key = `${first.slotId},${second.slotId}`;
        const pair = pairs.get(key);
        if (pair) pair.people.push(person);
        else pairs.set(key, { first, second, people: [person], gap, walk });
      }
  }
  return [...pairs.values()].map(({ first, second, people, gap, walk }) => {
    const who = namesOf(people);
    const why =
      gap < 0
        ? "the times overlap"
        : `only ${gap} min between them, and the walk from ${words.venue(first.venueId)} to ${words.venue(second.venueId)} takes ${walk} min`;
    return {
      type: "guest-overlap",
      severity: first.confirmed && second.confirmed ? "error" : "warning",
      message: `${who.text} ${who.many ? "are guests" : "is a guest"} of ${words.at(first)} and of ${words.at(second)}: ${why}`,
      slotIds: [first.slotId, second.slotId],
      filmIds: [...new Set([...first.filmIds, ...second.filmIds])],
    };
  });
}

/** Ranges sorted, those that touch or overlap joined into one. */
export function mergedRanges(ranges: readonly { from: Date; to: Date }[]): { from: Date; to: Date }[] {
  const sorted = [...ranges].sort((a, b) => a.from.getTime() - b.from.getTime());
  const out: { from: Date; to: Date }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.from.getTime() <= last.to.getTime()) {
      if (r.to.getTime() > last.to.getTime()) last.to = r.to;
    } else out.push({ from: r.from, to: r.to });
  }
  return out;
}

/** Whether a person is at the festival for the whole of [start, end]. */
export function isAvailable(person: Pick<Person, "availability">, start: Date, end: Date): boolean {
  if (person.availability.length === 0) return true;
  return mergedRanges(person.availability).some((r) => r.from.getTime() <= start.getTime() && end.getTime() <= r.to.getTime());
}

/** At most three ranges, in local time: "2026-10-24 09:00 to 2026-10-25 18:00 and 1 more". */
function rangesText(person: GuestPerson, clock: Clock): string {
  const ranges = mergedRanges(person.availability);
  const shown = ranges.slice(0, 3).map((r) => `${clock.when(r.from)} to ${clock.when(r.to)}`);
  return `${shown.join(", ")}${ranges.length > 3 ? ` and ${ranges.length - 3} more` : ""}`;
}

function guestsAway(input: GuestConflictInput, byPerson: Map<number, Visit[]>, words: Words): Conflict[] {
  const away = new Map<number, { visit: Visit; people: GuestPerson[] }>();
  for (const [personId, list] of byPerson) {
    const person = input.people.get(personId);
    if (!person) continue;
    for (const v of list) {
      if (isAvailable(person, v.start, v.end)) continue;
      const entry = away.get(v.slotId);
      if (entry) entry.people.push(person);
      else away.set(v.slotId, { visit: v, people: [person] });
    }
  }
  return [...away.values()].map(({ visit, people }) => {
    const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    const who = namesOf(sorted);
    const when = sorted.map((p) => `${sorted.length > 1 ? `${p.name}: ` : ""}available ${rangesText(p, words.clock)}`).join("; ");
    return {
      type: "guest-unavailable",
      severity: "warning",
      message: `${who.text} ${who.many ? "are" : "is"} not available for ${words.at(visit)} (${when})`,
      slotIds: [visit.slotId],
      filmIds: visit.filmIds,
    };
  });
}
