import { beforeEach, describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import type { User } from "@/server/auth";
import type { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { createEdition, createVenue } from "./editions";
import { createFilm } from "./films";
import { getPublished } from "./public";
import { listReleases, previewRelease, publishRelease } from "./releases";
import { createSlot, deleteSlot, putScreening, updateSlot } from "./schedule";

let admin: User;
const SLUG = "rel-test";

function setUp() {
  createEdition(admin, { slug: SLUG, name: "Release test", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  const v = createVenue(admin, SLUG, { name: "Cinema 1", changeoverMinutes: 15 });
  const f = createFilm(admin, { title: "Matewan", runtimeMinutes: 135, internalNotes: "director's phone 212 555 0199" });
  const t = createFilm(admin, { title: "Pencilled", runtimeMinutes: 80 });
  const a = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T18:00:00+01:00", endsAt: "2026-10-23T20:30:00+01:00" });
  const b = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T21:00:00+01:00", endsAt: "2026-10-23T23:00:00+01:00" });
  putScreening(admin, SLUG, a.id, { filmIds: [f.id] });
  putScreening(admin, SLUG, b.id, { filmIds: [t.id], status: "tentative" });
  return { v, f, t, a, b };
}

describe("releases", () => {
  beforeEach(() => {
    admin = freshDatabase().admin;
  });

  it("snapshots confirmed screenings only, without internal notes", () => {
    setUp();
    const r = publishRelease(admin, SLUG, { note: "first" });
    expect(r.version).toBe(1);
    expect(r.snapshot.screenings).toHaveLength(1);
    expect(JSON.stringify(r.snapshot)).not.toContain("555 0199");
    expect(JSON.stringify(r.snapshot)).not.toContain("Pencilled");
    expect(r.changes.map((c) => c.type)).toEqual(["new"]);
    const pub = getPublished(SLUG)!;
    expect(pub.version).toBe(1);
    expect(pub.programme.screenings[0]?.startIso).toBe("2026-10-23T18:00:00+01:00");
  });

  it("publishing after its preview records what the preview showed; a change between them is in the release", () => {
    const { f, t, a, b } = setUp();
    publishRelease(admin, SLUG, { note: "first" });
    putScreening(admin, SLUG, b.id, { filmIds: [t.id], status: "confirmed" });
    const preview = previewRelease(admin, SLUG);
    expect(preview.changes.map((c) => c.type)).toEqual(["new"]);
    expect(publishRelease(admin, SLUG).changes).toEqual(preview.changes);
    // the next preview starts from release 2, not from the remembered preview of release 1
    expect(previewRelease(admin, SLUG).changes).toEqual([]);
    putScreening(admin, SLUG, a.id, { filmIds: [f.id], status: "cancelled" });
    expect(previewRelease(admin, SLUG).changes.map((c) => c.type)).toEqual(["cancelled"]);
    createFilm(admin, { title: "Not screened", runtimeMinutes: 10 });
    const r3 = publishRelease(admin, SLUG);
    expect(r3.version).toBe(3);
    expect(r3.changes.map((c) => c.type)).toEqual(["cancelled"]);
  });

  it("a published screening that is deleted stays public as cancelled", () => {
    const { a } = setUp();
    publishRelease(admin, SLUG);
    deleteSlot(admin, SLUG, a.id);
    const r = publishRelease(admin, SLUG);
    expect(r.snapshot.screenings).toHaveLength(1);
    expect(r.snapshot.screenings[0]?.status).toBe("cancelled");
    expect(r.changes.length).toBeGreaterThan(0);
    expect(getPublished(SLUG)!.programme.screenings[0]?.status).toBe("cancelled");
  });

  it("revision grows when a screening changes and not otherwise", () => {
    const { a } = setUp();
    const r1 = publishRelease(admin, SLUG);
    const r2 = publishRelease(admin, SLUG);
    expect(r2.changes).toEqual([]);
    expect(r2.snapshot.screenings[0]?.revision).toBe(r1.snapshot.screenings[0]?.revision);
    updateSlot(admin, SLUG, a.id, { startsAt: "2026-10-23T17:30:00+01:00" });
    const r3 = publishRelease(admin, SLUG);
    expect(r3.snapshot.screenings[0]?.revision).toBe(itemAt(r1.snapshot.screenings, 0).revision + 1);
    expect(r3.changes.map((c) => c.type)).toEqual(["retimed"]);
    expect(listReleases(SLUG).map((r) => r.version)).toEqual([3, 2, 1]);
  });

  it("an error-severity conflict blocks publishing and writes nothing", () => {
    const { v } = setUp();
    createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-23T19:00:00+01:00", endsAt: "2026-10-23T20:00:00+01:00" });
    expect(previewRelease(admin, SLUG).blocking.map((c) => c.type)).toEqual(["venue-overlap"]);
    expect(() => publishRelease(admin, SLUG)).toThrowError(/blocked by 1 conflict/);
    expect(listReleases(SLUG, admin)).toEqual([]);
    expect(getPublished(SLUG)).toBeNull();
  });

  it("before the first release the public gets the same 404 as for an unknown edition", () => {
    setUp();
    const refusal = (slug: string) => {
      try {
        listReleases(slug);
      } catch (e) {
        return { status: (e as ServiceError).status, message: (e as Error).message.replace(slug, "SLUG") };
      }
      return null;
    };
    expect(refusal(SLUG)).toEqual({ status: 404, message: 'Edition "SLUG" not found' });
    expect(refusal("no-such-edition")).toEqual(refusal(SLUG));
    expect(listReleases(SLUG, admin)).toEqual([]);
    publishRelease(admin, SLUG);
    expect(listReleases(SLUG).map((r) => r.version)).toEqual([1]);
  });

  it("refuses a screening that does not fit, leaving the slot as it was", () => {
    const { a, t } = setUp();
    const long = createFilm(admin, { title: "Long", runtimeMinutes: 177 });
    expect(() => putScreening(admin, SLUG, a.id, { filmIds: [long.id] })).toThrowError(/177 min > 150 min slot, over by 27 min/);
    expect(() => putScreening(admin, SLUG, a.id, { filmIds: [t.id, long.id] })).toThrowError(/over by/);
    const r = publishRelease(admin, SLUG);
    expect(r.snapshot.films.map((f) => f.title)).toEqual(["Matewan"]);
  });
});
