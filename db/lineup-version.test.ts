/**
 * The edition's lineup version (editions.lineup_version) grows in the writing transaction with
 * every change the conflict rules read, whoever writes (triggers of migration 0003), and only then.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, transaction } from "@/db/client";
import { lineupVersion } from "@/db/queries/editions";
import { auditLog, editions, films, screeningFilms, screenings, slots, venues, walkingMinutes } from "@/db/schema";
import { freshDatabase } from "@/server/test/db";

let editionId: number;
let otherId: number;
let venueId: number;
let filmId: number;

beforeEach(() => {
  freshDatabase();
  const db = getDb();
  const add = (slug: string) =>
    db
      .insert(editions)
      .values({ slug, name: slug, firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" })
      .returning()
      .get().id;
  editionId = add("one");
  otherId = add("other");
  venueId = db.insert(venues).values({ editionId, slug: "v", name: "V" }).returning().get().id;
  filmId = db.insert(films).values({ title: "F", runtimeMinutes: 90 }).returning().get().id;
});

/** How much the version of each edition grew during `fn`. */
function growth(fn: () => void): { edition: number; other: number } {
  const db = getDb();
  const before = [lineupVersion(db, editionId), lineupVersion(db, otherId)];
  fn();
  return { edition: lineupVersion(db, editionId) - (before[0] ?? 0), other: lineupVersion(db, otherId) - (before[1] ?? 0) };
}

function slotAndScreening(): { slotId: number; screeningId: number } {
  const db = getDb();
  const slotId = db
    .insert(slots)
    .values({ editionId, venueId, startsAt: new Date("2026-10-23T20:00:00Z"), endsAt: new Date("2026-10-23T22:00:00Z") })
    .returning()
    .get().id;
  const screeningId = db.insert(screenings).values({ editionId, slotId }).returning().get().id;
  db.insert(screeningFilms).values({ screeningId, filmId, position: 0 }).run();
  return { slotId, screeningId };
}

/** 12 minutes' walk from the edition's venue to a second one. */
function walkingPair(): { slotId: number; screeningId: number } {
  const db = getDb();
  const toVenueId = db.insert(venues).values({ editionId, slug: "w", name: "W" }).returning().get().id;
  db.insert(walkingMinutes).values({ editionId, fromVenueId: venueId, toVenueId, minutes: 12 }).run();
  return { slotId: 0, screeningId: 0 };
}

describe("editions.lineup_version", () => {
  it.each([
    { name: "a slot, its screening and its film added", write: () => void slotAndScreening() },
    {
      name: "a slot moved",
      before: slotAndScreening,
      write: (ids: { slotId: number }) =>
        getDb()
          .update(slots)
          .set({ endsAt: new Date("2026-10-23T21:00:00Z") })
          .where(eq(slots.id, ids.slotId))
          .run(),
    },
    {
      name: "a screening's status changed",
      before: slotAndScreening,
      write: (ids: { screeningId: number }) =>
        getDb().update(screenings).set({ status: "confirmed" }).where(eq(screenings.id, ids.screeningId)).run(),
    },
    {
      name: "a screened film's runtime changed in the catalogue",
      before: slotAndScreening,
      write: () => getDb().update(films).set({ runtimeMinutes: null }).where(eq(films.id, filmId)).run(),
    },
    {
      name: "a venue's changeover changed",
      write: () => getDb().update(venues).set({ changeoverMinutes: 15 }).where(eq(venues.id, venueId)).run(),
    },
    {
      name: "walking minutes given between two venues",
      write: () => void walkingPair(),
    },
    {
      name: "walking minutes changed",
      before: walkingPair,
      write: () => getDb().update(walkingMinutes).set({ minutes: 20 }).where(eq(walkingMinutes.editionId, editionId)).run(),
    },
    {
      name: "walking minutes removed",
      before: walkingPair,
      write: () => getDb().delete(walkingMinutes).where(eq(walkingMinutes.editionId, editionId)).run(),
    },
    {
      name: "the edition's last day changed",
      write: () => getDb().update(editions).set({ lastDay: "2026-10-26" }).where(eq(editions.id, editionId)).run(),
    },
  ])("grows for this edition only: $name", ({ before, write }) => {
    const ids = before ? before() : { slotId: 0, screeningId: 0 };
    const g = growth(() => write(ids));
    expect(g.edition).toBeGreaterThan(0);
    expect(g.other).toBe(0);
  });

  it("does not grow for what the rules do not read: an unscreened film, the audit log", () => {
    const g = growth(() => {
      getDb().insert(films).values({ title: "Not screened" }).run();
      getDb().update(films).set({ runtimeMinutes: 10 }).where(eq(films.title, "Not screened")).run();
      getDb().insert(auditLog).values({ editionId, entity: "slot", action: "create" }).run();
    });
    expect(g).toEqual({ edition: 0, other: 0 });
  });

  it("grows in the writing transaction: a rolled-back write leaves it as it was", () => {
    const g = growth(() => {
      expect(() =>
        transaction(() => {
          slotAndScreening();
          throw new Error("roll back");
        }),
      ).toThrow("roll back");
    });
    expect(g).toEqual({ edition: 0, other: 0 });
  });
});
