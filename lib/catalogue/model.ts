/** Shapes shared by the catalogue readers (re-exported from ./index). */
import type { Film } from "@/lib/types";

export type SourceFormat = "text" | "html" | "csv" | "tsv";

/** The film fields a source's labels or columns are read into (the import's column mapping offers these). */
export const FIELD_NAMES = [
  "title",
  "originalTitle",
  "year",
  "directors",
  "cast",
  "countries",
  "runtimeMinutes",
  "languages",
  "subtitles",
  "genre",
  "rating",
  "section",
  "synopsis",
  "internalNotes",
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** A film as read from the source: the catalogue's fields, before it has an id. */
export type ParsedFilm = Omit<Film, "id" | "version" | "image">;

export interface ParsedEntry {
  /** 0-based order in the source. */
  index: number;
  film: ParsedFilm;
  /** 1-based line numbers in the decoded text. */
  sourceLines: { from: number; to: number };
  /** The entry's raw text. */
  source: string;
}

export interface ParseResult {
  format: SourceFormat;
  entries: ParsedEntry[];
  warnings: string[];
  /** CSV/TSV only: header -> field (null: kept in internal notes). */
  mapping?: Record<string, FieldName | null>;
  /** More films than the entry limit: reading stopped at the first one over, entries is empty. */
  overLimit?: boolean;
}

export function emptyFilm(): ParsedFilm {
  return {
    title: null,
    originalTitle: null,
    year: null,
    directors: [],
    cast: [],
    countries: [],
    runtimeMinutes: null,
    languages: [],
    subtitles: null,
    genre: null,
    rating: null,
    section: null,
    synopsis: null,
    internalNotes: null,
    flags: [],
  };
}
