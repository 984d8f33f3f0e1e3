import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getEditionBySlug } from "@/db/queries/editions";
import { insertScenario } from "@/db/queries/scenarios";
import * as q from "@/db/queries/schedule";
import type { User } from "@/server/auth";
import { lisbonEdition, refusalOf } from "@/server/test/db";
import { copyDay, undoDayCopy } from "./day-copy";
import { createVenue } from "./editions";
import { createFilm } from "./films";
import { createSlot, getBoard, putScreening } from "./schedule";
import { swapVenues } from "./venue-swap";

let admin: User;
let hall: number;
let studio: number;
const slug = "copy-test";

beforeEach(() => {
  admin = lisbonEdition(slug, "Copy");
  hall = createVenue(admin, slug, { name: "Hall", changeoverMinutes: 15 }).id;
  studio = createVenue(admin, slug, { name: "Studio" }).id;
});

const slotAt = (venueId: number, startsAt: string, endsAt: string) => createSlot(admin, slug, { venueId, startsAt, endsAt });
const dayOf = (day: string) => getBoard(admin, slug, day).slots;

/** A scenario "Draft" of the edition with one slot of its own: Hall, Friday 14:00-16:00. */
function draftSlot() {
  const db = getDb();
  const edition = getEditionBySlug(db, slug);
  if (!edition) throw new Error("no edition");
  const scenario = insertScenario(db, edition.id, "Draft");
  const at = { venueId: hall, startsAt: new Date("2026-10-23T13:00:00Z"), endsAt: new Date("2026-10-23T15:00:00Z") };
  return { db, edition, scenario, slot: q.insertSlot(db, edition.id, at, scenario.id) };
}

describe("copyDay", () => {
  function setUp() {
    const film = createFilm(admin, { title: "Matewan", runtimeMinutes: 100 });
    const night = createFilm(admin, { title: "Night Film", runtimeMinutes: 150 });
    const evening = slotAt(hall, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00");
    const late = slotAt(studio, "2026-10-24T00:30:00+01:00", "2026-10-24T02:30:00+01:00");
    putScreening(admin, slug, evening.id, { filmIds: [film.id], status: "confirmed", internalNotes: "35mm print", guests: [] });
    return { film, night, evening, late };
  }

  it("copies the slots and screenings (tentative) at the same clock times, the DST night's slot lasting 180 min", () => {
    const { film } = setUp();
    const r = copyDay(admin, slug, "2026-10-23", { toDay: "2026-10-24", withScreenings: true });
    expect(r.slots.map((s) => [s.startsAt, s.endsAt, s.minutes])).toEqual([
      ["2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00", 120],
      ["2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00", 180],
    ]);
    expect(r.screenings).toMatchObject([{ filmIds: [film.id], status: "tentative", internalNotes: "35mm print" }]);
    expect(r.fit).toMatchObject([{ slotId: r.slots[0]?.id, status: "fits" }]);
    expect(dayOf("2026-10-24")).toHaveLength(2);
  });

  it("refuses with 409 conflict naming toDay when a copy would overlap, and writes nothing", () => {
    setUp();
    slotAt(hall, "2026-10-24T21:00:00+01:00", "2026-10-24T23:00:00+01:00");
    const e = refusalOf(() => copyDay(admin, slug, "2026-10-23", { toDay: "2026-10-24", withScreenings: true }));
    expect([e.status, e.code, Object.keys(e.fields)]).toEqual([409, "conflict", ["toDay"]]);
    expect(e.message).toContain("Hall 20:00-22:00 would overlap the slot there at 21:00-23:00");
    expect(dayOf("2026-10-24")).toHaveLength(1);
  });

  it("refuses a screening that would not fit its shorter copy (from the DST night) with 422, nothing written", () => {
    const { night } = setUp();
    const dstLate = slotAt(hall, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00");
    putScreening(admin, slug, dstLate.id, { filmIds: [night.id], status: "confirmed" });
    const e = refusalOf(() => copyDay(admin, slug, "2026-10-24", { toDay: "2026-10-23", venueIds: [hall], withScreenings: true }));
    expect([e.status, e.code]).toEqual([422, "does_not_fit"]);
    expect(dayOf("2026-10-23")).toHaveLength(2);
  });

  it.each([
    { name: "toDay outside the edition", body: { toDay: "2026-11-01", withScreenings: true }, field: "toDay" },
    { name: "toDay the same day", body: { toDay: "2026-10-23", withScreenings: true }, field: "toDay" },
    { name: "withScreenings missing", body: { toDay: "2026-10-24" }, field: "withScreenings" },
    { name: "an unknown venue", body: { toDay: "2026-10-24", withScreenings: false, venueIds: [1, 999] }, field: "venueIds.1" },
    { name: "an unknown field", body: { toDay: "2026-10-24", withScreenings: false, extra: 1 }, field: "extra" },
  ])("400 naming the field: $name", ({ body, field }) => {
    setUp();
    const e = refusalOf(() => copyDay(admin, slug, "2026-10-23", body));
    expect([e.status, Object.keys(e.fields)]).toEqual([400, [field]]);
  });

  it("works inside a scenario without touching the working lineup; 404 for an unknown scenario", () => {
    setUp();
    const { db, edition, scenario, slot: s } = draftSlot();
    const r = copyDay(admin, slug, "2026-10-23", { toDay: "2026-10-25", withScreenings: false }, String(scenario.id));
    expect(r.slots.map((x) => x.startsAt)).toEqual(["2026-10-25T14:00:00+00:00"]);
    expect(q.listSlots(db, edition.id, scenario.id).map((x) => x.id)).toContain(s.id);
    expect(dayOf("2026-10-25")).toHaveLength(0);
    expect(refusalOf(() => copyDay(admin, slug, "2026-10-23", { toDay: "2026-10-25", withScreenings: false }, "9999")).status).toBe(404);
  });

  it("undo deletes what the copy made while it is unchanged; a changed one refuses 409 and keeps all", () => {
    const { film } = setUp();
    const r = copyDay(admin, slug, "2026-10-23", { toDay: "2026-10-24", withScreenings: true });
    const body = { slots: r.slots.map((s) => ({ id: s.id, version: s.version, screeningVersion: s.screening?.version ?? null })) };
    const first = r.slots[0];
    if (!first) throw new Error("nothing copied");
    putScreening(admin, slug, first.id, { filmIds: [film.id], status: "confirmed" });
    expect(refusalOf(() => undoDayCopy(admin, slug, "2026-10-24", body)).code).toBe("stale_version");
    expect(dayOf("2026-10-24")).toHaveLength(2);
    const again = dayOf("2026-10-24").map((s) => ({ id: s.id, version: s.version, screeningVersion: s.screening?.version ?? null }));
    expect(undoDayCopy(admin, slug, "2026-10-24", { slots: again })).toEqual({ deleted: 2 });
    expect(dayOf("2026-10-24")).toHaveLength(0);
  });
});

describe("swapVenues", () => {
  it("swaps the screenings of slots that pair up by start; again swaps back", () => {
    const a = createFilm(admin, { title: "A", runtimeMinutes: 90 });
    const b = createFilm(admin, { title: "B", runtimeMinutes: 100 });
    const h = slotAt(hall, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const s = slotAt(studio, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const s2Empty = slotAt(hall, "2026-10-23T21:00:00+01:00", "2026-10-23T23:00:00+01:00");
    const s3 = slotAt(studio, "2026-10-23T21:00:00+01:00", "2026-10-23T23:00:00+01:00");
    const pa = putScreening(admin, slug, h.id, { filmIds: [a.id] }).screening;
    putScreening(admin, slug, s.id, { filmIds: [b.id] });
    putScreening(admin, slug, s3.id, { filmIds: [b.id], status: "tentative" });
    const r = swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio });
    expect(r.mode).toBe("screenings");
    const filmIn = (id: number) => r.slots.find((x) => x.id === id)?.screening?.filmIds;
    expect([filmIn(h.id), filmIn(s.id), filmIn(s2Empty.id), filmIn(s3.id)]).toEqual([[b.id], [a.id], [b.id], undefined]);
    expect(r.slots.find((x) => x.id === s.id)?.screening?.id).toBe(pa.id);
    const back = swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio });
    expect(back.slots.find((x) => x.id === h.id)?.screening?.id).toBe(pa.id);
  });

  it("moves the slots themselves when they do not pair up by start", () => {
    const h = slotAt(hall, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const s = slotAt(studio, "2026-10-23T14:00:00+01:00", "2026-10-23T16:00:00+01:00");
    const r = swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio });
    expect(r.mode).toBe("slots");
    expect(r.slots.map((x) => [x.id, x.venueId])).toEqual([
      [s.id, hall],
      [h.id, studio],
    ]);
  });

  it("refuses (422, nothing swapped) a screening that would not fit the paired slot", () => {
    const long = createFilm(admin, { title: "Long", runtimeMinutes: 170 });
    const h = slotAt(hall, "2026-10-23T18:00:00+01:00", "2026-10-23T21:00:00+01:00");
    slotAt(studio, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    putScreening(admin, slug, h.id, { filmIds: [long.id] });
    const e = refusalOf(() => swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio }));
    expect([e.status, e.code]).toEqual([422, "does_not_fit"]);
    expect(dayOf("2026-10-23").find((x) => x.id === h.id)?.screening?.filmIds).toEqual([long.id]);
  });

  it("inside a scenario: only the scenario's slots change venues; 404 for an unknown scenario", () => {
    const working = slotAt(hall, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const { scenario, slot: draft } = draftSlot();
    const r = swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio }, String(scenario.id));
    expect(r.slots.map((x) => [x.id, x.venueId])).toEqual([[draft.id, studio]]);
    expect(dayOf("2026-10-23").map((x) => [x.id, x.venueId])).toEqual([[working.id, hall]]);
    expect(refusalOf(() => swapVenues(admin, slug, { day: "2026-10-23", venueA: hall, venueB: studio }, "9999")).status).toBe(404);
  });

  it.each([
    { name: "the same venue twice", body: () => ({ day: "2026-10-23", venueA: hall, venueB: hall }), field: "venueB" },
    { name: "an unknown venue", body: () => ({ day: "2026-10-23", venueA: hall, venueB: 999 }), field: "venueB" },
    { name: "a day outside the edition", body: () => ({ day: "2026-12-01", venueA: hall, venueB: studio }), field: "day" },
    { name: "a missing day", body: () => ({ venueA: hall, venueB: studio }), field: "day" },
  ])("400 naming the field: $name", ({ body, field }) => {
    const e = refusalOf(() => swapVenues(admin, slug, body()));
    expect([e.status, Object.keys(e.fields)]).toEqual([400, [field]]);
  });
});
