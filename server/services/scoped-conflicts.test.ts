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
import type { Conflict } from "@/lib/types";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { createSlotsFromPattern, moveScreening } from "./board";
import { createEdition, createVenue, requireEdition, updateVenue } from "./editions";
import { createFilm, updateFilm } from "./films";
import { previewRelease } from "./releases";
import {
  conflictsOf,
  createSlot,
  deleteScreening,
  deleteSlot,
  getBoard,
  listConflicts,
  loadState,
  putScreening,
  slotViews,
  updateSlot,
} from "./schedule";

const FIRST = "2026-10-23";
const LAST = "2026-10-25"; // Lisbon's clocks go back in the night of the 25th
const DAYS = [addDays(FIRST, -1), FIRST, "2026-10-24", LAST, addDays(LAST, 1)];
const BASE = Date.parse("2026-10-22T00:00:00Z");
const MIN = 60_000;
/** Lengths that include the longest slot (24 h), so the reach of a neighbour is tested at its edge. */
const LENGTHS = [30, 60, 95, 120, 180, 300, 1440];

type Edit =
  | { kind: "slot"; venue: number; at: number; length: number }
  | { kind: "patch"; slot: number; at?: number; length?: number; venue?: number }
  | { kind: "delete-slot"; slot: number }
  | { kind: "screening"; slot: number; films: number[]; status: "tentative" | "confirmed" | "cancelled"; qa: number }
  | { kind: "delete-screening"; slot: number }
  | { kind: "move"; from: number; to: number }
  | { kind: "changeover"; venue: number; minutes: number }
  | { kind: "runtime"; film: number; minutes: number | null }
  | { kind: "pattern"; venue: number; time: string; length: number };

const index = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("slot" as const),
      venue: fc.nat({ max: 2 }),
      at: fc.nat({ max: 5 * 96 }),
      length: fc.constantFrom(...LENGTHS),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant("patch" as const),
        slot: index,
        at: fc.nat({ max: 5 * 96 }),
        length: fc.constantFrom(...LENGTHS),
        venue: fc.nat({ max: 2 }),
      },
      { requiredKeys: ["kind", "slot"] },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("delete-slot" as const), slot: index }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("screening" as const),
      slot: index,
      films: fc.uniqueArray(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }),
      status: fc.constantFrom("tentative" as const, "confirmed" as const, "cancelled" as const),
      qa: fc.constantFrom(0, 20),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constant("delete-screening" as const), slot: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("move" as const), from: index, to: index }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("changeover" as const), venue: fc.nat({ max: 2 }), minutes: fc.constantFrom(0, 15, 45) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("runtime" as const), film: fc.nat({ max: 5 }), minutes: fc.constantFrom(null, 10, 50, 100) }),
    weight: 1,
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
      fc.property(fc.array(edit, { minLength: 1, maxLength: 14 }), (edits) => {
        const slug = `scoped-${++run}`;
        createEdition(admin, { slug, name: "Scoped", firstDay: FIRST, lastDay: LAST, timeZone: "Europe/Lisbon" });
        const venues = [0, 15, 30].map((changeoverMinutes, i) => createVenue(admin, slug, { name: `V${i}`, changeoverMinutes }));
        const films = [40, 55, 90, 120, 15, 200].map((runtimeMinutes, i) => createFilm(admin, { title: `F${run}-${i}`, runtimeMinutes }));
        const slotIds: number[] = [];
        const at = (q: number, length: number) => ({
          startsAt: new Date(BASE + q * 15 * MIN).toISOString(),
          endsAt: new Date(BASE + q * 15 * MIN + length * MIN).toISOString(),
        });
        const pick = (i: number) => slotIds[i % Math.max(1, slotIds.length)];
        const pickVenue = (i: number) => venues[i % venues.length];
        const pickFilm = (i: number) => films[i % films.length];

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
              putScreening(admin, slug, id, { filmIds: e.films.map((f) => pickFilm(f).id), status: e.status, qaMinutes: e.qa }),
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

          // every day's board: the same slots as the whole edition's views of that day, judged alike
          const views = slotViews(state, conflicts);
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
      { numRuns: 40, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  });
});
