/**
 * A write and a day's board judge only what they can affect (lib/conflicts conflictsTouching over
 * a scoped state), and the conflicts page and the release use a whole-edition analysis cached per
 * lineup version. Property: after any sequence of random edits, each of them answers exactly what
 * lib's whole-edition analysis, run afresh on everything, finds for the same slots.
 */

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { addDays } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";
import type { Conflict } from "@/lib/types";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { createSlotsFromPattern, moveScreening } from "./board";
import { createEdition, createVenue, requireEdition, updateVenue } from "./editions";
import { createFilm, updateFilm } from "./films";
import { createPerson, updatePerson } from "./people";
import { previewRelease } from "./releases";
import {
  conflictsOf,
  createSlot,
  deleteScreening,
  deleteSlot,
  getBoard,
  getSlot,
  listConflicts,
  loadState,
  putScreening,
  slotViews,
  updateSlot,
} from "./schedule";
import { putWalkingMinutes } from "./walking";

const FIRST = "2026-10-23";
const LAST = "2026-10-25"; // Lisbon's clocks go back in the night of the 25th
const DAYS = [addDays(FIRST, -1), FIRST, "2026-10-24", LAST, addDays(LAST, 1)];
const BASE = Date.parse("2026-10-22T00:00:00Z");
const MIN = 60_000;
/** Lengths that include the longest slot (24 h), so the reach of a neighbour is tested at its edge. */
const LENGTHS = [30, 60, 95, 120, 120, 180, 180, 300, 1440];

type Edit =
  | { kind: "slot"; venue: number; at: number; length: number }
  | { kind: "patch"; slot: number; at?: number; length?: number; venue?: number }
  | { kind: "delete-slot"; slot: number }
  | { kind: "screening"; slot: number; films: number[]; status: "tentative" | "confirmed" | "cancelled"; qa: number; guests: number[] }
  | { kind: "delete-screening"; slot: number }
  | { kind: "move"; from: number; to: number }
  | { kind: "changeover"; venue: number; minutes: number }
  | { kind: "runtime"; film: number; minutes: number | null }
  | { kind: "pattern"; venue: number; time: string; length: number }
  | { kind: "availability"; person: number; from: number; hours: number }
  | { kind: "walking"; pairs: { from: number; to: number; minutes: number }[] };

const index = fc.nat({ max: 1000 });
/** A start, in quarter-hours from BASE: often on the hour of one busy afternoon, so neighbours touch (changeovers). */
const start = fc.oneof(
  { arbitrary: fc.nat({ max: 14 }).map((h) => (58 + h) * 4), weight: 3 },
  { arbitrary: fc.nat({ max: 5 * 24 }).map((h) => h * 4), weight: 2 },
  { arbitrary: fc.nat({ max: 5 * 96 }), weight: 1 },
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("slot" as const),
      venue: fc.nat({ max: 2 }),
      at: start,
      length: fc.constantFrom(...LENGTHS),
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant("patch" as const),
        slot: index,
        at: start,
        length: fc.constantFrom(...LENGTHS),
        venue: fc.nat({ max: 2 }),
      },
      { requiredKeys: ["kind", "slot", "at", "length"] },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("delete-slot" as const), slot: index }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("screening" as const),
      slot: index,
      films: fc.oneof(
        { arbitrary: fc.uniqueArray(fc.nat({ max: 1 }), { minLength: 1, maxLength: 2 }), weight: 3 },
        { arbitrary: fc.uniqueArray(fc.nat({ max: 5 }), { minLength: 1, maxLength: 2 }), weight: 1 },
      ),
      status: fc.constantFrom("tentative" as const, "confirmed" as const, "cancelled" as const),
      qa: fc.constantFrom(0, 20),
      guests: fc.uniqueArray(fc.nat({ max: 2 }), { maxLength: 2 }),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("availability" as const),
      person: fc.nat({ max: 2 }),
      from: start,
      hours: fc.constantFrom(0, 4, 30),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("walking" as const),
      pairs: fc.array(fc.record({ from: fc.nat({ max: 2 }), to: fc.nat({ max: 2 }), minutes: fc.constantFrom(0, 10, 45, 240) }), {
        maxLength: 4,
      }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("delete-screening" as const), slot: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("move" as const), from: index, to: index }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("changeover" as const), venue: fc.nat({ max: 2 }), minutes: fc.constantFrom(0, 15, 45) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("runtime" as const), film: fc.nat({ max: 2 }), minutes: fc.constantFrom(null, 10, 50, 100) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("pattern" as const),
      venue: fc.nat({ max: 2 }),
      time: fc.constantFrom("05:30", "14:00", "23:45"),
      length: fc.constantFrom(90, 600),
    }),
    weight: 1,
  },
);

/** A conflict as comparable text; lists of them as sorted texts (the order is not part of the contract). */
const key = (c: Conflict) => JSON.stringify([c.type, c.severity, c.message, c.slotIds, c.filmIds]);
const keys = (cs: Conflict[]) => cs.map(key).sort();

let admin: User;
let run = 0;

beforeAll(() => {
  ({ admin } = freshDatabase());
});

/** Runs a write; a refusal (4xx) is a fine answer to a random edit, and leaves nothing behind. */
function attempt<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ServiceError) return null;
    throw e;
  }
}

describe("scoped conflicts = the whole-edition analysis, over random edits", () => {
  it("a write's answer, every day's board and the cached whole-edition list", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 6, maxLength: 30 }), (edits) => {
        const slug = `scoped-${++run}`;
        createEdition(admin, { slug, name: "Scoped", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
        const venues = [0, 15, 30].map((changeoverMinutes, i) => createVenue(admin, slug, { name: `V${i}`, changeoverMinutes }));
        const films = [40, 55, 90, 20, 15, 200].map((runtimeMinutes, i) => createFilm(admin, { title: `F${run}-${i}`, runtimeMinutes }));
        // guests: people are shared by every edition, so each run has its own
        const people = ["Ana", "Bo", "Cy"].map((name) => createPerson(admin, { name: `${name} ${run}` }));
        const slotIds: number[] = [];
        const at = (q: number, length: number) => ({
          startsAt: new Date(BASE + q * 15 * MIN).toISOString(),
          endsAt: new Date(BASE + q * 15 * MIN + length * MIN).toISOString(),
        });
        const pick = (i: number) => itemAt(slotIds, i % Math.max(1, slotIds.length), "slot");
        const pickVenue = (i: number) => itemAt(venues, i % venues.length, "venue");
        const pickFilm = (i: number) => itemAt(films, i % films.length, "film");
        const pickPerson = (i: number) => itemAt(people, i % people.length, "person");

        /** What lib finds over everything, afresh (no cache), for the slots asked about. */
        const whole = () => {
          const db = getDb();
          const state = loadState(db, requireEdition(db, slug));
          return { state, conflicts: conflictsOf(state) };
        };
        const touching = (conflicts: Conflict[], id: number) => keys(conflicts.filter((c) => c.slotIds.includes(id)));

        for (const e of edits) {
          // answered: the slot views a write returns, or the screening's conflicts of a PUT
          let answered: { id: number; conflicts: Conflict[] }[] = [];
          if (e.kind === "slot") {
            const v = attempt(() => createSlot(admin, slug, { venueId: pickVenue(e.venue).id, ...at(e.at, e.length) }));
            if (v) {
              slotIds.push(v.id);
              answered = [v];
            }
          } else if (e.kind === "patch" && slotIds.length) {
            const patch: Record<string, unknown> = {};
            if (e.venue !== undefined) patch.venueId = pickVenue(e.venue).id;
            if (e.at !== undefined) Object.assign(patch, at(e.at, e.length ?? 60));
            const v = attempt(() => updateSlot(admin, slug, pick(e.slot), patch));
            if (v) answered = [v];
          } else if (e.kind === "delete-slot" && slotIds.length) {
            const id = pick(e.slot);
            if (attempt(() => deleteSlot(admin, slug, id)) !== null) slotIds.splice(slotIds.indexOf(id), 1);
          } else if (e.kind === "screening" && slotIds.length) {
            const id = pick(e.slot);
            const r = attempt(() =>
              putScreening(admin, slug, id, {
                filmIds: e.films.map((f) => pickFilm(f).id),
                status: e.status,
                qaMinutes: e.qa,
                guests: e.guests.map((g) => ({ personId: pickPerson(g).id, role: null })),
              }),
            );
            if (r) answered = [{ id, conflicts: r.conflicts }];
          } else if (e.kind === "delete-screening" && slotIds.length) {
            attempt(() => deleteScreening(admin, slug, pick(e.slot)));
          } else if (e.kind === "move" && slotIds.length) {
            const r = attempt(() => moveScreening(admin, slug, pick(e.from), pick(e.to)));
            if (r) answered = [r.from, r.to];
          } else if (e.kind === "changeover") {
            attempt(() => updateVenue(admin, slug, pickVenue(e.venue).id, { changeoverMinutes: e.minutes }));
          } else if (e.kind === "runtime") {
            attempt(() => updateFilm(admin, pickFilm(e.film).id, { runtimeMinutes: e.minutes }));
          } else if (e.kind === "availability") {
            // 0 hours: always available again
            const from = BASE + e.from * 15 * MIN;
            const availability = e.hours
              ? [{ from: new Date(from).toISOString(), to: new Date(from + e.hours * 60 * MIN).toISOString() }]
              : [];
            attempt(() => updatePerson(admin, pickPerson(e.person).id, { availability }));
          } else if (e.kind === "walking") {
            // pairs within one venue or given twice are refused (400): a fine answer too
            const minutes = e.pairs.map((p) => ({ fromVenueId: pickVenue(p.from).id, toVenueId: pickVenue(p.to).id, minutes: p.minutes }));
            attempt(() => putWalkingMinutes(admin, slug, { minutes }));
          } else if (e.kind === "pattern") {
            const r = attempt(() =>
              createSlotsFromPattern(admin, slug, { venueId: pickVenue(e.venue).id, times: [e.time], minutes: e.length }),
            );
            if (r) {
              slotIds.push(...r.slots.map((s) => s.id));
              answered = r.slots;
            }
          }

          const { state, conflicts } = whole();
          for (const a of answered) expect(keys(a.conflicts)).toEqual(touching(conflicts, a.id));
          const views = slotViews(state, conflicts);

          // every slot judged alone, as a write judges the slot it wrote
          for (const v of views) expect(keys(getSlot(admin, slug, v.id).conflicts)).toEqual(touching(conflicts, v.id));

          // every day's board: the same slots as the whole edition's views of that day, judged alike
          for (const day of DAYS) {
            const board = getBoard(admin, slug, day);
            const expected = views.filter((v) => v.festivalDay === day);
            expect(board.slots.map((s) => s.id)).toEqual(expected.map((s) => s.id));
            for (const [i, s] of board.slots.entries()) {
              const x = expected[i];
              expect({ ...s, conflicts: keys(s.conflicts) }).toEqual({ ...x, conflicts: x ? keys(x.conflicts) : [] });
            }
          }

          // the cached whole-edition analysis is never stale
          expect(keys(listConflicts(admin, slug))).toEqual(keys(conflicts));
          expect(keys(getBoard(admin, slug).conflicts)).toEqual(keys(conflicts));
          expect(keys(previewRelease(admin, slug).conflicts)).toEqual(keys(conflicts));
        }
      }),
      { numRuns: 30, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
    // 30 random festivals take ~12 s on an idle machine: room for a busy one
  }, 90_000);
});

describe("a write's answer: named cases at the edges of a slot's reach", () => {
  let slug: string;
  let venueId: number;
  let film: number;
  const put = (id: number, status: "confirmed" | "tentative" = "confirmed") =>
    putScreening(admin, slug, id, { filmIds: [film], status }).conflicts.map((c) => c.type);
  const slot = (startsAt: string, endsAt: string, venue = venueId) => createSlot(admin, slug, { venueId: venue, startsAt, endsAt });

  beforeAll(() => {
    slug = `named-${++run}`;
    createEdition(admin, { slug, name: "Named", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
    venueId = createVenue(admin, slug, { name: "Cinema", changeoverMinutes: 30 }).id;
    film = createFilm(admin, { title: `Named ${run}`, runtimeMinutes: 60 }).id;
  });

  it.each([
    {
      name: "a neighbour that ends when the new slot starts, inside the changeover",
      before: ["2026-10-23T14:00:00+01:00", "2026-10-23T15:00:00+01:00"],
      after: ["2026-10-23T15:00:00+01:00", "2026-10-23T16:30:00+01:00"],
      types: ["changeover"],
    },
    {
      name: "a neighbour that starts when the new slot ends, inside the changeover",
      before: ["2026-10-23T19:00:00+01:00", "2026-10-23T20:00:00+01:00"],
      after: ["2026-10-23T17:30:00+01:00", "2026-10-23T18:45:00+01:00"],
      types: ["changeover"],
    },
    {
      name: "a 24-hour slot that started the day before and runs over the new one",
      before: ["2026-10-23T20:00:00+01:00", "2026-10-24T20:00:00+01:00"],
      after: ["2026-10-24T19:00:00+01:00", "2026-10-24T21:00:00+01:00"],
      types: ["venue-overlap"],
    },
    {
      name: "exactly the changeover apart: no clash",
      before: ["2026-10-24T10:00:00+01:00", "2026-10-24T11:00:00+01:00"],
      after: ["2026-10-24T11:30:00+01:00", "2026-10-24T13:00:00+01:00"],
      types: [],
    },
  ])("$name", ({ before, after, types }) => {
    const [a0 = "", a1 = ""] = before;
    const [b0 = "", b1 = ""] = after;
    const first = slot(a0, a1);
    const second = slot(b0, b1);
    expect(second.conflicts.map((c) => c.type)).toEqual(types);
    expect(
      getBoard(admin, slug, first.festivalDay)
        .slots.find((s) => s.id === first.id)
        ?.conflicts.map((c) => c.type),
    ).toEqual(types);
    deleteSlot(admin, slug, first.id);
    deleteSlot(admin, slug, second.id);
  });

  it("one print in two places: the same film at an overlapping time in another venue", () => {
    const other = createVenue(admin, slug, { name: `Hall ${run}` }).id;
    const a = slot("2026-10-25T14:00:00+00:00", "2026-10-25T16:00:00+00:00");
    const b = slot("2026-10-25T15:30:00+00:00", "2026-10-25T17:00:00+00:00", other);
    expect(put(a.id)).toEqual([]);
    expect(put(b.id, "tentative")).toEqual(["film-overlap"]);
  });
});

describe("a write's answer: a guest's other screenings, wherever they are", () => {
  it("a guest in another venue at an overlapping time, with another film: guest-overlap in the answer, on the slot and on the board", () => {
    const slug = `guests-${++run}`;
    createEdition(admin, { slug, name: "Guests", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
    const [a, b] = ["Cinema", "Hall"].map((name) => createVenue(admin, slug, { name }).id);
    const [f, g] = ["Salt", "Looms"].map((title) => createFilm(admin, { title: `${title} ${run}`, runtimeMinutes: 50 }).id);
    const ana = createPerson(admin, { name: `Ana ${run}` }).id;
    const guests = [{ personId: ana, role: "director" }];
    const first = createSlot(admin, slug, { venueId: a ?? 0, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T19:00:00+01:00" });
    const second = createSlot(admin, slug, { venueId: b ?? 0, startsAt: "2026-10-24T18:30:00+01:00", endsAt: "2026-10-24T19:30:00+01:00" });
    putScreening(admin, slug, first.id, { filmIds: [f ?? 0], status: "confirmed", guests });
    const answer = putScreening(admin, slug, second.id, { filmIds: [g ?? 0], status: "tentative", guests }).conflicts;
    expect(answer.map((c) => [c.type, c.severity, c.slotIds])).toEqual([["guest-overlap", "warning", [first.id, second.id]]]);
    expect(answer[0]?.message).toContain(`"Salt ${run}" at 2026-10-24 18:00–19:00 in Cinema`);
    expect(keys(getSlot(admin, slug, first.id).conflicts)).toEqual(keys(answer));
    expect(keys(listConflicts(admin, slug))).toEqual(keys(answer));
    // away: outside their days at the festival (a warning of its own)
    updatePerson(admin, ana, { availability: [{ from: "2026-10-23T10:00:00+01:00", to: "2026-10-24T18:15:00+01:00" }] });
    const away = getSlot(admin, slug, second.id)
      .conflicts.map((c) => c.type)
      .sort();
    expect(away).toEqual(["guest-overlap", "guest-unavailable"]);
    expect(keys(getSlot(admin, slug, second.id).conflicts)).toEqual(
      keys(listConflicts(admin, slug).filter((c) => c.slotIds.includes(second.id))),
    );
  });
});

describe("a guest and the walk between venues", () => {
  it("10 min between screenings in venues 15 min' walk apart: guest-overlap in the answer, on the slot, the board and the edition's list", () => {
    const slug = `walk-${++run}`;
    createEdition(admin, { slug, name: "Walk", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
    const [a = 0, b = 0] = ["Cinema Operário", "Batalha"].map((name) => createVenue(admin, slug, { name }).id);
    const [f = 0, g = 0] = ["Salt", "Looms"].map((title) => createFilm(admin, { title: `${title} ${run}`, runtimeMinutes: 50 }).id);
    const guests = [{ personId: createPerson(admin, { name: `Ana ${run}` }).id, role: "director" }];
    const first = createSlot(admin, slug, { venueId: a, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T19:00:00+01:00" });
    const second = createSlot(admin, slug, { venueId: b, startsAt: "2026-10-24T19:10:00+01:00", endsAt: "2026-10-24T20:10:00+01:00" });
    putScreening(admin, slug, first.id, { filmIds: [f], status: "confirmed", guests });
    expect(putScreening(admin, slug, second.id, { filmIds: [g], status: "confirmed", guests }).conflicts).toEqual([]);
    expect(listConflicts(admin, slug)).toEqual([]);

    // given one way only: the walk back is the same
    putWalkingMinutes(admin, slug, { minutes: [{ fromVenueId: b, toVenueId: a, minutes: 15 }] });
    const all = listConflicts(admin, slug);
    expect(all.map((c) => [c.type, c.severity, c.slotIds])).toEqual([["guest-overlap", "error", [first.id, second.id]]]);
    expect(all[0]?.message).toContain("only 10 min between them, and the walk from Cinema Operário to Batalha takes 15 min");
    for (const id of [first.id, second.id]) expect(keys(getSlot(admin, slug, id).conflicts)).toEqual(keys(all));
    expect(keys(getBoard(admin, slug, "2026-10-24").slots.flatMap((s) => s.conflicts))).toEqual(keys([...all, ...all]));
    const db = getDb();
    expect(keys(conflictsOf(loadState(db, requireEdition(db, slug))))).toEqual(keys(all));

    // a walk of exactly the gap: no clash
    putWalkingMinutes(admin, slug, { minutes: [{ fromVenueId: a, toVenueId: b, minutes: 10 }] });
    expect(listConflicts(admin, slug)).toEqual([]);
    expect(getSlot(admin, slug, second.id).conflicts).toEqual([]);
  });
});

describe("a day's board: the day named", () => {
  it.each(["2026-13-01", "24-10-2026", "tomorrow"])("%s is refused with 400 naming day", (day) => {
    const slug = `day-${++run}`;
    createEdition(admin, { slug, name: "Day", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
    let error: unknown;
    try {
      getBoard(admin, slug, day);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(error instanceof ServiceError && { status: error.status, fields: error.fields }).toEqual({
      status: 400,
      fields: { day: "must be a festival day like 2026-10-23" },
    });
  });
});
