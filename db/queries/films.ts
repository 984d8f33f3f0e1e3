/** Films: rows <-> lib's Film. */
import { asc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { films, screeningFilms } from "@/db/schema";
import type { Film } from "@/lib/types";
import { inChunks, updateVersioned } from "./shared";

type FilmRow = typeof films.$inferSelect;

export type FilmData = Omit<Film, "id" | "version">;

function toFilm(r: FilmRow): Film {
  return {
    id: r.id,
    title: r.title,
    originalTitle: r.originalTitle,
    year: r.year,
    directors: r.directors,
    cast: r.cast,
    countries: r.countries,
    runtimeMinutes: r.runtimeMinutes,
    languages: r.languages,
    subtitles: r.subtitles,
    genre: r.genre,
    synopsis: r.synopsis,
    internalNotes: r.internalNotes,
    flags: r.flags,
    version: r.version,
  };
}

/** Titles and directors matching `q` (case-insensitive substring), by title. */
export function listFilms(db: DB, q?: string, limit = 5_000): Film[] {
  const term = q?.trim();
  const where = term
    ? or(
        like(films.title, `%${escapeLike(term)}%`),
        like(films.directors, `%${escapeLike(term)}%`),
        like(films.originalTitle, `%${escapeLike(term)}%`),
      )
    : undefined;
  return db
    .select()
    .from(films)
    .where(where)
    .orderBy(sql`${films.title} is null`, asc(sql`lower(${films.title})`), asc(films.id))
    .limit(limit)
    .all()
    .map(toFilm);
}

function escapeLike(s: string): string {
  // SQLite LIKE has no default escape; % and _ in a search are rare enough to match loosely.
  return s.replace(/[%_]/g, " ");
}

export function getFilm(db: DB, id: number): Film | null {
  const r = db.select().from(films).where(eq(films.id, id)).get();
  return r ? toFilm(r) : null;
}

export function getFilmsByIds(db: DB, ids: number[]): Film[] {
  return inChunks(ids, (chunk) => db.select().from(films).where(inArray(films.id, chunk)).all().map(toFilm));
}

export function insertFilm(db: DB, data: FilmData, dedupeKey: string): Film {
  const r = db
    .insert(films)
    .values({ ...data, dedupeKey })
    .returning()
    .get();
  return toFilm(r);
}

/** Applies `data` and bumps the version; when `expectedVersion` is given and stale, changes nothing and returns null. */
export function updateFilm(db: DB, id: number, data: Partial<FilmData>, dedupeKey: string, expectedVersion?: number): Film | null {
  const r = updateVersioned(db, films, id, { ...data, dedupeKey, updatedAt: new Date() }, expectedVersion);
  return r ? toFilm(r) : null;
}

export function deleteFilm(db: DB, id: number): boolean {
  return db.delete(films).where(eq(films.id, id)).run().changes > 0;
}

/** How many screenings (any edition, any status) use the film. */
export function screeningCountOfFilm(db: DB, id: number): number {
  const r = db.select({ n: sql<number>`count(*)` }).from(screeningFilms).where(eq(screeningFilms.filmId, id)).get();
  return r?.n ?? 0;
}

export function filmsByDedupeKeys(db: DB, keys: string[]): Film[] {
  return inChunks(keys, (chunk) => db.select().from(films).where(inArray(films.dedupeKey, chunk)).all().map(toFilm));
}

export function allFilms(db: DB): Film[] {
  return db.select().from(films).orderBy(asc(films.id)).all().map(toFilm);
}
