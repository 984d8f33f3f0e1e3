import { beforeEach, describe, expect, it } from "vitest";
import type { User } from "@/server/auth";
import { lisbonEdition, refusalOf } from "@/server/test/db";
import { createSlotsFromPattern, moveScreening, moveScreeningRequest } from "./board";
import { createVenue } from "./editions";
import { createFilm } from "./films";
import { createSlot, getBoard, putScreening } from "./schedule";

let admin: User;
let venue: number;
let venue2: number;
const slug = "board-test";

beforeEach(() => {
  admin = lisbonEdition(slug, "Board");
  venue = createVenue(admin, slug, { name: "Cinema 1", changeoverMinutes: 15 }).id;
  venue2 = createVenue(admin, slug, { name: "Hall B" }).id;
});

describe("moveScreening", () => {
  function setUp() {
    const film = createFilm(admin, { title: "Matewan", runtimeMinutes: 177 });
    const a = createSlot(admin, slug, { venueId: venue, startsAt: "2026-10-24T14:00:00+01:00", endsAt: "2026-10-24T17:15:00+01:00" });
    const b = createSlot(admin, slug, { venueId: venue2, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T21:15:00+01:00" });
    const short = createSlot(admin, slug, { venueId: venue2, startsAt: "2026-10-24T10:00:00+01:00", endsAt: "2026-10-24T12:30:00+01:00" });
    const placed = putScreening(admin, slug, a.id, { filmIds: [film.id], status: "confirmed" });
    return { film, a, b, short, placed };
  }

  it("moves the screening, keeping its identity, in one go", () => {
    const { a, b, placed, film } = setUp();
    const r = moveScreening(admin, slug, a.id, b.id, { version: placed.screening.version });
    expect(r.from.screening).toBeNull();
    expect(r.to.screening).toMatchObject({ id: placed.screening.id, filmIds: [film.id] });
    expect(r.to.fit?.spareMinutes).toBe(18);
  });

  it("refuses a stale version with 409 stale_version", () => {
    const { a, b, placed } = setUp();
    const e = refusalOf(() => moveScreening(admin, slug, a.id, b.id, { version: placed.screening.version + 1 }));
    expect([e.status, e.code]).toEqual([409, "stale_version"]);
  });

  it("refuses an occupied target with 409 and changes nothing", () => {
    const { a, b, placed } = setUp();
    const other = createFilm(admin, { title: "Other", runtimeMinutes: 60 });
    putScreening(admin, slug, b.id, { filmIds: [other.id] });
    const e = refusalOf(() => moveScreening(admin, slug, a.id, b.id, { version: placed.screening.version }));
    expect([e.status, e.code]).toEqual([409, "conflict"]);
    const slots = getBoard(admin, slug).slots;
    expect(slots.find((s) => s.id === a.id)!.screening?.id).toBe(placed.screening.id);
  });

  it("refuses a target it would not fit with 422 does_not_fit and the arithmetic", () => {
    const { a, short, placed } = setUp();
    const e = refusalOf(() => moveScreening(admin, slug, a.id, short.id, { version: placed.screening.version }));
    expect([e.status, e.code]).toEqual([422, "does_not_fit"]);
    expect((e.details.fit as { message: string }).message).toBe("177 = 177 min > 150 min slot, over by 27 min");
  });

  it("authorises first: the public gets 401 before anything is read", () => {
    expect(refusalOf(() => moveScreeningRequest(null, slug, 1, { nonsense: true })).status).toBe(401);
    expect(refusalOf(() => moveScreeningRequest(admin, slug, 1, { nonsense: true })).fields).toHaveProperty("nonsense");
  });
});

describe("createSlotsFromPattern", () => {
  it("creates each time on every festival day, with the day-break rule and real minutes", () => {
    const r = createSlotsFromPattern(admin, slug, { venueId: venue2, times: ["14:00", "17:00", "00:30"], minutes: 150 });
    expect(r.slots).toHaveLength(9);
    const night = r.slots.find((s) => s.festivalDay === "2026-10-24" && s.startsAt.includes("T00:30"))!;
    expect(night).toMatchObject({ startsAt: "2026-10-25T00:30:00+01:00", endsAt: "2026-10-25T02:00:00+00:00", minutes: 150 });
  });

  it("only the days given", () => {
    const r = createSlotsFromPattern(admin, slug, { venueId: venue, times: ["20:30"], minutes: 90, days: ["2026-10-24"] });
    expect(r.slots.map((s) => s.startsAt)).toEqual(["2026-10-24T20:30:00+01:00"]);
  });

  it.each([
    ["an invalid time", { times: ["14:00", "25:00"] }, "times.1"],
    ["a day outside the edition", { times: ["14:00"], days: ["2026-10-26"] }, "days.0"],
    ["an unknown venue", { venueId: 99999, times: ["14:00"] }, "venueId"],
  ])("refuses the whole pattern for %s (400 naming the field), creating nothing", (_n, patch, field) => {
    const e = refusalOf(() => createSlotsFromPattern(admin, slug, { venueId: venue, minutes: 120, ...patch }));
    expect(e.status).toBe(400);
    expect(e.fields).toHaveProperty(field);
    expect(getBoard(admin, slug).slots).toHaveLength(0);
  });
});
