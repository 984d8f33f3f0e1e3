/** Spreadsheets (CSV/TSV with a header row): headers mapped to fields, the rest kept in internal notes. */
import { CsvError, parse } from "csv-parse/sync";
import { fuzzyFieldForLabel } from "./fields";
import { FilmBuilder } from "./film-builder";
import type { FieldName, ParsedEntry } from "./model";

const SCALAR: FieldName[] = ["title", "originalTitle", "year", "runtimeMinutes", "subtitles", "genre", "rating", "section"];

/** Header -> field by name and synonyms; a scalar field goes to the first header that names it; unknown -> null. */
export function suggestMapping(headers: string[]): Record<string, FieldName | null> {
  const out: Record<string, FieldName | null> = {};
  const taken = new Set<FieldName>();
  for (const h of headers) {
    if (h in out) continue;
    const f = fuzzyFieldForLabel(h);
    if (f && SCALAR.includes(f) && taken.has(f)) out[h] = null;
    else {
      out[h] = f;
      if (f) taken.add(f);
    }
  }
  return out;
}

interface Row {
  record: string[];
  raw: string;
  /** The source line the record ends on. */
  lines: number;
}

export interface CsvReadResult {
  entries: ParsedEntry[];
  warnings: string[];
  mapping: Record<string, FieldName | null>;
  /** More than maxEntries rows after the header: nothing was read into films. */
  overLimit?: boolean;
}

function isRawRecord(x: unknown): x is { record: string[]; raw: string } {
  return (
    typeof x === "object" &&
    x !== null &&
    "record" in x &&
    Array.isArray(x.record) &&
    x.record.every((v) => typeof v === "string") &&
    "raw" in x &&
    typeof x.raw === "string"
  );
}

/** Rows after the header are films; more than `maxEntries` of them: overLimit (the rest is not read). */
export function readCsv(
  text: string,
  delimiter: "," | "\t",
  override?: Record<string, FieldName | null>,
  maxEntries = Number.POSITIVE_INFINITY,
): CsvReadResult {
  let lastLine = 0;
  const rows: Row[] = [];
  try {
    parse(text, {
      delimiter,
      bom: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: delimiter === "\t",
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // the header, the limit and one more: enough to know the limit is passed
      ...(Number.isFinite(maxEntries) ? { to: maxEntries + 2 } : {}),
      // With raw: true each record arrives as { record, raw } (the typings say string[]); kept here, not returned.
      on_record: (rec: unknown, context) => {
        lastLine = context.lines;
        if (isRawRecord(rec)) rows.push({ record: rec.record, raw: rec.raw, lines: context.lines });
        return null;
      },
    });
  } catch (e) {
    if (e instanceof CsvError && /QUOTE/.test(e.code)) throw new Error(`unbalanced quotes near line ${lastLine + 1}`);
    throw new Error(e instanceof Error ? e.message : String(e));
  }
  const warnings: string[] = [];
  const [header, ...body] = rows;
  if (!header) return { entries: [], warnings: ["the file has no rows"], mapping: {} };
  if (body.length > maxEntries) return { entries: [], warnings, mapping: {}, overLimit: true };
  const headers = header.record.map((h, i) => h.trim() || `Column ${i + 1}`);
  const suggested = suggestMapping(headers);
  const mapping: Record<string, FieldName | null> = { ...suggested };
  if (override) for (const [h, f] of Object.entries(override)) if (h in mapping) mapping[h] = f;
  if (!Object.values(mapping).some(Boolean))
    warnings.push("no column header was recognised as a film field; every column is kept in internal notes");
  if (!Object.values(mapping).includes("title")) warnings.push("no title column: every film will be flagged missing-title");
  const srcLines = text.split("\n");
  const entries: ParsedEntry[] = [];
  for (const row of body) {
    if (!row.record.some((v) => v.trim())) continue;
    const b = new FilmBuilder();
    row.record.forEach((value, i) => {
      // A leading apostrophe is how spreadsheet exports (ours included) neutralise formulas.
      const v = value.trim().replace(/^'(?=[=+\-@])/, "");
      if (!v) return;
      const header = headers[i] ?? `Column ${i + 1}`;
      const field = mapping[header] ?? null;
      if (field) b.label(field, v.replace(/\s*\n\s*/g, field === "synopsis" || field === "internalNotes" ? "\n" : " "), `${header}: ${v}`);
      else b.notes.push(`${header}: ${v}`);
    });
    const film = b.finish();
    const to = row.lines;
    const body = row.raw.replace(/^(?:[ \t]*\r?\n)+/, "").replace(/\r?\n$/, "");
    const from = Math.max(1, to - (body.match(/\n/g)?.length ?? 0));
    entries.push({ index: entries.length, film, sourceLines: { from, to }, source: srcLines.slice(from - 1, to).join("\n") });
  }
  return { entries, warnings, mapping };
}
