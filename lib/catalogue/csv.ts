/** Spreadsheets (CSV/TSV with a header row): headers mapped to fields, the rest kept in internal notes. */
import { parse } from "csv-parse/sync";
import { fuzzyFieldForLabel } from "./fields";
import { FilmBuilder } from "./film-builder";
import type { FieldName, ParsedEntry } from "./model";

const SCALAR: FieldName[] = ["title", "originalTitle", "year", "runtimeMinutes", "subtitles", "genre"];

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
  info: { lines: number };
}

/** Rows after the header are films; more than `maxEntries` of them: overLimit (the rest is not read). */
export function readCsv(
  text: string,
  delimiter: "," | "\t",
  override?: Record<string, FieldName | null>,
  maxEntries = Number.POSITIVE_INFINITY,
) {
  let lastLine = 0;
  let rows: Row[];
  try {
    rows = (parse as unknown as (input: string, options: Record<string, unknown>) => Row[])(text, {
      delimiter,
      bom: true,
      raw: true,
      info: true,
      relax_column_count: true,
      relax_quotes: delimiter === "\t",
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // the header, the limit and one more: enough to know the limit is passed
      ...(Number.isFinite(maxEntries) ? { to: maxEntries + 2 } : {}),
      on_record: (rec: { info: { lines: number } }) => {
        lastLine = rec.info.lines;
        return rec;
      },
    });
  } catch (e) {
    const err = e as { code?: string; message?: string; lines?: number };
    if (err.code && /QUOTE/.test(err.code)) throw new Error(`unbalanced quotes near line ${lastLine + 1}`);
    throw new Error(err.message ?? String(e));
  }
  const warnings: string[] = [];
  if (!rows.length)
    return { entries: [] as ParsedEntry[], warnings: ["the file has no rows"], mapping: {} as Record<string, FieldName | null> };
  if (rows.length - 1 > maxEntries) return { entries: [] as ParsedEntry[], warnings, mapping: {}, overLimit: true };
  const headers = rows[0].record.map((h, i) => h.trim() || `Column ${i + 1}`);
  const suggested = suggestMapping(headers);
  const mapping: Record<string, FieldName | null> = { ...suggested };
  if (override) for (const [h, f] of Object.entries(override)) if (h in mapping) mapping[h] = f;
  if (!Object.values(mapping).some(Boolean))
    warnings.push("no column header was recognised as a film field; every column is kept in internal notes");
  if (!Object.values(mapping).includes("title")) warnings.push("no title column: every film will be flagged missing-title");
  const srcLines = text.split("\n");
  const entries: ParsedEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
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
    const to = row.info.lines;
    const body = row.raw.replace(/^(?:[ \t]*\r?\n)+/, "").replace(/\r?\n$/, "");
    const from = Math.max(1, to - (body.match(/\n/g)?.length ?? 0));
    entries.push({ index: entries.length, film, sourceLines: { from, to }, source: srcLines.slice(from - 1, to).join("\n") });
  }
  return { entries, warnings, mapping };
}
