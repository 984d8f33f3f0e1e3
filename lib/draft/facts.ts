/**
 * What the draft's model is made from (issue 16 §2): the request's wishes and rules, the lineup as
 * input, and each slot's facts on the festival clock (its day, its minutes since the day break,
 * whether it is taken); which slots a wish allows and which a film fits (lib/fit's arithmetic);
 * and the slot pairs that clash, found by lib/conflicts (one rule, one place).
 */
import { findConflicts } from "@/lib/conflicts";
import { festivalDayOf, localParts } from "@/lib/festival-time";
import { checkFit } from "@/lib/fit";
import type { Edition, FilmName, Slot, Venue } from "@/lib/types";

export interface DraftWish {
  filmId: number;
  screenings: number;
  venueIds?: number[];
  days?: string[];
  /** Earliest start, local "HH:MM" on the festival clock (a day runs from the day break). */
  notBefore?: string;
  /** Latest start, local "HH:MM" on the festival clock. */
  notAfter?: string;
}

export interface DraftRules {
  maxPerFilmPerDay: number;
  minDaysBetweenScreenings: number;
  keepExisting: boolean;
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
}

export const DEFAULT_RULES: DraftRules = {
  maxPerFilmPerDay: 1,
  minDaysBetweenScreenings: 1,
  keepExisting: true,
  preShowMinutes: 0,
  introMinutes: 0,
  qaMinutes: 0,
};

export interface DraftInput {
  edition: Pick<Edition, "firstDay" | "lastDay" | "timeZone" | "dayBreak">;
  venues: Pick<Venue, "id" | "name" | "changeoverMinutes">[];
  slots: Pick<Slot, "id" | "venueId" | "startsAt" | "endsAt" | "holdNote">[];
  /** The lineup's screenings: their slots are taken; their films count in the films' rules. */
  screenings: { slotId: number; filmIds: number[] }[];
  films: ReadonlyMap<number, FilmName>;
  wishes: DraftWish[];
  rules: DraftRules;
}

/** A slot as the model sees it. */
export interface SlotFacts {
  id: number;
  venueId: number;
  minutes: number;
  day: string;
  /** Minutes since the day break on the festival clock. */
  clock: number;
  start: number;
  end: number;
  taken: boolean;
}

/** A time of day, for spreading: hours of the festival clock per band. */
export const HOURS = 3;

function clockMinutes(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

export function needMinutes(runtime: number, rules: DraftRules): number {
  return rules.preShowMinutes + rules.introMinutes + runtime + rules.qaMinutes;
}

export function slotFacts(input: DraftInput): Map<number, SlotFacts> {
  const { timeZone, dayBreak } = input.edition;
  const taken = new Set(input.screenings.map((s) => s.slotId));
  const breakAt = clockMinutes(dayBreak);
  return new Map(
    input.slots.map((s) => {
      const local = clockMinutes(localParts(s.startsAt, timeZone).time);
      const facts: SlotFacts = {
        id: s.id,
        venueId: s.venueId,
        minutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
        day: festivalDayOf(s.startsAt, timeZone, dayBreak),
        clock: (local - breakAt + 1440) % 1440,
        start: s.startsAt.getTime(),
        end: s.endsAt.getTime(),
        taken: taken.has(s.id) || !!s.holdNote?.trim(),
      };
      return [s.id, facts];
    }),
  );
}

/** Whether the wish allows the slot (venue, day, start hours), leaving fit and occupancy aside. */
export function wishAllows(wish: DraftWish, slot: SlotFacts, dayBreak: string): boolean {
  if (wish.venueIds?.length && !wish.venueIds.includes(slot.venueId)) return false;
  if (wish.days?.length && !wish.days.includes(slot.day)) return false;
  const breakAt = clockMinutes(dayBreak);
  const onClock = (t: string) => (clockMinutes(t) - breakAt + 1440) % 1440;
  if (wish.notBefore && slot.clock < onClock(wish.notBefore)) return false;
  if (wish.notAfter && slot.clock > onClock(wish.notAfter)) return false;
  return true;
}

/** Whether a film of `runtime` fits a slot of `minutes` with the rules' extras (lib/fit's arithmetic). */
export function fitsSlot(runtime: number | null, minutes: number, rules: DraftRules): boolean {
  return checkFit({ slotMinutes: minutes, ...rules, runtimes: [runtime] }).status === "fits";
}

/** Slot pairs that clash, found by lib/conflicts: in a venue (overlap, changeover) and in time (one print). */
export function clashPairs(input: DraftInput): { venue: Map<number, number[]>; time: [number, number][]; outside: Set<number> } {
  const VIRTUAL = -1;
  const conflicts = findConflicts({
    edition: input.edition,
    venues: input.venues,
    slots: input.slots,
    screenings: input.slots.map((s) => ({
      slotId: s.id,
      filmIds: [VIRTUAL],
      status: "tentative" as const,
      preShowMinutes: 0,
      introMinutes: 0,
      qaMinutes: 0,
    })),
    films: new Map([[VIRTUAL, { id: VIRTUAL, title: "any", year: null, directors: [], runtimeMinutes: 0 }]]),
  });
  const venue = new Map<number, number[]>();
  const time: [number, number][] = [];
  const outside = new Set<number>();
  for (const c of conflicts) {
    const [a, b] = c.slotIds;
    if (c.type === "outside-festival" && a !== undefined) outside.add(a);
    if (a === undefined || b === undefined) continue;
    if (c.type === "venue-overlap" || c.type === "changeover") {
      venue.set(a, [...(venue.get(a) ?? []), b]);
      venue.set(b, [...(venue.get(b) ?? []), a]);
    } else if (c.type === "film-overlap") time.push([a, b]);
  }
  return { venue, time, outside };
}
