/** The catalogue: films shared by every edition. */
import { getDb, transaction } from "@/db/client";
import * as q from "@/db/queries/films";
import { dedupeKey } from "@/lib/catalogue/dedupe";
import { hasPersonalData, stripPersonalData } from "@/lib/catalogue/personal";
import { emptyFilmFields, PLACEHOLDER_HINT } from "@/lib/film-entry";
import type { Film, FilmFlag } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, authorise } from "@/server/auth";
import { invalid, notFound, ServiceError } from "@/server/errors";
import { filmCreate, filmPatch, filmQuery } from "@/server/schemas";
import { parse, stale } from "@/server/validate";

/**
 * Flags that follow from the data. personal-data: the internal notes hold personal data
 * (the importer, or the scrubber below, moved it there); it clears when the notes do.
 */
export function derivedFlags(
  film: Pick<Film, "title" | "runtimeMinutes"> & { internalNotes?: string | null },
  keep: FilmFlag[] = [],
): FilmFlag[] {
  const flags = new Set<FilmFlag>(keep.filter((f) => f === "personal-data" && film.internalNotes !== null && film.internalNotes !== ""));
  if (film.internalNotes && hasPersonalData(film.internalNotes)) flags.add("personal-data");
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
  const { placeholder, ...fields } = parse(filmCreate, input);
  const empty = emptyFilmFields(fields, placeholder === true);
  if (empty) throw invalid(empty, `A film needs a title or a runtime; ${PLACEHOLDER_HINT}`);
  const data = scrubPersonalData(fields);
  return transaction((db) => {
    const flags = derivedFlags(data);
    const film = q.insertFilm(db, { ...data, flags }, dedupeKey(data));
    audit(db, actor, { entity: "film", entityId: film.id, action: "create", summary: film.title ?? "untitled", after: film });
    return film;
  });
}

export function updateFilm(actor: Actor, id: number, input: unknown): Film {
  authorise(actor, "edit");
  const { version, ...raw } = parse(filmPatch, input);
  return transaction((db) => {
    const current = q.getFilm(db, id);
    if (!current) throw notFound(`Film ${id}`);
    if (version !== undefined && version !== current.version) throw stale("film", current);
    const patch = scrubPersonalData({ ...raw, internalNotes: raw.internalNotes === undefined ? current.internalNotes : raw.internalNotes });
    const merged = { ...current, ...stripUndefined(patch) };
    const flags = derivedFlags(merged, merged.internalNotes ? current.flags : []);
    const updated = q.updateFilm(db, id, { ...stripUndefined(patch), flags }, dedupeKey(merged), current.version);
    if (!updated) throw stale("film", q.getFilm(db, id));
    audit(db, actor, {
      entity: "film",
      entityId: id,
      action: "update",
      summary: updated.title ?? "untitled",
      before: current,
      after: updated,
    });
    return updated;
  });
}

export function deleteFilm(actor: Actor, id: number): void {
  authorise(actor, "edit");
  transaction((db) => {
    const current = q.getFilm(db, id);
    if (!current) throw notFound(`Film ${id}`);
    const uses = q.screeningCountOfFilm(db, id);
    if (uses > 0)
      throw new ServiceError("in_use", `This film is in ${uses} screening${uses === 1 ? "" : "s"}; take it out of them first`, {
        id: "is scheduled",
      });
    q.deleteFilm(db, id);
    audit(db, actor, { entity: "film", entityId: id, action: "delete", summary: current.title ?? "untitled", before: current });
  });
}

export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const PUBLIC_TEXT = ["title", "originalTitle", "subtitles", "genre", "rating", "section", "synopsis"] as const;
const PUBLIC_LISTS = ["directors", "cast", "countries", "languages"] as const;

/**
 * Personal data (phone numbers, e-mail and postal addresses) typed into a public field is
 * moved to the internal notes, so it can never reach a public page, release or export.
 */
function scrubPersonalData<T extends Partial<Pick<Film, (typeof PUBLIC_TEXT)[number] | (typeof PUBLIC_LISTS)[number] | "internalNotes">>>(
  film: T,
): T {
  const removed: string[] = [];
  const out: Record<string, unknown> = { ...film };
  for (const k of PUBLIC_TEXT) {
    const v = film[k];
    if (typeof v !== "string" || !v) continue;
    const r = stripPersonalData(v);
    if (r.removed.length) {
      removed.push(...r.removed.map((x) => `${k}: ${x}`));
      out[k] = r.text;
    }
  }
  for (const k of PUBLIC_LISTS) {
    const v = film[k];
    if (!Array.isArray(v)) continue;
    const kept: string[] = [];
    for (const item of v) {
      const r = stripPersonalData(item);
      if (r.removed.length) removed.push(...r.removed.map((x) => `${k}: ${x}`));
      if (r.text) kept.push(r.text);
    }
    out[k] = kept;
  }
  if (removed.length)
    out.internalNotes = [film.internalNotes, `Moved from public fields: ${removed.join("; ")}`].filter(Boolean).join("\n");
  return out as T;
}
