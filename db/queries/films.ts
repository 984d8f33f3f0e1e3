/** Films: rows <-> lib's Film. */
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DB } from "@/db/client";
import { films, screeningFilms } from "@/db/schema";
import { stripForbidden, stripForbiddenDeep } from "@/lib/text";
import type { Film, FilmImage, FilmName } from "@/lib/types";
import { inChunks, updateVersioned } from "./shared";

type FilmRow = typeof films.$inferSelect;

const clean = (text: string | null): string | null => (text === null ? null : stripForbidden(text));

/** A film's fields as forms, the API and imports write them; its image is set on its own (setFilmImage). */
export type FilmData = Omit<Film, "id" | "version" | "image">;

/**
 * A row as lib's Film. Control characters and lone surrogates an older version let in are
 * never read back (lib/text.ts), so no page, form, feed or export ever holds them, and the
 * next save stores the text clean.
 */
function toFilm(r: FilmRow): Film {
  return {
    id: r.id,
    title: clean(r.title),
    originalTitle: clean(r.originalTitle),
    year: r.year,
    directors: r.directors.map(stripForbidden),
    cast: r.cast.map(stripForbidden),
    countries: r.countries.map(stripForbidden),
    runtimeMinutes: r.runtimeMinutes,
    languages: r.languages.map(stripForbidden),
    subtitles: clean(r.subtitles),
    genre: clean(r.genre),
    rating: clean(r.rating),
    section: clean(r.section),
    image: r.image,
    synopsis: clean(r.synopsis),
    translations: stripForbiddenDeep(r.translations),
    internalNotes: clean(r.internalNotes),
    flags: r.flags,
    version: r.version,
  };
}

/**
 * Titles, original titles and directors containing `q` (case-insensitive for ASCII, as SQLite's
 * LIKE), by title. `%`, `_` and `\` in `q` are searched for literally, never as wildcards.
 */
export function listFilms(db: DB, q?: string, limit = 5_000): Film[] {
  const term = q?.trim();
  const pattern = term ? `%${escapeLike(term)}%` : "";
  const contains = (column: SQLiteColumn) => sql`${column} like ${pattern} escape '\\'`;
  const where = term ? or(contains(films.title), contains(films.directors), contains(films.originalTitle)) : undefined;
  return db
    .select()
    .from(films)
    .where(where)
    .orderBy(sql`${films.title} is null`, asc(sql`lower(${films.title})`), asc(films.id))
    .limit(limit)
    .all()
    .map(toFilm);
}

/** `%`, `_` and the escape character itself, escaped for `LIKE ... ESCAPE '\'`. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function getFilm(db: DB, id: number): Film | null {
  const r = db.select().from(films).where(eq(films.id, id)).get();
  return r ? toFilm(r) : null;
}

/** Films' names and runtimes by id (what the schedule's rules read): no catalogue columns parsed. */
export function getFilmNamesByIds(db: DB, ids: readonly number[]): FilmName[] {
  const out: FilmName[] = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(
      ...db
        .select({ id: films.id, title: films.title, year: films.year, directors: films.directors, runtimeMinutes: films.runtimeMinutes })
        .from(films)
        .where(inArray(films.id, ids.slice(i, i + 500)))
        .all(),
    );
  return out;
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

/** Sets (or, with null, removes) the film's image and bumps its version; null when the film is not there (or `expectedVersion` is stale). */
export function setFilmImage(db: DB, id: number, image: FilmImage | null, expectedVersion?: number): Film | null {
  const r = updateVersioned(db, films, id, { image, updatedAt: new Date() }, expectedVersion);
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
