/**
 * Catalogue import: archive pages, HTML and spreadsheets in; a preview of what
 * was understood; then one all-or-nothing transaction. Personal data goes to
 * internal notes (flagged), never to a public field.
 */

import { z } from "zod";
import type { DB } from "@/db/client";
import { getDb, transaction } from "@/db/client";
import { insertFilmsBulk } from "@/db/queries/bulk";
import { allFilms, type FilmData, filmsByDedupeKeys, getFilm, updateFilm } from "@/db/queries/films";
import {
  checkImportSize,
  decodeInput,
  detectFormat,
  FIELD_NAMES,
  type FieldName,
  MAX_IMPORT_ENTRIES,
  type ParsedEntry,
  parseCatalogue,
  proposeActions,
  type SourceFormat,
  tooManyEntriesMessage,
} from "@/lib/catalogue";
import { dedupeKey } from "@/lib/catalogue/dedupe";
import { renderCatalogueCsv } from "@/lib/catalogue/export";
import { displayTitle } from "@/lib/names";
import type { Film } from "@/lib/types";
import { audit } from "@/server/audit";
import { type Actor, authorise } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { filmEdit, filmInput } from "@/server/schemas";
import { parse } from "@/server/validate";
import { derivedFlags } from "./films";

export const MAX_IMPORT_BYTES = 5_000_000;

export type ImportAction = "new" | "same" | "duplicate-in-paste" | "possible-duplicate";

export interface PreviewEntry extends ParsedEntry {
  displayTitle: string;
  action: ImportAction;
  /** the existing film it matches ("same" / "possible-duplicate") */
  filmId?: number;
  /** the earlier entry of this paste it repeats */
  ofIndex?: number;
}

/** At most this many warnings are sent back (warningsTotal counts them all). */
const MAX_PREVIEW_WARNINGS = 100;

/**
 * The answer's size is capped whatever the import's size: one page of entries (default the
 * first 100, at most 1,000), at most 100 warnings, the created films of that page only; the
 * summary counts everything.
 */
export interface ImportPreview {
  format: SourceFormat;
  encoding: string;
  mapping?: Record<string, FieldName | null>;
  warnings: string[];
  warningsTotal: number;
  /** entries[offset, offset + limit) of `total`, in source order */
  page: { offset: number; limit: number; total: number };
  entries: PreviewEntry[];
  summary: { entries: number; new: number; same: number; duplicates: number; flagged: number };
}

export interface ImportResult extends ImportPreview {
  /** The films created from this page's entries (summary.created counts them all). */
  created: Pick<Film, "id" | "title" | "flags">[];
  /** Existing films that took fields from this page's entries (summary.merged counts them all). */
  merged: number[];
  summary: ImportPreview["summary"] & { created: number; merged: number };
}

/** `?offset=&limit=`: which entries the answer carries. */
export const importPage = z.object({
  offset: z.coerce
    .number({ error: "must be a whole number from 0" })
    .int({ error: "must be a whole number from 0" })
    .min(0, { error: "must be a whole number from 0" })
    .default(0),
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 1000" })
    .int({ error: "must be a whole number from 1 to 1000" })
    .min(1, { error: "must be a whole number from 1 to 1000" })
    .max(1_000, { error: "must be a whole number from 1 to 1000" })
    .default(100),
});
export type ImportPage = z.output<typeof importPage>;
const DEFAULT_PAGE: ImportPage = { offset: 0, limit: 100 };

export interface ImportOptions {
  contentType?: string;
  fileName?: string;
  mapping?: Record<string, FieldName | null>;
  /** Which entries to send back; in-process callers (the CLI) may ask for all with limit Infinity. */
  page?: ImportPage;
}

/** Choices the programmer made in the preview: per entry, skip it, edit fields, or merge into / keep both for a duplicate. */

/** Column header -> film field (null: keep the column in internal notes). */
export const importMapping = z.record(
  z.string().max(200),
  z.enum(FIELD_NAMES, { error: `must be one of ${FIELD_NAMES.join(", ")} or null` }).nullable(),
  {
    error: "must map column headers to film fields",
  },
);

/** Choices the programmer made in the preview: per entry, skip it, edit fields, or merge into / keep both for a duplicate. */
export const importDecisions = z.strictObject({
  mapping: importMapping.optional(),
  entries: z
    .array(
      z.strictObject({
        index: z.number().int().min(0),
        skip: z.boolean().optional(),
        duplicate: z.enum(["merge", "keep-both"]).optional(),
        film: filmEdit.optional(),
      }),
    )
    .max(MAX_IMPORT_ENTRIES)
    .optional(),
});
export type ImportDecisions = z.output<typeof importDecisions>;

function decodeBody(body: Uint8Array | string): { text: string; encoding: string } {
  if (typeof body === "string") return { text: body, encoding: "utf-8" };
  if (body.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  const decoded = decodeInput(body);
  if ("error" in decoded) throw new ServiceError("bad_request", `Cannot import this file: ${decoded.error}`, { body: decoded.error });
  return decoded;
}

function tooLarge() {
  return new ServiceError("payload_too_large", `Imports are limited to ${MAX_IMPORT_BYTES / 1_000_000} MB; split the file`, {
    body: `must be at most ${MAX_IMPORT_BYTES} bytes`,
  });
}

/** Every entry read and its proposed action (in full: previewImport and commitImport page it). */
interface FullPreview extends Omit<ImportPreview, "entries" | "page" | "warningsTotal"> {
  entries: PreviewEntry[];
}

function readImport(body: Uint8Array | string, opts: ImportOptions): FullPreview {
  const { text, encoding } = decodeBody(body);
  const sizeError = checkImportSize(text);
  if (sizeError) throw new ServiceError("payload_too_large", sizeError, { body: sizeError });
  const format = detectFormat(text, opts.contentType, opts.fileName);
  const mapping = opts.mapping === undefined || opts.mapping === null ? undefined : parse(importMapping, opts.mapping);
  let parsed: ReturnType<typeof parseCatalogue>;
  try {
    parsed = parseCatalogue(text, { format, mapping, maxEntries: MAX_IMPORT_ENTRIES });
  } catch (e) {
    throw new ServiceError("bad_request", `Cannot read this ${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`, {
      body: "could not be parsed",
    });
  }
  if (parsed.overLimit)
    throw new ServiceError("payload_too_large", tooManyEntriesMessage(MAX_IMPORT_ENTRIES), {
      body: `must hold at most ${MAX_IMPORT_ENTRIES.toLocaleString("en")} entries`,
    });
  if (parsed.entries.length === 0) throw new ServiceError("bad_request", "No films found in this text", { body: "contains no entries" });
  const keys = [...new Set(parsed.entries.map((e) => dedupeKey(e.film)))];
  const existing = keys.length > 2_000 ? allFilms(getDb()) : filmsByDedupeKeys(getDb(), keys);
  const actions = new Map(proposeActions(parsed.entries, existing).map((a) => [a.index, a]));
  const entries: PreviewEntry[] = parsed.entries.map((e) => {
    const a = actions.get(e.index);
    return { ...e, displayTitle: displayTitle(e.film), action: a?.action ?? "new", filmId: a?.filmId, ofIndex: a?.ofIndex };
  });
  return {
    format: parsed.format,
    encoding,
    mapping: parsed.mapping,
    warnings: parsed.warnings,
    entries,
    summary: {
      entries: entries.length,
      new: entries.filter((e) => e.action === "new").length,
      same: entries.filter((e) => e.action === "same").length,
      duplicates: entries.filter((e) => e.action === "duplicate-in-paste" || e.action === "possible-duplicate").length,
      flagged: entries.filter((e) => e.film.flags.length > 0).length,
    },
  };
}

/** The capped answer: one page of entries, at most MAX_PREVIEW_WARNINGS warnings. */
function paged(full: FullPreview, page: ImportPage): ImportPreview {
  const { entries, warnings, ...rest } = full;
  return {
    ...rest,
    warnings: warnings.slice(0, MAX_PREVIEW_WARNINGS),
    warningsTotal: warnings.length,
    page: { offset: page.offset, limit: page.limit, total: entries.length },
    entries: entries.slice(page.offset, page.offset + page.limit),
  };
}

/** What an import would do: nothing is written. Refuses more than MAX_IMPORT_ENTRIES entries (413) as it reads. */
export function previewImport(actor: Actor, body: Uint8Array | string, opts: ImportOptions = {}): ImportPreview {
  authorise(actor, "edit");
  return paged(readImport(body, opts), opts.page ?? DEFAULT_PAGE);
}

/**
 * Commits an import in one transaction. Without decisions: new entries are created,
 * "same" entries and repeats within the paste are skipped (importing twice creates nothing),
 * possible duplicates are kept as separate films only when the programmer says "keep-both".
 */
export function commitImport(
  actor: Actor,
  body: Uint8Array | string,
  opts: Omit<ImportOptions, "mapping"> & { decisions?: unknown } = {},
): ImportResult {
  authorise(actor, "edit");
  const decisions = parse(importDecisions, opts.decisions ?? {});
  const preview = readImport(body, { ...opts, mapping: decisions.mapping as Record<string, FieldName | null> | undefined });
  const byIndex = new Map((decisions.entries ?? []).map((d) => [d.index, d]));
  const created: { index: number; film: Film }[] = [];
  const merged: { index: number; filmId: number }[] = [];
  const toInsert: { index: number; film: FilmData }[] = [];
  transaction((db) => {
    for (const e of preview.entries) {
      const d = byIndex.get(e.index);
      if (d?.skip) continue;
      if (e.action === "same" || e.action === "duplicate-in-paste") continue;
      if (e.action === "possible-duplicate" && d?.duplicate !== "keep-both") {
        if (e.filmId) {
          mergeInto(db, e.filmId, { ...e.film, ...(d?.film ?? {}) });
          merged.push({ index: e.index, filmId: e.filmId });
        }
        continue;
      }
      const { flags, ...fields } = e.film;
      const candidate = { ...fields, ...(d?.film ?? {}) };
      const checked = filmInput.safeParse(candidate);
      if (!checked.success)
        throw new ServiceError("bad_request", `Entry ${e.index + 1} (${e.displayTitle}): ${checked.error.issues[0]?.message}`, {
          [`entries.${e.index}.${checked.error.issues[0]?.path.join(".")}`]: checked.error.issues[0]?.message ?? "invalid",
        });
      const film = checked.data;
      toInsert.push({ index: e.index, film: { ...film, flags: derivedFlags(film, flags) } });
    }
    // One prepared statement for every film: 10,000 films commit in well under a second.
    const inserted = insertFilmsBulk(
      db,
      toInsert.map(({ film }) => ({ ...film, dedupeKey: dedupeKey(film) })),
    );
    for (const [i, { index, film }] of toInsert.entries())
      created.push({ index, film: { ...film, image: null, id: inserted[i]?.id ?? 0, version: 1 } });
    audit(db, actor, {
      entity: "import",
      action: "commit",
      summary: `${preview.format} import: ${created.length} films created, ${merged.length} merged, ${preview.entries.length} entries read`,
      after: { created: created.map((c) => c.film.id), merged: merged.map((m) => m.filmId) },
    });
  });
  const page = opts.page ?? DEFAULT_PAGE;
  const onPage = (index: number) => index >= page.offset && index < page.offset + page.limit;
  const result = paged(preview, page);
  return {
    ...result,
    created: created.filter((c) => onPage(c.index)).map(({ film }) => ({ id: film.id, title: film.title, flags: film.flags })),
    merged: merged.filter((m) => onPage(m.index)).map((m) => m.filmId),
    summary: { ...result.summary, created: created.length, merged: merged.length },
  };
}

/** Merge: the existing film keeps what it has; fields it lacks are filled from the imported entry. */
function mergeInto(db: DB, filmId: number, entry: Partial<Film>): void {
  const current = getFilm(db, filmId);
  if (!current) return;
  const patch: Partial<Film> = {};
  const scalars = ["title", "originalTitle", "year", "runtimeMinutes", "subtitles", "genre", "rating", "section", "synopsis"] as const;
  for (const k of scalars)
    if ((current[k] === null || current[k] === "") && entry[k] != null && entry[k] !== "") (patch as Record<string, unknown>)[k] = entry[k];
  const lists = ["directors", "cast", "countries", "languages"] as const;
  for (const k of lists) if (current[k].length === 0 && (entry[k]?.length ?? 0) > 0) patch[k] = entry[k];
  if (entry.internalNotes && !(current.internalNotes ?? "").includes(entry.internalNotes))
    patch.internalNotes = [current.internalNotes, entry.internalNotes].filter(Boolean).join("\n");
  if (Object.keys(patch).length === 0) return;
  const merged = { ...current, ...patch };
  const flags = derivedFlags(merged, [...new Set([...current.flags, ...(entry.flags ?? [])].filter((f) => f === "personal-data"))]);
  updateFilm(db, filmId, { ...patch, flags }, dedupeKey(merged));
}

/** The whole catalogue as CSV, internal notes included (so it needs a signed-in reader). */
export function exportCatalogueCsv(actor: Actor): string {
  authorise(actor, "read");
  return renderCatalogueCsv(allFilms(getDb()));
}
