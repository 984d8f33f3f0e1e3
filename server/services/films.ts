/** The catalogue: films shared by every edition. */
import { getDb, transaction } from "../../db/client";
import * as q from "../../db/queries/films";
import { dedupeKey } from "../../lib/catalogue/dedupe";
import type { Film, FilmFlag } from "../../lib/types";
import { authorise, type Actor } from "../auth";
import { ServiceError, notFound } from "../errors";
import { filmInput, filmPatch, filmQuery } from "../schemas";
import { parse, stale } from "../validate";

/** Flags that follow from the data; personal-data is set by the importer and kept until a person clears the notes. */
export function derivedFlags(film: Pick<Film, "title" | "runtimeMinutes">, keep: FilmFlag[] = []): FilmFlag[] {
  const flags = new Set<FilmFlag>(keep.filter((f) => f === "personal-data"));
  if (!film.title) flags.add("missing-title");
  if (film.runtimeMinutes == null) flags.add("missing-runtime");
  return [...flags];
}

export function listFilms(actor: Actor, query: unknown = {}): Film[] {
  authorise(actor, "read");
  const { q: term, limit } = parse(filmQuery, query);
  return q.listFilms(getDb(), term, limit);
}

export function getFilm(actor: Actor, id: number): Film {
  authorise(actor, "read");
  const film = q.getFilm(getDb(), id);
  if (!film) throw notFound(`Film ${id}`);
  return film;
}

export function createFilm(actor: Actor, input: unknown): Film {
  authorise(actor, "edit");
  const data = parse(filmInput, input);
  return transaction((db) => {
    const flags = derivedFlags(data);
    return q.insertFilm(db, { ...data, flags }, dedupeKey(data));
  });
}

export function updateFilm(actor: Actor, id: number, input: unknown): Film {
  authorise(actor, "edit");
  const { version, ...patch } = parse(filmPatch, input);
  return transaction((db) => {
    const current = q.getFilm(db, id);
    if (!current) throw notFound(`Film ${id}`);
    if (version !== undefined && version !== current.version) throw stale("film", current);
    const merged = { ...current, ...stripUndefined(patch) };
    const flags = derivedFlags(merged, merged.internalNotes ? current.flags : []);
    const updated = q.updateFilm(db, id, { ...stripUndefined(patch), flags }, dedupeKey(merged), current.version);
    if (!updated) throw stale("film", q.getFilm(db, id));
    return updated;
  });
}

export function deleteFilm(actor: Actor, id: number): void {
  authorise(actor, "edit");
  transaction((db) => {
    if (!q.getFilm(db, id)) throw notFound(`Film ${id}`);
    const uses = q.screeningCountOfFilm(db, id);
    if (uses > 0)
      throw new ServiceError("in_use", `This film is in ${uses} screening${uses === 1 ? "" : "s"}; take it out of them first`, {
        id: "is scheduled",
      });
    q.deleteFilm(db, id);
  });
}

export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
