/**
 * The small "credit items" archives string together ("USA, 1954, b&w, 94 min", "In Spanish
 * with English subtitles", "Herbert J. Biberman"): what kind each one is.
 */
import { countryList, isCountry } from "./countries";
import { isYear, runtimeItem, splitList } from "./lists";

const COLOUR_RE =
  /^(?:colou?r|in colou?r|b\s*&\s*w|b\/w|bw|black\s*(?:and|&)\s*white|colou?r\s*(?:and|&|\/)\s*b\s*&?\s*w|b\s*&\s*w\s*(?:and|&|\/)\s*colou?r|sepia|tinted|silent|sound|mono|stereo)$/i;
const FORMAT_RE =
  /^(?:\d{1,2}\s?mm|super\s?8|dcp|digital|blu-?ray|dvd|video|hd|4k|2k|vhs|betacam|digibeta|dolby(?:\s+\w+)?|\d\.\d+\s*:\s*1|\d\.\d+|16:9|4:3|scope|cinemascope|file|prores|mp4|mov)$/i;
const RATING_RE =
  /^(?:not\s+rated|unrated|nr|rated\s+[a-z0-9+-]+|pg(?:-13)?|nc-17|m\/\d{1,2}|\d{1,2}\s*\+|tv-[a-z0-9]+|all ages|general audiences?)$/i;

export function isRating(text: string): boolean {
  return RATING_RE.test(text.trim().replace(/[.]$/, ""));
}

const LANG_WORD = String.raw`\p{Lu}[\p{L}'-]+(?:\s+(?:Sign\s+Language|Creole|Arabic|Portuguese|Chinese))?`;
const LANG_LIST = String.raw`${LANG_WORD}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*\/\s*)${LANG_WORD})*`;
const LANG_RE = new RegExp(String.raw`^(?:in\s+)(${LANG_LIST})(?:\s*,?\s*with\s+(${LANG_LIST})\s+subtitles)?$`, "u");
const LANG_RE2 = new RegExp(String.raw`^(${LANG_LIST})\s+with\s+(${LANG_LIST})\s+subtitles$`, "u");
const SUBS_RE = new RegExp(
  String.raw`^(?:with\s+)?(${LANG_LIST})\s+subtitles$|^subtitled\s+in\s+(${LANG_LIST})$|^(${LANG_LIST})\s+subtitled$`,
  "u",
);

/** "In English and Spanish with English subtitles" -> languages and subtitles. */
export function languagePhrase(text: string): { languages: string[]; subtitles: string | null } | null {
  const t = text
    .trim()
    .replace(/[.;]+$/, "")
    .replace(/^In\s/, "in ");
  const [, spoken, subtitled] = LANG_RE.exec(t) ?? LANG_RE2.exec(t) ?? [];
  if (spoken !== undefined) return { languages: splitList(spoken), subtitles: subtitled ? splitList(subtitled).join(", ") : null };
  const [, a, b, c] = SUBS_RE.exec(t.replace(/^with\s+/i, "")) ?? [];
  const subtitles = a ?? b ?? c;
  if (subtitles !== undefined) return { languages: [], subtitles: splitList(subtitles).join(", ") };
  if (/^(?:no dialogue|without dialogue|dialogue-free|silent)$/i.test(t)) return { languages: [], subtitles: null };
  return null;
}

const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "du",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "di",
  "del",
  "della",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
  "e",
  "ten",
  "ter",
  "st",
  "st.",
]);

/** "Herbert J. Biberman", "Jean-Pierre Dardenne", "Wang Bing", "Agnès Varda": a person's name shape, not a country or a year. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || /\d/.test(t) || isCountry(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\p{Lu}\.$/u.test(w)) capitals++;
    else if (!PARTICLES.has(w.toLowerCase()) && !/^(?:d|l|o)['’]\p{Lu}/u.test(w)) return false;
  }
  return capitals >= 1 && words.every((w) => /^[\p{L}.'’-]+$/u.test(w));
}

export type CreditItem =
  | { kind: "year"; value: number }
  | { kind: "runtime"; value: number }
  | { kind: "countries"; value: string[] }
  | { kind: "language"; value: { languages: string[]; subtitles: string | null } }
  | { kind: "colour" | "format" | "rating"; value: string };

export function classifyCreditItem(item: string): CreditItem | null {
  const t = item.trim().replace(/[.]$/, "");
  if (!t) return null;
  const y = isYear(t);
  if (y !== null) return { kind: "year", value: y };
  const r = runtimeItem(t);
  if (r !== null) return { kind: "runtime", value: r };
  if (COLOUR_RE.test(t)) return { kind: "colour", value: t };
  if (FORMAT_RE.test(t)) return { kind: "format", value: t };
  if (RATING_RE.test(t)) return { kind: "rating", value: t };
  const c = countryList(t);
  if (c) return { kind: "countries", value: c };
  const l = languagePhrase(t);
  if (l) return { kind: "language", value: l };
  return null;
}

/** Splits credit items on commas and semicolons (not inside parentheses). */
export function splitItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if ((ch === "," || ch === ";" || ch === "|" || ch === "·" || ch === "•") && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}
