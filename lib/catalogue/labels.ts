/**
 * Field labels of catalogue pages ("Director:", "Realização", "Runtime (min)"): normalised,
 * mapped to the field they name (exact synonym, then distinctive words), or recognised as
 * a label of something Lineup keeps only in notes.
 */

import { FIELD_SYNONYMS, OTHER_LABEL_WORDS } from "./label-vocabulary";
import { FIELD_NAMES, type FieldName } from "./model";

/** Lower case, accents stripped, "(s)" and punctuation dropped, spaces collapsed. */
const labelCache = new Map<string, string>();
export function normaliseLabel(label: string): string {
  const hit = labelCache.get(label);
  if (hit !== undefined) return hit;
  const n = normaliseLabelUncached(label);
  if (labelCache.size > 5000) labelCache.clear();
  labelCache.set(label, n);
  return n;
}

function normaliseLabelUncached(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\(s\)/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const LABEL_TO_FIELD = new Map<string, FieldName>();
for (const field of FIELD_NAMES) for (const n of FIELD_SYNONYMS[field]) LABEL_TO_FIELD.set(n, field);

/** Labels that are clearly labels but name nothing we import: kept in internal notes. */
const OTHER_LABELS = new Set(OTHER_LABEL_WORDS.map(normaliseLabel));

/** A header or label mapped by exact synonym, then by its distinctive words. */
export function fuzzyFieldForLabel(label: string): FieldName | null {
  const n = normaliseLabel(label);
  const exact = LABEL_TO_FIELD.get(n);
  if (exact) return exact;
  const stripped = n
    .replace(/\b(in|of|the|film|films|s|min|mins|minutes|text|en|english|public|full|short|long)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const byStripped = stripped ? LABEL_TO_FIELD.get(stripped) : undefined;
  if (byStripped) return byStripped;
  if (/\boriginal\b.*\btitle\b|\btitle\b.*\boriginal\b/.test(n)) return "originalTitle";
  if (/\b(runtime|running time|run time|duration|length)\b/.test(n)) return "runtimeMinutes";
  if (/\bdirector|directed\b/.test(n)) return "directors";
  if (/\bsubtitle/.test(n)) return "subtitles";
  if (/\blanguage/.test(n)) return "languages";
  if (/\bcountr/.test(n)) return "countries";
  if (/\b(synopsis|description|summary|logline|plot)\b/.test(n)) return "synopsis";
  if (/\b(cast|starring)\b/.test(n)) return "cast";
  if (/\bgenre/.test(n)) return "genre";
  if (/\b(rating|rated|certificate|certification|classification)\b/.test(n)) return "rating";
  if (/\b(section|strand)\b/.test(n)) return "section";
  if (/\bnotes?\b|\bcomments?\b/.test(n)) return "internalNotes";
  if (/\byear\b/.test(n)) return "year";
  if (/\btitle\b/.test(n)) return "title";
  return null;
}

export type LabelMatch = { field: FieldName | null; label: string; value: string };

const LABEL_RE = /^\s*([\p{L}][\p{L} ()/.'&-]{0,40}?)\s*(?::|：|\t+)\s*(.*)$/u;
const PREFIX_RE = /^\s*(written and directed by|directed by|a film by|dir\.|starring|featuring|regie)\s+(.+)$/i;

/**
 * "Label: value" with a known field label (field set), or a label we recognise
 * as a label but do not import (field null). Lines that merely contain a colon
 * are not labels.
 */
export function matchLabel(text: string): LabelMatch | null {
  const m = LABEL_RE.exec(text);
  if (m) {
    const [, rawLabel = "", rawValue = ""] = m;
    const label = rawLabel.trim();
    const n = normaliseLabel(label);
    const field = LABEL_TO_FIELD.get(n);
    if (field) return { field, label, value: rawValue.trim() };
    if (OTHER_LABELS.has(n)) return { field: null, label, value: rawValue.trim() };
  }
  const [, prefix = "", rest = ""] = PREFIX_RE.exec(text) ?? [];
  const prefixed = prefix ? LABEL_TO_FIELD.get(normaliseLabel(prefix)) : undefined;
  if (prefixed && rest.split(/\s+/).length <= 12 && !/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(rest))
    return { field: prefixed, label: prefix.trim(), value: rest.trim() };
  // a line that is just a label (a definition list, a table cell): "Director"
  const bare = /^\s*([\p{L}][\p{L} ()/.'-]{0,30}?)\s*:?\s*$/u.exec(text)?.[1];
  if (bare) {
    const n = normaliseLabel(bare);
    const field = LABEL_TO_FIELD.get(n);
    if (
      field &&
      n !== "film" &&
      n !== "name" &&
      n !== "with" &&
      n !== "about" &&
      n !== "type" &&
      n !== "origin" &&
      n !== "land" &&
      n !== "min" &&
      n !== "mins" &&
      n !== "minutes"
    )
      return { field, label: bare.trim(), value: "" };
  }
  return null;
}
