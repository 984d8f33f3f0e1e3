/**
 * Staff sheets (/admin/editions/{slug}/days/{day}/sheets): per venue, the running order of one
 * festival day of the WORKING lineup for projection and front of house: doors open, pre-show,
 * intro, each film with its format and runtime, Q&A with the guests' names, the end, the
 * changeover, the next doors; the screening's and its guests' internal notes (staff only).
 *
 * Times are real elapsed minutes from the slot's start, shown on the festival's clock: on the
 * night the clocks go back a 150-minute film from 00:30 ends at 02:00, and the step says so.
 */
import { festivalDayOf, isAfterMidnight, localParts } from "./festival-time";
import { displayTitle, programmeTitle } from "./names";
import { formatRuntime } from "./runtime";
import type { Edition, Film, Person, Screening, Slot, Venue } from "./types";

export type StepKind = "doors" | "pre-show" | "intro" | "film" | "qa" | "end" | "changeover" | "next-doors";

export interface SheetStep {
  kind: StepKind;
  /** HH:MM on the festival's clock; null after a film whose runtime is unknown. */
  time: string | null;
  label: string;
  /** "DCP · 135 min", "10 min", the next screening's title. */
  detail: string | null;
  /** The clock went back or forward since the screening began: "winter time", "summer time". */
  clockNote: string | null;
}

export interface SheetScreening {
  slotId: number;
  screeningId: number | null;
  status: Screening["status"] | "empty";
  title: string;
  /** The slot's start and end on the festival's clock. */
  start: string;
  end: string;
  afterMidnight: boolean;
  /** The local date when it is not the festival day (after midnight). */
  localDate: string;
  steps: SheetStep[];
  /** Staff only: the screening's internal notes and each guest's. */
  notes: string[];
}

export interface VenueSheet {
  venue: Pick<Venue, "id" | "name" | "capacity" | "stepFree" | "doorsMinutes" | "changeoverMinutes">;
  screenings: SheetScreening[];
}

export interface StaffSheets {
  day: string;
  /** Venues with at least one slot that day, in the edition's order, each on its own page. */
  venues: VenueSheet[];
  /** Names of the venues with nothing that day. */
  idle: string[];
}

export interface StaffSheetInput {
  edition: Pick<Edition, "timeZone" | "dayBreak">;
  day: string;
  venues: readonly Venue[];
  /** Any slots: those of other festival days are left out. */
  slots: readonly Slot[];
  screenings: readonly Screening[];
  films: ReadonlyMap<number, Pick<Film, "id" | "title" | "year" | "directors" | "runtimeMinutes">>;
  people: ReadonlyMap<number, Pick<Person, "id" | "name" | "role" | "internalNotes">>;
}

const MINUTE = 60_000;

function clockOf(instant: Date, timeZone: string, startOffset: number): { time: string; clockNote: string | null } {
  const p = localParts(instant, timeZone);
  const clockNote =
    p.offsetMinutes === startOffset ? null : p.offsetMinutes < startOffset ? "after the clocks went back" : "after the clocks went forward";
  return { time: p.time, clockNote };
}

interface Running {
  screening: Screening;
  slot: Slot;
}

function guestNames(s: Screening, people: StaffSheetInput["people"]): string[] {
  return s.guests.map((g) => {
    const p = people.get(g.personId);
    const name = p?.name ?? `Person ${g.personId}`;
    const role = g.role ?? p?.role;
    return role ? `${name} (${role})` : name;
  });
}

/** The steps from the doors to the end of one screening (the changeover and next doors are added by the venue's order). */
function runningOrder(input: StaffSheetInput, venue: Venue, { screening: s, slot }: Running): SheetStep[] {
  const tz = input.edition.timeZone;
  const startOffset = localParts(slot.startsAt, tz).offsetMinutes;
  const at = (ms: number | null) => (ms === null ? { time: null, clockNote: null } : clockOf(new Date(ms), tz, startOffset));
  const steps: SheetStep[] = [];
  const push = (kind: StepKind, ms: number | null, label: string, detail: string | null) => steps.push({ kind, ...at(ms), label, detail });
  let t: number | null = slot.startsAt.getTime();
  push("doors", t - venue.doorsMinutes * MINUTE, "Doors open", `${venue.doorsMinutes} min before`);
  const part = (kind: StepKind, minutes: number, label: string, detail: string | null) => {
    if (minutes <= 0) return;
    push(kind, t, label, detail);
    t = t === null ? null : t + minutes * MINUTE;
  };
  part("pre-show", s.preShowMinutes, "Pre-show", `${s.preShowMinutes} min`);
  part("intro", s.introMinutes, "Introduction", `${s.introMinutes} min`);
  for (const id of s.filmIds) {
    const f = input.films.get(id);
    const runtime = f?.runtimeMinutes ?? null;
    push("film", t, f ? displayTitle(f) : `Film ${id}`, [s.format, formatRuntime(runtime)].filter(Boolean).join(" · "));
    t = t === null || runtime === null ? null : t + runtime * MINUTE;
  }
  const guests = guestNames(s, input.people);
  part("qa", s.qaMinutes, guests.length ? `Q&A with ${guests.join(", ")}` : "Q&A", `${s.qaMinutes} min`);
  push("end", t, "End", t === null ? "runtime unknown: the slot's end" : null);
  if (t === null) {
    const last = steps.at(-1);
    if (last) Object.assign(last, at(slot.endsAt.getTime()));
  }
  return steps;
}

function sheetScreening(input: StaffSheetInput, venue: Venue, slot: Slot, s: Screening | undefined): SheetScreening {
  const tz = input.edition.timeZone;
  const start = localParts(slot.startsAt, tz);
  const base = {
    slotId: slot.id,
    start: start.time,
    end: localParts(slot.endsAt, tz).time,
    afterMidnight: isAfterMidnight(slot.startsAt, tz, input.edition.dayBreak),
    localDate: start.date,
  };
  if (!s) return { ...base, screeningId: null, status: "empty", title: "Nothing scheduled", steps: [], notes: [] };
  const films = s.filmIds.map((id) => input.films.get(id)).filter((f) => f !== undefined);
  const notes = [
    ...(s.internalNotes ? [s.internalNotes] : []),
    ...s.guests.flatMap((g) => {
      const p = input.people.get(g.personId);
      return p?.internalNotes ? [`${p.name}: ${p.internalNotes}`] : [];
    }),
  ];
  return {
    ...base,
    screeningId: s.id,
    status: s.status,
    title: s.title ?? programmeTitle(films),
    steps: s.status === "cancelled" ? [] : runningOrder(input, venue, { screening: s, slot }),
    notes,
  };
}

/** After each screening: the changeover (when the venue has one and another screening follows) and the next doors. */
function addTurnarounds(input: StaffSheetInput, venue: Venue, list: SheetScreening[], slots: Slot[]): void {
  const tz = input.edition.timeZone;
  const running = list.map((s, i) => ({ s, slot: slots[i] })).filter((x) => x.s.steps.length > 0);
  running.forEach(({ s, slot }, i) => {
    const next = running[i + 1];
    if (!next || !slot) return;
    const offset = localParts(slot.startsAt, tz).offsetMinutes;
    if (venue.changeoverMinutes > 0)
      s.steps.push({
        kind: "changeover",
        ...clockOf(slot.endsAt, tz, offset),
        label: "Changeover",
        detail: `${venue.changeoverMinutes} min`,
      });
    const doors = next.s.steps.find((x) => x.kind === "doors");
    if (doors) s.steps.push({ ...doors, kind: "next-doors", label: "Next doors", detail: `${next.s.start} ${next.s.title}` });
  });
}

export function staffSheets(input: StaffSheetInput): StaffSheets {
  const { timeZone, dayBreak } = input.edition;
  const slots = input.slots
    .filter((s) => festivalDayOf(s.startsAt, timeZone, dayBreak) === input.day)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  const bySlot = new Map(input.screenings.map((s) => [s.slotId, s]));
  const venues: VenueSheet[] = [];
  const idle: string[] = [];
  for (const venue of input.venues) {
    const own = slots.filter((s) => s.venueId === venue.id);
    if (!own.length) {
      idle.push(venue.name);
      continue;
    }
    const list = own.map((slot) => sheetScreening(input, venue, slot, bySlot.get(slot.id)));
    addTurnarounds(input, venue, list, own);
    const { id, name, capacity, stepFree, doorsMinutes, changeoverMinutes } = venue;
    venues.push({ venue: { id, name, capacity, stepFree, doorsMinutes, changeoverMinutes }, screenings: list });
  }
  return { day: input.day, venues, idle };
}
