/**
 * The catalogue as CSV (a programmer's backup and spreadsheet view): one row per
 * film with every field, internal notes included (this export needs a login).
 * Headers are the importer's own labels, so export -> import gives the same catalogue.
 */
import { csvRow } from "@/lib/feeds/csv";
import type { Film } from "@/lib/types";
import type { FieldName } from "./model";

const CATALOGUE_CSV_HEADER = [
  "Title",
  "Original title",
  "Year",
  "Directors",
  "Cast",
  "Countries",
  "Runtime",
  "Languages",
  "Subtitles",
  "Genre",
  "Synopsis",
  "Internal notes",
  // After the older columns, so tools that read by position still find them.
  "Rating",
  "Section",
] as const;

export function renderCatalogueCsv(films: Pick<Film, FieldName>[]): string {
  const rows = [csvRow([...CATALOGUE_CSV_HEADER])];
  for (const f of films)
    rows.push(
      csvRow([
        f.title,
        f.originalTitle,
        f.year,
        f.directors.join("; "),
        f.cast.join("; "),
        f.countries.join("; "),
        f.runtimeMinutes,
        f.languages.join("; "),
        f.subtitles,
        f.genre,
        f.synopsis,
        f.internalNotes,
        f.rating,
        f.section,
      ]),
    );
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
