/** Editions and their venues: rows <-> lib types. */
import { asc, eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { editions, venues } from "@/db/schema";
import { stripForbidden, stripForbiddenDeep } from "@/lib/text";
import type { Edition, EditionLogo, Venue } from "@/lib/types";
import { getOfEdition, updateVersioned } from "./shared";

type EditionRow = typeof editions.$inferSelect;
type VenueRow = typeof venues.$inferSelect;

function toEdition(r: EditionRow): Edition {
  return {
    id: r.id,
    slug: r.slug,
    // control characters an older version let in are never read back (lib/text.ts)
    name: stripForbidden(r.name),
    firstDay: r.firstDay,
    lastDay: r.lastDay,
    timeZone: r.timeZone,
    dayBreak: r.dayBreak,
    accentColor: r.accentColor,
    logo: r.logo,
    embedOrigins: r.embedOrigins,
    locales: r.locales,
    defaultLocale: r.defaultLocale,
    translations: stripForbiddenDeep(r.translations),
    version: r.version,
  };
}

function toVenue(r: VenueRow): Venue {
  return {
    id: r.id,
    editionId: r.editionId,
    slug: r.slug,
    name: stripForbidden(r.name),
    capacity: r.capacity,
    changeoverMinutes: r.changeoverMinutes,
    stepFree: r.stepFree,
    doorsMinutes: r.doorsMinutes,
    translations: stripForbiddenDeep(r.translations),
    version: r.version,
  };
}

/** An edition's fields as forms and the API write them; its logo is set on its own (setEditionLogo). */
export type EditionData = Omit<Edition, "id" | "version" | "logo" | "embedOrigins"> & { embedOrigins?: string[] };

export function listEditions(db: DB): Edition[] {
  return db.select().from(editions).orderBy(asc(editions.firstDay)).all().map(toEdition);
}

export function getEditionBySlug(db: DB, slug: string): Edition | null {
  const r = db.select().from(editions).where(eq(editions.slug, slug)).get();
  return r ? toEdition(r) : null;
}

export function insertEdition(db: DB, data: EditionData): Edition {
  return toEdition(db.insert(editions).values(data).returning().get());
}

export function updateEdition(db: DB, id: number, data: Partial<EditionData>, expectedVersion?: number): Edition | null {
  const r = updateVersioned(db, editions, id, data, expectedVersion);
  return r ? toEdition(r) : null;
}

/** Sets (or, with null, removes) the edition's logo and bumps its version; null when the edition is not there (or `expectedVersion` is stale). */
export function setEditionLogo(db: DB, id: number, logo: EditionLogo | null, expectedVersion?: number): Edition | null {
  const r = updateVersioned(db, editions, id, { logo }, expectedVersion);
  return r ? toEdition(r) : null;
}

export type VenueData = Omit<Venue, "id" | "version" | "editionId" | "slug">;

export function listVenues(db: DB, editionId: number): Venue[] {
  return db.select().from(venues).where(eq(venues.editionId, editionId)).orderBy(asc(venues.position), asc(venues.id)).all().map(toVenue);
}

export function getVenue(db: DB, editionId: number, id: number): Venue | null {
  const r = getOfEdition(db, venues, editionId, id);
  return r ? toVenue(r) : null;
}

export function insertVenue(db: DB, editionId: number, slug: string, data: VenueData): Venue {
  const position =
    db
      .select({ n: sql<number>`coalesce(max(${venues.position}), 0) + 1` })
      .from(venues)
      .where(eq(venues.editionId, editionId))
      .get()?.n ?? 1;
  return toVenue(
    db
      .insert(venues)
      .values({ ...data, editionId, slug, position })
      .returning()
      .get(),
  );
}

export function updateVenue(db: DB, id: number, data: Partial<VenueData> & { slug?: string }, expectedVersion?: number): Venue | null {
  const r = updateVersioned(db, venues, id, data, expectedVersion);
  return r ? toVenue(r) : null;
}

export function deleteVenue(db: DB, id: number): boolean {
  return db.delete(venues).where(eq(venues.id, id)).run().changes > 0;
}

export function countEditions(db: DB): number {
  return db.select({ n: sql<number>`count(*)` }).from(editions).get()?.n ?? 0;
}

/** The edition's lineup version: grows with every change the conflict rules read (triggers of migration 0003). */
export function lineupVersion(db: DB, editionId: number): number {
  return db.select({ v: editions.lineupVersion }).from(editions).where(eq(editions.id, editionId)).get()?.v ?? 0;
}
