/** Films: rows <-> lib's Film. */
import { and, asc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { films, screeningFilms } from "@/db/schema";
import type { Film, FilmFlag, FilmName } from "@/lib/types";

type FilmRow = typeof films.$inferSelect;

export type FilmData = Omit<Film, "id" | "version">;

export function toFilm(r: FilmRow): Film {
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
    flags: r.flags as FilmFlag[],
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
  if (ids.length === 0) return [];
  const out: Film[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...db
        .select()
        .from(films)
        .where(inArray(films.id, ids.slice(i, i + 500)))
        .all()
        .map(toFilm),
    );
  }
  return out;
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
  const where = expectedVersion === undefined ? eq(films.id, id) : and(eq(films.id, id), eq(films.version, expectedVersion));
  const r = db
    .update(films)
    .set({ ...data, dedupeKey, version: sql`${films.version} + 1`, updatedAt: new Date() })
    .where(where)
    .returning()
    .get();
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
  if (keys.length === 0) return [];
  const out: Film[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    out.push(
      ...db
        .select()
        .from(films)
        .where(inArray(films.dedupeKey, keys.slice(i, i + 500)))
        .all()
        .map(toFilm),
    );
  }
  return out;
}

export function allFilms(db: DB): Film[] {
  return db.select().from(films).orderBy(asc(films.id)).all().map(toFilm);
}
