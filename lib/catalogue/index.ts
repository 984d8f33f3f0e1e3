/**
 * Catalogue import, pure part: bytes -> text, text -> film records, records ->
 * proposed actions against the catalogue. Reads archive pages, HTML and
 * spreadsheets the way a careful human would; never invents a title, never
 * loses text (what it cannot place goes to internal notes), never publishes
 * personal data (moved to internal notes and flagged).
 */
import { normaliseDocument } from "@/lib/text";
import type { Film } from "@/lib/types";
import { readCsv } from "./csv";
import { dedupeKey, normaliseName } from "./dedupe";
import { fuzzyFieldForLabel } from "./fields";
import { hasMarkup, reduceMarkup, type SrcLine } from "./markup";
import type { FieldName, ParsedEntry, ParseResult, SourceFormat } from "./model";
import { readLines } from "./text";

export { suggestMapping } from "./csv";
export type { FieldName, ParsedEntry, ParsedFilm, ParseResult, SourceFormat } from "./model";
export { FIELD_NAMES } from "./model";

export const MAX_IMPORT_CHARS = 5_000_000;
export const MAX_IMPORT_ENTRIES = 20_000;

/* ---------------- bytes ---------------- */

function controlRatio(text: string): number {
  if (!text.length) return 0;
  let n = 0;
  const len = Math.min(text.length, 200_000);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) n++;
  }
  return n / len;
}

// C1 range of Windows-1252 (some runtimes decode "windows-1252" as ISO-8859-1; this is the WHATWG table)
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; binary and empty files refused. */
export function decodeInput(bytes: Uint8Array): { text: string; encoding: string } | { error: string } {
  const empty = { error: "the file is empty" };
  const binary = { error: "looks like a binary file, not text" };
  if (!bytes.length) return empty;
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16be";
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    const sample = body.subarray(0, 200_000);
    let nul = 0;
    let control = 0;
    for (const b of sample) {
      if (b === 0) nul++;
      else if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
    }
    if (nul > 0) return binary;
    if (sample.length && control / sample.length > 0.1) return binary;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      encoding = bom ? "utf-8-bom" : "utf-8";
    } catch {
      text = decodeWindows1252(body);
      encoding = "windows-1252";
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000") || controlRatio(text) > 0.1) return binary;
  if (!text.trim()) return empty;
  return { text, encoding };
}

/* ---------------- size ---------------- */

/** null if the text may be imported; otherwise why not. (The entry limit is enforced while reading: parseCatalogue.) */
export function checkImportSize(text: string): string | null {
  if (text.length > MAX_IMPORT_CHARS)
    return `The text is ${text.length.toLocaleString("en")} characters; imports are limited to ${MAX_IMPORT_CHARS.toLocaleString("en")}. Split it into smaller files.`;
  return null;
}

/** Why an import over the entry limit is refused. */
export function tooManyEntriesMessage(maxEntries: number = MAX_IMPORT_ENTRIES): string {
  return `The text holds more than ${maxEntries.toLocaleString("en")} entries; imports are limited to ${maxEntries.toLocaleString("en")} entries. Split it into smaller files.`;
}

/* ---------------- format ---------------- */

const STRUCTURAL_TAG = /<(?:p|div|br|table|tr|td|th|li|ul|ol|h[1-6]|article|section|span|a|body|dl|dt|dd|img|hr)\b[^<>]*>/gi;

function headerLike(line: string, sep: string): boolean {
  const cells = line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  if (cells.length < 3) return false;
  if (cells.some((c) => c.length > 60 || /[.!?]$/.test(c))) return false;
  const mapped = cells.filter((c) => c && fuzzyFieldForLabel(c)).length;
  return mapped >= 1 && mapped >= Math.min(2, cells.length - 1);
}

/** By content type, then file extension, then by sniffing the text. */
export function detectFormat(text: string, contentType?: string, fileName?: string): SourceFormat {
  const ct = (contentType ?? "").toLowerCase();
  if (/text\/csv|application\/csv|comma-separated/.test(ct)) return "csv";
  if (/tab-separated|text\/tsv/.test(ct)) return "tsv";
  if (/text\/html|application\/xhtml/.test(ct)) return "html";
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (ext === "csv") return "csv";
  if (ext === "tsv" || ext === "tab") return "tsv";
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  const head = text.slice(0, 100_000);
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return "html";
  const structural = head.match(STRUCTURAL_TAG)?.length ?? 0;
  if (structural >= 3 || (structural >= 1 && /<\/(?:p|div|table|li|h[1-6]|article)>/i.test(head) && structural >= 2)) return "html";
  const first = head.split(/\r?\n/).find((l) => l.trim()) ?? "";
  if ((first.match(/\t/g)?.length ?? 0) >= 2 && headerLike(first, "\t")) return "tsv";
  if ((first.match(/,/g)?.length ?? 0) >= 2 && headerLike(first, ",")) return "csv";
  return "text";
}

/* ---------------- parse ---------------- */

/**
 * Never throws on text, except for a CSV/TSV with unbalanced quotes ("unbalanced quotes near
 * line N"). A text with more than `maxEntries` films (default MAX_IMPORT_ENTRIES) is read only
 * up to the first entry over the limit and answered with no entries and `overLimit`.
 */
export function parseCatalogue(
  input: string,
  opts: { format?: SourceFormat; mapping?: Record<string, FieldName | null>; maxEntries?: number } = {},
): ParseResult {
  const maxEntries = opts.maxEntries ?? MAX_IMPORT_ENTRIES;
  const text = normaliseDocument(String(input ?? "").replace(/^\uFEFF/, ""));
  const format = opts.format ?? detectFormat(text);
  if (format === "csv" || format === "tsv") {
    const r = readCsv(text, format === "csv" ? "," : "\t", opts.mapping, maxEntries);
    if (r.overLimit) return { format, entries: [], warnings: [], mapping: r.mapping, overLimit: true };
    return { format, entries: r.entries, warnings: r.warnings, mapping: r.mapping };
  }
  const rawLines = text.split("\n");
  try {
    let lines: SrcLine[];
    if (format === "html") lines = reduceMarkup(text, true);
    else if (hasMarkup(text)) lines = reduceMarkup(text, false);
    else lines = rawLines.map((t, i) => ({ text: t, from: i + 1, to: i + 1 }));
    const r = readLines(lines, rawLines, maxEntries);
    if (r.overLimit) return { format, entries: [], warnings: [], overLimit: true };
    return { format, entries: r.entries, warnings: r.warnings };
  } catch (e) {
    // a reader bug must not take the import down: say so and return nothing
    return { format, entries: [], warnings: [`could not read this text: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

/* ---------------- actions ---------------- */

function sameDirectors(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const x = a.map(normaliseName).sort().join(",");
  const y = b.map(normaliseName).sort().join(",");
  return x === y;
}

export function proposeActions(
  entries: ParsedEntry[],
  existing: Film[],
): { index: number; action: "new" | "same" | "duplicate-in-paste" | "possible-duplicate"; filmId?: number; ofIndex?: number }[] {
  const byKey = new Map<string, Film[]>();
  for (const f of existing) {
    const k = dedupeKey(f);
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const key = dedupeKey(e.film);
    if (key === "u:::") return { index: e.index, action: "new" as const };
    const matches = byKey.get(key);
    const [first] = matches ?? [];
    if (matches && first) {
      const same = matches.find(
        (f) =>
          (f.runtimeMinutes == null || e.film.runtimeMinutes == null || f.runtimeMinutes === e.film.runtimeMinutes) &&
          sameDirectors(f.directors, e.film.directors),
      );
      if (same) return { index: e.index, action: "same" as const, filmId: same.id };
      return { index: e.index, action: "possible-duplicate" as const, filmId: first.id };
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) return { index: e.index, action: "duplicate-in-paste" as const, ofIndex: earlier };
    seen.set(key, e.index);
    return { index: e.index, action: "new" as const };
  });
}
