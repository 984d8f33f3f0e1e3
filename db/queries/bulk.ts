/** Bulk writes for large generated or imported data sets: prepared statements in the caller's transaction. */
import { eq, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { screeningFilms, screenings, slots } from "@/db/schema";
import type { FilmData } from "./films";

/**
 * Inserts many films with one prepared statement (drizzle's query builder costs more than
 * SQLite here: 10,000 imported films). Runs in the caller's transaction; returns the rows with their ids, in order.
 */
export function insertFilmsBulk<T extends FilmData & { dedupeKey: string }>(db: DB, rows: T[]): (T & { id: number })[] {
  const stmt = db.$client.prepare(
    `insert into films (title, original_title, year, directors, "cast", countries, runtime_minutes, languages, subtitles, genre, rating, section, synopsis, internal_notes, flags, dedupe_key)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return rows.map((r) => {
    const info = stmt.run(
      r.title,
      r.originalTitle,
      r.year,
      JSON.stringify(r.directors),
      JSON.stringify(r.cast),
      JSON.stringify(r.countries),
      r.runtimeMinutes,
      JSON.stringify(r.languages),
      r.subtitles,
      r.genre,
      r.rating,
      r.section,
      r.synopsis,
      r.internalNotes,
      JSON.stringify(r.flags),
      r.dedupeKey,
    );
    return { ...r, id: Number(info.lastInsertRowid) };
  });
}

export interface BulkScreening {
  venueId: number;
  startsAt: Date;
  endsAt: Date;
  screening: {
    filmIds: number[];
    preShowMinutes: number;
    introMinutes: number;
    qaMinutes: number;
    status: "tentative" | "confirmed" | "cancelled";
  } | null;
}

/** Inserts slots and their screenings; returns the new slot ids and screening ids (null for an empty slot) in order. */
export function insertScheduleBulk(
  db: DB,
  editionId: number,
  rows: BulkScreening[],
): { slotIds: number[]; screeningIds: (number | null)[] } {
  const slotIds: number[] = [];
  const screeningIds: (number | null)[] = [];
  for (const row of rows) {
    const slotId = db
      .insert(slots)
      .values({ editionId, venueId: row.venueId, startsAt: row.startsAt, endsAt: row.endsAt })
      .returning({ id: slots.id })
      .get().id;
    slotIds.push(slotId);
    if (!row.screening) {
      screeningIds.push(null);
      continue;
    }
    const { filmIds, ...fields } = row.screening;
    const id = db
      .insert(screenings)
      .values({ ...fields, editionId, slotId })
      .returning({ id: screenings.id })
      .get().id;
    screeningIds.push(id);
    if (filmIds.length)
      db.insert(screeningFilms)
        .values(filmIds.map((filmId, position) => ({ screeningId: id, filmId, position })))
        .run();
  }
  return { slotIds, screeningIds };
}

/** Moves a slot's end (no version check: bulk edits of generated data). */
export function setSlotEnd(db: DB, slotId: number, endsAt: Date): void {
  db.update(slots)
    .set({ endsAt, version: sql`${slots.version} + 1` })
    .where(eq(slots.id, slotId))
    .run();
}

/** Replaces a screening's programme. */
export function setScreeningFilms(db: DB, screeningId: number, filmIds: number[]): void {
  db.delete(screeningFilms).where(eq(screeningFilms.screeningId, screeningId)).run();
  if (filmIds.length)
    db.insert(screeningFilms)
      .values(filmIds.map((filmId, position) => ({ screeningId, filmId, position })))
      .run();
  db.update(screenings)
    .set({ version: sql`${screenings.version} + 1` })
    .where(eq(screenings.id, screeningId))
    .run();
}
