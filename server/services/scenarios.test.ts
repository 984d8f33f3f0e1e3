import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { latestRelease } from "@/db/queries/releases";
import { listSlots, updateSlot as updateSlotRow } from "@/db/queries/schedule";
import type { User } from "@/server/auth";
import { lisbonEdition, refusalOf } from "@/server/test/db";
import { createSlotsFromPattern, moveScreening } from "./board";
import { createVenue, requireEdition } from "./editions";
import { createFilm } from "./films";
import { publishRelease } from "./releases";
import { createScenario, deleteScenario, listScenarios, promoteScenario, updateScenario } from "./scenarios";
import { compareScenario } from "./scenarios-compare";
import { scenarioParam } from "./scenarios-lineup";
import { createSlot, deleteSlot, getBoard, getSlot, listConflicts, putScreening } from "./schedule";

let admin: User;
let venue: number;
const slug = "scenario-test";

beforeEach(() => {
  admin = lisbonEdition(slug, "Scenarios");
  venue = createVenue(admin, slug, { name: "Cinema 1", changeoverMinutes: 15 }).id;
});

/** Two slots, the first holding Matewan (confirmed), the second empty (and held when `held`). */
function working(held = false) {
  const film = createFilm(admin, { title: "Matewan", runtimeMinutes: 130 });
  const a = createSlot(admin, slug, { venueId: venue, startsAt: "2026-10-24T14:00:00+01:00", endsAt: "2026-10-24T16:30:00+01:00" });
  const b = createSlot(admin, slug, { venueId: venue, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T20:30:00+01:00" });
  // a hold (set through PATCH slot by the board's holds): set here in the table; a held slot takes no screening
  if (held) updateSlotRow(getDb(), b.id, { holdNote: "opening night, title to come" });
  const placed = putScreening(admin, slug, a.id, { filmIds: [film.id], status: "confirmed" });
  return { film, a, b, placed };
}

const picture = (scenarioId: number | null = null) =>
  getBoard(admin, slug, undefined, scenarioId).slots.map((s) => ({ start: s.startsAt, film: s.screening?.filmIds ?? [] }));

describe("scenarios", () => {
  it("copies the working lineup (slots, screenings, films, hold notes) with new ids, and lists sizes", () => {
    const { a, placed } = working(true);
    const s = createScenario(admin, slug, { name: "Dardennes open", from: "current" });
    expect(s).toMatchObject({ name: "Dardennes open", version: 1, slots: 2, screenings: 1 });
    const copy = getBoard(admin, slug, undefined, s.id).slots;
    expect(copy.map((x) => x.id)).not.toContain(a.id);
    expect(copy.find((x) => x.screening)?.screening?.id).not.toBe(placed.screening.id);
    expect(picture(s.id)).toEqual(picture());
    const editionId = requireEdition(getDb(), slug).id;
    expect(listSlots(getDb(), editionId, s.id).map((x) => x.holdNote)).toEqual([null, "opening night, title to come"]);
    const empty = createScenario(admin, slug, { name: "Blank", from: "empty" });
    expect(empty).toMatchObject({ slots: 0, screenings: 0 });
    const second = createScenario(admin, slug, { name: "Copy of copy", from: s.id });
    expect(second).toMatchObject({ slots: 2, screenings: 1 });
    expect(listScenarios(admin, slug).map((x) => x.name)).toEqual(["Dardennes open", "Blank", "Copy of copy"]);
  });

  it("edits inside a scenario leave the working lineup alone and grow the scenario's version", () => {
    const { a } = working();
    const before = picture();
    const s = createScenario(admin, slug, { name: "What if", from: "current" });
    const [from, to] = getBoard(admin, slug, undefined, s.id).slots;
    moveScreening(admin, slug, from!.id, to!.id, {}, s.id);
    createSlotsFromPattern(admin, slug, { venueId: venue, times: ["10:00"], minutes: 90, days: ["2026-10-23"] }, s.id);
    expect(picture()).toEqual(before);
    expect(picture(s.id)).toHaveLength(3);
    expect(listScenarios(admin, slug)[0]?.version).toBe(3);
    // a working slot is not there inside the scenario, nor a scenario's slot in the working lineup
    expect(refusalOf(() => getSlot(admin, slug, a.id, s.id)).status).toBe(404);
    expect(refusalOf(() => deleteSlot(admin, slug, to!.id)).status).toBe(404);
    expect(listConflicts(admin, slug, s.id)).toEqual([]);
  });

  it("refuses a scenario of another edition or an unknown one (404) and a bad ?scenario= (422)", () => {
    working();
    expect(refusalOf(() => getBoard(admin, slug, undefined, 999)).status).toBe(404);
    expect(refusalOf(() => createScenario(admin, slug, { name: "x", from: 999 })).fields).toEqual({
      from: "is not a scenario of this edition",
    });
    const e = refusalOf(() => scenarioParam("1.5"));
    expect([e.status, e.fields]).toEqual([422, { scenario: "must be a scenario id (a positive whole number)" }]);
    expect(scenarioParam(null)).toBeNull();
    expect(scenarioParam("12")).toBe(12);
  });

  it("renames with the version (409 stale_version when stale) and deletes with its rows", () => {
    working();
    const s = createScenario(admin, slug, { name: "Draft A", from: "current" });
    expect(updateScenario(admin, slug, s.id, { name: "Draft B", version: 1 })).toMatchObject({ name: "Draft B", version: 2 });
    expect(refusalOf(() => updateScenario(admin, slug, s.id, { name: "Draft C", version: 1 })).code).toBe("stale_version");
    deleteScenario(admin, slug, s.id);
    expect(listScenarios(admin, slug)).toEqual([]);
    expect(picture()).toHaveLength(2);
  });

  it("promotes in one go keeping the screenings' ids, keeps the old lineup, and undoes by promoting it back", () => {
    const { a, b, placed, film } = working();
    const before = picture();
    const s = createScenario(admin, slug, { name: "Evening", from: "current" });
    const [from, to] = getBoard(admin, slug, undefined, s.id).slots;
    moveScreening(admin, slug, from!.id, to!.id, {}, s.id);
    const v = listScenarios(admin, slug)[0]!.version;
    expect(refusalOf(() => promoteScenario(admin, slug, s.id, { version: v - 1 })).code).toBe("stale_version");
    const promoted = promoteScenario(admin, slug, s.id, { version: v });
    expect(promoted.kept).toMatchObject({ name: "before promoting Evening", version: 1 });
    const now = getBoard(admin, slug).slots;
    expect(now.map((x) => x.screening?.id ?? null)).toEqual([null, placed.screening.id]);
    expect(now[1]?.screening?.filmIds).toEqual([film.id]);
    expect(listScenarios(admin, slug).map((x) => x.name)).toEqual(["before promoting Evening"]);
    const undone = promoteScenario(admin, slug, promoted.kept.id, { version: 1 });
    expect(picture()).toEqual(before);
    // the edited lineup is a scenario again, under its own name
    expect(undone.kept.name).toBe("Evening");
    expect(listScenarios(admin, slug).map((x) => x.name)).toEqual(["Evening"]);
    expect(picture(undone.kept.id)).toEqual(picture(null).map((x, i) => (i === 0 ? { ...x, film: [] } : { ...x, film: [film.id] })));
    const back = getBoard(admin, slug).slots;
    expect(back.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(back[0]?.screening?.id).toBe(placed.screening.id);
  });

  it("never releases a scenario's screening", () => {
    working();
    const s = createScenario(admin, slug, { name: "Draft", from: "empty" });
    const film = createFilm(admin, { title: "Rosetta", runtimeMinutes: 95 });
    const slot = createSlot(admin, slug, { venueId: venue, startsAt: "2026-10-25T14:00:00Z", endsAt: "2026-10-25T16:00:00Z" }, s.id);
    putScreening(admin, slug, slot.id, { filmIds: [film.id], status: "confirmed" }, s.id);
    publishRelease(admin, slug);
    const release = latestRelease(getDb(), requireEdition(getDb(), slug).id);
    expect(release?.snapshot.screenings.map((x) => x.filmIds)).toEqual([[expect.any(Number)]]);
    expect(release?.snapshot.films.map((f) => f.title)).toEqual(["Matewan"]);
  });
});

describe("compareScenario", () => {
  it("lists the changes as the release changelog words them and the figures side by side", () => {
    working();
    const s = createScenario(admin, slug, { name: "Evening", from: "current" });
    const [from, to] = getBoard(admin, slug, undefined, s.id).slots;
    moveScreening(admin, slug, from!.id, to!.id, {}, s.id);
    const rosetta = createFilm(admin, { title: "Rosetta", runtimeMinutes: 95 });
    putScreening(admin, slug, from!.id, { filmIds: [rosetta.id] }, s.id);
    const c = compareScenario(admin, slug, s.id, {});
    expect(c.with).toBeNull();
    expect(c.changes.map((x) => x.type).sort()).toEqual(["new", "retimed"]);
    expect(c.changes.find((x) => x.type === "new")?.message).toBe("New: Rosetta, Sat 24 Oct 14:00, Cinema 1");
    expect(c.figures.screenings).toEqual({ scenario: 2, with: 1 });
    expect(c.figures.filmsPlaced).toEqual({ scenario: 2, with: 1 });
    expect(c.figures.fillRate).toEqual({ scenario: 1, with: 0.5 });
    expect(c.figures.emptyMinutes).toEqual({ scenario: 20 + 55, with: 20 + 150 });
    expect(c.figures.perVenue).toEqual({ scenario: { "cinema-1": 2 }, with: { "cinema-1": 1 } });
    expect(c.figures.conflicts).toEqual({ scenario: { error: 0, warning: 0 }, with: { error: 0, warning: 0 } });
    // against another scenario, and refusals
    const other = createScenario(admin, slug, { name: "Copy", from: "current" });
    expect(compareScenario(admin, slug, s.id, { with: String(other.id) }).changes).toHaveLength(2);
    expect(refusalOf(() => compareScenario(admin, slug, s.id, { with: String(s.id) })).status).toBe(400);
    expect(refusalOf(() => compareScenario(admin, slug, s.id, { with: "abc" })).fields).toEqual({
      with: 'must be "current" or a scenario id',
    });
  });
});
