/**
 * Conflicts in a programmer's words: what clashes, with the films' titles, the venue and the
 * local times, instead of a type code and slot ids. One table, one entry per conflict type
 * (a new type is one entry: the table is typed over every ConflictType). When a slot the
 * conflict names is not known to the caller (a neighbouring day's), the API's own message
 * is used, so a sentence is never wrong, only plainer.
 */
import type { SlotView } from "./board/model";
import { localParts } from "./festival-time";
import { inLineup } from "./lineup-links";
import type { Conflict, ConflictType } from "./types";

/** What a sentence needs to know of one slot. */
export interface ConflictSlot {
  id: number;
  venue: string;
  changeoverMinutes: number | null;
  startsAt: Date;
  endsAt: Date;
  festivalDay: string;
  /** The films on in it, in order; empty for an empty slot. */
  films: { id: number; title: string; missing: string | null }[];
  /** The fit's arithmetic when it runs over ("10 + 177 = 187 min > 180 min slot, over by 7 min"). */
  fit: string | null;
}

export interface ConflictWords {
  sentence: string;
  /** The festival day of the first slot it names (for grouping and links), if known. */
  day: string | null;
  /** Each slot it names, with a short label ("Matewan 20:00"), for links to the board and the day view. */
  slots: { id: number; label: string; day: string }[];
}

type Lookup = ReadonlyMap<number, ConflictSlot>;
type Words = (c: Conflict, s: ConflictSlot[], tz: string) => string;

const clock = (d: Date, tz: string) => localParts(d, tz).time;
const span = (s: ConflictSlot, tz: string) => `${clock(s.startsAt, tz)}–${clock(s.endsAt, tz)}`;
const titles = (s: ConflictSlot) => (s.films.length ? s.films.map((f) => f.title).join(" + ") : "an empty slot");
/** "Matewan 20:00–22:30" */
const what = (s: ConflictSlot, tz: string) => `${titles(s)} ${span(s, tz)}`;
const minutes = (n: number) => `${n} min`;

const WORDS: { [T in ConflictType]: Words } = {
  "venue-overlap": (_c, [a, b], tz) =>
    a && b
      ? `Two ${a.films.length && b.films.length ? "screenings" : "slots"} overlap in ${a.venue}: ${what(a, tz)} and ${what(b, tz)}`
      : "",
  changeover: (_c, [a, b], tz) => {
    if (!a || !b) return "";
    const gap = Math.round((b.startsAt.getTime() - a.endsAt.getTime()) / 60_000);
    const needs = a.changeoverMinutes !== null ? `; ${a.venue} needs ${minutes(a.changeoverMinutes)} to change over` : "";
    return `Too little time between screenings in ${a.venue}: ${minutes(gap)} from ${what(a, tz)} to ${what(b, tz)}${needs}`;
  },
  "film-overlap": (c, [a, b], tz) => {
    if (!a || !b) return "";
    const film = a.films.find((f) => c.filmIds.includes(f.id))?.title ?? titles(a);
    return `${film} is on in two places at once (one print): ${a.venue} ${span(a, tz)} and ${b.venue} ${span(b, tz)}`;
  },
  "outside-festival": (_c, [a], tz) =>
    a ? `${what(a, tz)} in ${a.venue} on ${localParts(a.startsAt, tz).date} is outside the festival's days` : "",
  "incomplete-film": (c, [a], tz) => {
    const film = a?.films.find((f) => c.filmIds.includes(f.id));
    if (!a || !film) return "";
    const it = film.missing === "title and runtime" ? "them" : "it";
    return `${what(a, tz)} in ${a.venue} is confirmed, but ${film.title} has no ${film.missing ?? "title or runtime"}: add ${it} to the film, or pencil the screening in`;
  },
  "does-not-fit": (_c, [a], tz) => (a ? `${what(a, tz)} in ${a.venue} runs longer than its slot${a.fit ? `: ${a.fit}` : ""}` : ""),
  // the guest conflicts' own messages already name the person, the screenings and their times
  "guest-overlap": (c) => c.message,
  "guest-unavailable": (c) => c.message,
};

/** The conflict as a sentence with the titles and local times of the slots it names. */
export function conflictWords(c: Conflict, known: Lookup, timeZone: string): ConflictWords {
  const slots = c.slotIds.flatMap((id) => known.get(id) ?? []);
  const complete = slots.length === c.slotIds.length;
  const sentence = (complete && WORDS[c.type]?.(c, slots, timeZone)) || c.message;
  return {
    sentence,
    day: slots[0]?.festivalDay ?? null,
    slots: slots.map((s) => ({ id: s.id, label: `${titles(s)} ${clock(s.startsAt, timeZone)}`, day: s.festivalDay })),
  };
}

/** Where a slot is shown to the programmers: the board of its day, and the day view, at the slot. */
export function slotLinks(
  edition: string,
  slotId: number,
  day: string,
  scenarioId: number | null = null,
): { board: string; dayView: string } {
  const base = `/admin/editions/${encodeURIComponent(edition)}`;
  return {
    board: inLineup(`${base}/board/${day}#slot-${slotId}`, scenarioId),
    dayView: inLineup(`${base}/days/${day}#slot-${slotId}`, scenarioId),
  };
}

/** The lookup conflictWords reads, from the board's picture of the slots and the venues' names. */
export function conflictSlots(
  slots: readonly SlotView[],
  venues: Iterable<{ id: number; name: string; changeoverMinutes?: number }>,
): Map<number, ConflictSlot> {
  const venue = new Map([...venues].map((v) => [v.id, v]));
  return new Map(
    slots.map((s) => {
      const v = venue.get(s.venueId);
      const films = (s.screening?.films ?? []).map((f) => ({ id: f.id, title: f.displayTitle, missing: missingOf(f) }));
      const over = s.fit?.status === "over" ? s.fit.message : null;
      return [
        s.id,
        {
          id: s.id,
          venue: v?.name ?? `venue ${s.venueId}`,
          changeoverMinutes: v?.changeoverMinutes ?? null,
          startsAt: new Date(s.startsAt),
          endsAt: new Date(s.endsAt),
          festivalDay: s.festivalDay,
          films,
          fit: over,
        },
      ];
    }),
  );
}

/** What a film lacks for a confirmed screening, in words ("title and runtime"), or null. */
function missingOf(f: { title: string | null; runtimeMinutes: number | null }): string | null {
  const missing = [!f.title?.trim() ? "title" : null, f.runtimeMinutes === null ? "runtime" : null].filter(Boolean);
  return missing.length ? missing.join(" and ") : null;
}
