/** Slots and the screenings in them: rows <-> lib types. */
import { and, asc, eq, gt, gte, inArray, lt, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DB } from "@/db/client";
import { screeningFilms, screeningGuests, screenings, slots } from "@/db/schema";
import type { Screening, Slot } from "@/lib/types";
import { type ScenarioId, type ScreeningRow, type SlotRow, screeningsOf, slotsOf, toSlot, withFilmIds } from "./schedule-rows";
import { getOfEdition, updateVersioned } from "./shared";

export type { ScenarioId } from "./schedule-rows";

export function listSlots(db: DB, editionId: number, scenarioId: ScenarioId = null): Slot[] {
  return db
    .select()
    .from(slots)
    .where(and(eq(slots.editionId, editionId), slotsOf(scenarioId)))
    .orderBy(asc(slots.startsAt), asc(slots.id))
    .all()
    .map(toSlot);
}

/** Slots of one lineup that start in [from, to) (and end after `endsAfter`), of the edition or of one venue. */
function startingWhere(
  editionId: number,
  from: Date,
  to: Date,
  venueId: number | undefined,
  endsAfter: Date | undefined,
  scenarioId: ScenarioId,
) {
  const range = and(
    gte(slots.startsAt, from),
    lt(slots.startsAt, to),
    endsAfter ? gt(slots.endsAt, endsAfter) : undefined,
    slotsOf(scenarioId),
  );
  return venueId === undefined ? and(eq(slots.editionId, editionId), range) : and(eq(slots.venueId, venueId), range);
}

/**
 * The slots that start in [from, to), of one venue when `venueId` is given: a range read on
 * slots_venue_start_idx or slots_edition_start_idx (a day's board, a slot's neighbours).
 */
export function listSlotsStarting(
  db: DB,
  editionId: number,
  from: Date,
  to: Date,
  venueId?: number,
  endsAfter?: Date,
  scenarioId: ScenarioId = null,
): Slot[] {
  const where = startingWhere(editionId, from, to, venueId, endsAfter, scenarioId);
  return db.select().from(slots).where(where).orderBy(asc(slots.startsAt), asc(slots.id)).all().map(toSlot);
}

export function getSlot(db: DB, editionId: number, id: number): Slot | null {
  const r = getOfEdition(db, slots, editionId, id);
  return r ? toSlot(r) : null;
}

export type SlotData = Pick<Slot, "venueId" | "startsAt" | "endsAt"> & { holdNote?: string | null };

export function insertSlot(db: DB, editionId: number, data: SlotData, scenarioId: ScenarioId = null): Slot {
  return toSlot(
    db
      .insert(slots)
      .values({ ...data, editionId, scenarioId })
      .returning()
      .get(),
  );
}

export function updateSlot(db: DB, id: number, data: Partial<SlotData>, expectedVersion?: number): Slot | null {
  const r = updateVersioned(db, slots, id, data, expectedVersion);
  return r ? toSlot(r) : null;
}

export function deleteSlot(db: DB, id: number): boolean {
  return db.delete(slots).where(eq(slots.id, id)).run().changes > 0;
}

export function listScreenings(db: DB, editionId: number, scenarioId: ScenarioId = null): Screening[] {
  // the whole lineup's films in one read (not in chunks of ids)
  const ofLineup = and(eq(screenings.editionId, editionId), screeningsOf(scenarioId));
  const links = db
    .select({ screeningId: screeningFilms.screeningId, filmId: screeningFilms.filmId, position: screeningFilms.position })
    .from(screeningFilms)
    .innerJoin(screenings, eq(screenings.id, screeningFilms.screeningId))
    .where(ofLineup)
    .orderBy(asc(screeningFilms.screeningId), asc(screeningFilms.position))
    .all();
  return withFilmIds(db, db.select().from(screenings).where(ofLineup).all(), links, editionId, scenarioId);
}

/** The screenings in the slots that start in [from, to), of one venue when `venueId` is given (as listSlotsStarting). */
export function listScreeningsStarting(
  db: DB,
  editionId: number,
  from: Date,
  to: Date,
  venueId?: number,
  endsAfter?: Date,
  scenarioId: ScenarioId = null,
): Screening[] {
  const where = startingWhere(editionId, from, to, venueId, endsAfter, scenarioId);
  const rows = db.select({ screening: screenings }).from(slots).innerJoin(screenings, eq(screenings.slotId, slots.id)).where(where).all();
  return withFilmIds(
    db,
    rows.map((r) => r.screening),
  );
}

/**
 * The edition's screenings that show any of these films in slots that start in [from, to),
 * with their slots (by screening_films_film_idx, then by primary keys).
 */
export function listScreeningsShowing(
  db: DB,
  editionId: number,
  filmIds: readonly number[],
  from: Date,
  to: Date,
  endsAfter: Date,
  scenarioId: ScenarioId = null,
): { screenings: Screening[]; slots: Slot[] } {
  return listScreeningsLinked(
    db,
    editionId,
    { table: screeningFilms, screeningId: screeningFilms.screeningId, key: screeningFilms.filmId, ids: filmIds },
    from,
    to,
    endsAfter,
    scenarioId,
  );
}

/**
 * The edition's screenings with any of these people as guests in slots that start in [from, to),
 * with their slots (by screening_guests_person_idx, then by primary keys).
 */
export function listScreeningsWithGuests(
  db: DB,
  editionId: number,
  personIds: readonly number[],
  from: Date,
  to: Date,
  endsAfter: Date,
  scenarioId: ScenarioId = null,
): { screenings: Screening[]; slots: Slot[] } {
  return listScreeningsLinked(
    db,
    editionId,
    { table: screeningGuests, screeningId: screeningGuests.screeningId, key: screeningGuests.personId, ids: personIds },
    from,
    to,
    endsAfter,
    scenarioId,
  );
}

/** A table that links screenings to films or people: its screening column and the column of the ids looked for. */
interface LinkTable {
  table: SQLiteTable;
  screeningId: SQLiteColumn;
  key: SQLiteColumn;
  ids: readonly number[];
}

function listScreeningsLinked(
  db: DB,
  editionId: number,
  link: LinkTable,
  from: Date,
  to: Date,
  endsAfter: Date,
  scenarioId: ScenarioId,
): { screenings: Screening[]; slots: Slot[] } {
  const rows: { screening: ScreeningRow; slot: SlotRow }[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < link.ids.length; i += 500)
    for (const r of db
      .select({ screening: screenings, slot: slots })
      .from(link.table)
      .innerJoin(screenings, eq(screenings.id, link.screeningId))
      .innerJoin(slots, eq(slots.id, screenings.slotId))
      .where(
        and(
          inArray(link.key, link.ids.slice(i, i + 500)),
          eq(screenings.editionId, editionId),
          screeningsOf(scenarioId),
          gte(slots.startsAt, from),
          lt(slots.startsAt, to),
          gt(slots.endsAt, endsAfter),
        ),
      )
      .all())
      if (!seen.has(r.screening.id)) {
        seen.add(r.screening.id);
        rows.push(r);
      }
  return {
    screenings: withFilmIds(
      db,
      rows.map((r) => r.screening),
    ),
    slots: rows.map((r) => toSlot(r.slot)),
  };
}

export function getScreeningBySlot(db: DB, slotId: number): Screening | null {
  const r = db.select().from(screenings).where(eq(screenings.slotId, slotId)).get();
  return r ? (withFilmIds(db, [r])[0] ?? null) : null;
}

export type ScreeningData = Omit<Screening, "id" | "slotId" | "version">;

/** Creates or replaces the slot's screening (keeping its id, so its public identity survives edits). */
export function putScreening(db: DB, editionId: number, slotId: number, data: ScreeningData, expectedVersion?: number): Screening | null {
  const existing = db.select().from(screenings).where(eq(screenings.slotId, slotId)).get();
  const { filmIds, guests, ...fields } = data;
  let id: number;
  if (existing) {
    if (expectedVersion !== undefined && existing.version !== expectedVersion) return null;
    db.update(screenings)
      .set({ ...fields, version: sql`${screenings.version} + 1` })
      .where(eq(screenings.id, existing.id))
      .run();
    db.delete(screeningFilms).where(eq(screeningFilms.screeningId, existing.id)).run();
    db.delete(screeningGuests).where(eq(screeningGuests.screeningId, existing.id)).run();
    id = existing.id;
  } else {
    const scenarioId = db.select({ scenarioId: slots.scenarioId }).from(slots).where(eq(slots.id, slotId)).get()?.scenarioId ?? null;
    id = db
      .insert(screenings)
      .values({ ...fields, editionId, slotId, scenarioId })
      .returning({ id: screenings.id })
      .get().id;
  }
  if (filmIds.length)
    db.insert(screeningFilms)
      .values(filmIds.map((filmId, position) => ({ screeningId: id, filmId, position })))
      .run();
  if (guests.length)
    db.insert(screeningGuests)
      .values(guests.map((g, position) => ({ screeningId: id, personId: g.personId, role: g.role, position })))
      .run();
  return getScreeningBySlot(db, slotId);
}

/** Moves a screening to another (empty) slot, keeping its identity. */
export function moveScreening(db: DB, screeningId: number, toSlotId: number): void {
  db.update(screenings)
    .set({ slotId: toSlotId, version: sql`${screenings.version} + 1` })
    .where(eq(screenings.id, screeningId))
    .run();
}

export function deleteScreeningOfSlot(db: DB, slotId: number): boolean {
  return db.delete(screenings).where(eq(screenings.slotId, slotId)).run().changes > 0;
}

/** Every screening's ticket link and availability (for status-only releases), without the rest of it. */
export function listTicketFacts(db: DB, editionId: number): Pick<Screening, "id" | "status" | "ticketUrl" | "availability">[] {
  return db
    .select({ id: screenings.id, status: screenings.status, ticketUrl: screenings.ticketUrl, availability: screenings.availability })
    .from(screenings)
    .where(and(eq(screenings.editionId, editionId), screeningsOf(null)))
    .all();
}
