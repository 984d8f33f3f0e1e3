/**
 * Vocabulary of catalogue pages: field labels and their synonyms, list
 * splitting, title casing, and the small "credit items" archives string
 * together ("USA, 1954, b&w, 94 min").
 */
import { findRuntime, parseRuntime } from "@/lib/runtime";
import type { FieldName } from "./model";

/** Lower case, accents stripped, "(s)" and punctuation dropped, spaces collapsed. */
const labelCache = new Map<string, string>();
function normaliseLabel(label: string): string {
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

const FIELD_SYNONYMS: Record<FieldName, string[]> = {
  title: [
    "title",
    "film",
    "film title",
    "movie",
    "english title",
    "international title",
    "titre",
    "titel",
    "titulo",
    "title en",
    "name",
    "film name",
  ],
  originalTitle: [
    "original title",
    "orig title",
    "title original",
    "titre original",
    "originaltitel",
    "titulo original",
    "original name",
    "native title",
  ],
  year: [
    "year",
    "released",
    "release year",
    "release date",
    "year of production",
    "production year",
    "yr",
    "ano",
    "annee",
    "jahr",
    "produktionsjahr",
  ],
  directors: [
    "director",
    "directors",
    "directed by",
    "dir",
    "regie",
    "realisation",
    "realise par",
    "realizador",
    "realizadores",
    "realizacao",
    "realizacion",
    "direction",
    "filmmaker",
    "filmmakers",
    "written and directed by",
    "a film by",
    "directed",
    "director s",
    "diretor",
    "director a",
  ],
  cast: [
    "cast",
    "starring",
    "with",
    "featuring",
    "actors",
    "cast members",
    "principal cast",
    "main cast",
    "elenco",
    "avec",
    "mit",
    "interpretes",
    "stars",
  ],
  countries: [
    "country",
    "countries",
    "production country",
    "production countries",
    "country of production",
    "countries of production",
    "origin",
    "country of origin",
    "pais",
    "paises",
    "pays",
    "land",
    "produktionsland",
    "nation",
  ],
  runtimeMinutes: [
    "run time",
    "running time",
    "runtime",
    "duration",
    "length",
    "dur",
    "duracao",
    "duracion",
    "duree",
    "laufzeit",
    "minutes",
    "mins",
    "min",
    "runtime min",
    "running time min",
    "duration min",
    "length min",
    "total running time",
  ],
  languages: [
    "language",
    "languages",
    "spoken language",
    "spoken languages",
    "original language",
    "idioma",
    "idiomas",
    "lingua",
    "langue",
    "langues",
    "sprache",
    "dialogue",
    "lang",
  ],
  subtitles: [
    "subtitles",
    "subtitled",
    "subtitle",
    "subs",
    "subtitle language",
    "subtitles language",
    "legendas",
    "legendado",
    "sous titres",
    "untertitel",
    "subtitulos",
  ],
  genre: ["genre", "genres", "category", "type", "genero", "kategorie"],
  synopsis: [
    "synopsis",
    "description",
    "plot",
    "summary",
    "logline",
    "about",
    "storyline",
    "sinopse",
    "sinopsis",
    "resume",
    "inhalt",
    "blurb",
    "short synopsis",
    "long synopsis",
    "overview",
  ],
  internalNotes: ["notes", "note", "internal notes", "internal note", "comments", "comment", "remarks", "staff notes"],
};

const LABEL_TO_FIELD = new Map<string, FieldName>();
for (const [field, names] of Object.entries(FIELD_SYNONYMS) as [FieldName, string[]][]) for (const n of names) LABEL_TO_FIELD.set(n, field);

/** Labels that are clearly labels but name nothing we import: kept in internal notes. */
const OTHER_LABELS = new Set(
  [
    "website",
    "web",
    "web site",
    "url",
    "link",
    "links",
    "homepage",
    "category archives",
    "archives",
    "archive",
    "tags",
    "tag",
    "posted",
    "posted in",
    "posted on",
    "filed under",
    "contact",
    "contacts",
    "email",
    "e mail",
    "phone",
    "tel",
    "telephone",
    "mobile",
    "cell",
    "fax",
    "address",
    "rating",
    "rated",
    "format",
    "print source",
    "source",
    "print",
    "screening format",
    "distributor",
    "distribution",
    "sales",
    "world sales",
    "producer",
    "producers",
    "production",
    "production company",
    "writer",
    "writers",
    "screenplay",
    "written by",
    "script",
    "cinematography",
    "photography",
    "dop",
    "editor",
    "editing",
    "music",
    "sound",
    "trailer",
    "festival",
    "festivals",
    "awards",
    "award",
    "premiere",
    "section",
    "programme",
    "program",
    "venue",
    "date",
    "time",
    "screening",
    "screenings",
    "tickets",
    "price",
    "age",
    "certificate",
    "classification",
    "aspect ratio",
    "colour",
    "color",
    "press",
    "share",
    "contact person",
    "imdb",
    "aka",
    "a k a",
    "also known as",
    "print info",
    "sound mix",
    "budget",
    "status",
    "submitted by",
    "submitter",
    "id",
    "ref",
    "reference",
    "image",
    "photo",
    "credit",
    "credits",
    "camera",
    "animation",
    "narrator",
    "curator",
    "presented by",
    "introduced by",
    "q a",
    "guest",
    "guests",
    "country code",
  ].map(normaliseLabel),
);

export function fieldForLabel(label: string): FieldName | null {
  return LABEL_TO_FIELD.get(normaliseLabel(label)) ?? null;
}

/** A header or label mapped by exact synonym, then by its distinctive words. */
export function fuzzyFieldForLabel(label: string): FieldName | null {
  const n = normaliseLabel(label);
  const exact = LABEL_TO_FIELD.get(n);
  if (exact) return exact;
  const stripped = n
    .replace(/\b(in|of|the|film|films|s|min|mins|minutes|text|en|english|public|full|short|long)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (stripped && LABEL_TO_FIELD.has(stripped)) return LABEL_TO_FIELD.get(stripped)!;
  if (/\boriginal\b.*\btitle\b|\btitle\b.*\boriginal\b/.test(n)) return "originalTitle";
  if (/\b(runtime|running time|run time|duration|length)\b/.test(n)) return "runtimeMinutes";
  if (/\bdirector|directed\b/.test(n)) return "directors";
  if (/\bsubtitle/.test(n)) return "subtitles";
  if (/\blanguage/.test(n)) return "languages";
  if (/\bcountr/.test(n)) return "countries";
  if (/\b(synopsis|description|summary|logline|plot)\b/.test(n)) return "synopsis";
  if (/\b(cast|starring)\b/.test(n)) return "cast";
  if (/\bgenre/.test(n)) return "genre";
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
  const [, labelText, labelValue = ""] = LABEL_RE.exec(text) ?? [];
  if (labelText) {
    const label = labelText.trim();
    const n = normaliseLabel(label);
    const field = LABEL_TO_FIELD.get(n);
    if (field) return { field, label, value: labelValue.trim() };
    if (OTHER_LABELS.has(n)) return { field: null, label, value: labelValue.trim() };
  }
  const [, prefix, rest] = PREFIX_RE.exec(text) ?? [];
  if (prefix && rest && rest.split(/\s+/).length <= 12 && !/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(rest)) {
    const field = LABEL_TO_FIELD.get(normaliseLabel(prefix));
    if (field) return { field, label: prefix.trim(), value: rest.trim() };
  }
  // a line that is just a label (a definition list, a table cell): "Director"
  const [, bare] = /^\s*([\p{L}][\p{L} ()/.'-]{0,30}?)\s*:?\s*$/u.exec(text) ?? [];
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

const EMPTY_VALUES = new Set([
  "",
  "n/a",
  "na",
  "n.a.",
  "-",
  "--",
  "—",
  "–",
  "none",
  "tba",
  "tbc",
  "tbd",
  "unknown",
  "?",
  "nil",
  "null",
  "not available",
  "x",
]);
export function isEmptyValue(v: string): boolean {
  return EMPTY_VALUES.has(v.trim().toLowerCase());
}

/** "A, B and C", "A / B", "A; B", "A & B" -> ["A", "B", "C"]; never splits inside "Jean-Pierre". */
export function splitList(value: string): string[] {
  if (isEmptyValue(value)) return [];
  const parts = value
    .split(/\s*(?:;|,|\/|\s&\s|\band\b|\bund\b|\bet\b)\s*/i)
    .map((s) => s.replace(/^[\s"'“”‘’.]+|[\s"'“”‘’.,;]+$/g, "").replace(/\s+/g, " "))
    .filter((s) => s && !isEmptyValue(s));
  return dedupeList(parts);
}

/** Names: like splitList, but only " and "/"&" between whole names; keeps "Jr." and initials. */
export function splitNames(value: string): string[] {
  if (isEmptyValue(value)) return [];
  const raw = value.split(/\s*(?:;|,|\/|\s&\s|\sand\s|\set\s|\sund\s)\s*/i);
  const parts = raw.map((s) =>
    s
      .replace(/^[\s"'“”‘’]+|[\s"'“”‘’,;:]+$/g, "")
      .replace(/\.$/, (d, _i, str: string) => (/\b\p{Lu}$|\b(?:Jr|Sr)$/u.test(str.slice(0, -1)) ? d : ""))
      .replace(/\s+/g, " ")
      .trim(),
  );
  const names = parts.filter((s) => s && !isEmptyValue(s) && !/^(jr|sr)\.?$/i.test(s));
  // "Jean-Pierre and Luc Dardenne" -> both Dardennes
  const [given, full] = names;
  if (names.length === 2 && given && full && /\sand\s|\s&\s/i.test(value) && !/\s/.test(given)) {
    const family = full.split(/\s+/);
    if (family.length >= 2) return dedupeList([`${given} ${family.at(-1)}`, full]);
  }
  return dedupeList(names);
}

export function dedupeList(items: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of items) {
    const k = i.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(i);
    }
  }
  return out;
}

export function yearIn(text: string): number | null {
  const m = /(?<![\d.:/-])(1[89]\d\d|20\d\d)(?![\d:])/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1870 && y <= 2100 ? y : null;
}

export function isYear(text: string): number | null {
  const m = /^\s*(?:c\.\s*|ca\.\s*|\()?((?:18[7-9]|19\d|20\d)\d)\)?\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A runtime that says it is one: has a unit or an h:mm shape. Bare numbers are not runtimes here. */
export function runtimeItem(text: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t) || !/[a-z'’′":]/i.test(t)) return null;
  if (t.length > 40) return null;
  const v = parseRuntime(t);
  if (v !== null) return v;
  if (/^(?:approx\.?\s*|ca\.?\s*|c\.\s*)?\d/i.test(t) && t.split(/\s+/).length <= 5) return findRuntime(t);
  return null;
}

const COUNTRIES = [
  "Afghanistan",
  "Albania",
  "Algeria",
  "Andorra",
  "Angola",
  "Argentina",
  "Armenia",
  "Australia",
  "Austria",
  "Azerbaijan",
  "Bahamas",
  "Bahrain",
  "Bangladesh",
  "Barbados",
  "Belarus",
  "Belgium",
  "Belize",
  "Benin",
  "Bhutan",
  "Bolivia",
  "Bosnia",
  "Bosnia and Herzegovina",
  "Bosnia-Herzegovina",
  "Botswana",
  "Brazil",
  "Bulgaria",
  "Burkina Faso",
  "Burundi",
  "Cambodia",
  "Cameroon",
  "Canada",
  "Cape Verde",
  "Cabo Verde",
  "Chad",
  "Chile",
  "China",
  "Colombia",
  "Congo",
  "DR Congo",
  "Costa Rica",
  "Croatia",
  "Cuba",
  "Cyprus",
  "Czech Republic",
  "Czechia",
  "Czechoslovakia",
  "Denmark",
  "Djibouti",
  "Dominican Republic",
  "Ecuador",
  "Egypt",
  "El Salvador",
  "England",
  "Eritrea",
  "Estonia",
  "Ethiopia",
  "Fiji",
  "Finland",
  "France",
  "Gabon",
  "Gambia",
  "Georgia",
  "Germany",
  "East Germany",
  "West Germany",
  "Ghana",
  "Greece",
  "Guatemala",
  "Guinea",
  "Guinea-Bissau",
  "Haiti",
  "Honduras",
  "Hong Kong",
  "Hungary",
  "Iceland",
  "India",
  "Indonesia",
  "Iran",
  "Iraq",
  "Ireland",
  "Israel",
  "Italy",
  "Ivory Coast",
  "Côte d'Ivoire",
  "Jamaica",
  "Japan",
  "Jordan",
  "Kazakhstan",
  "Kenya",
  "Kosovo",
  "Kuwait",
  "Kyrgyzstan",
  "Laos",
  "Latvia",
  "Lebanon",
  "Lesotho",
  "Liberia",
  "Libya",
  "Liechtenstein",
  "Lithuania",
  "Luxembourg",
  "Macau",
  "Macao",
  "Macedonia",
  "North Macedonia",
  "Madagascar",
  "Malawi",
  "Malaysia",
  "Mali",
  "Malta",
  "Mauritania",
  "Mauritius",
  "Mexico",
  "Moldova",
  "Monaco",
  "Mongolia",
  "Montenegro",
  "Morocco",
  "Mozambique",
  "Myanmar",
  "Burma",
  "Namibia",
  "Nepal",
  "Netherlands",
  "The Netherlands",
  "Holland",
  "New Zealand",
  "Nicaragua",
  "Niger",
  "Nigeria",
  "North Korea",
  "South Korea",
  "Korea",
  "Norway",
  "Oman",
  "Pakistan",
  "Palestine",
  "Panama",
  "Paraguay",
  "Peru",
  "Philippines",
  "Poland",
  "Portugal",
  "Puerto Rico",
  "Qatar",
  "Romania",
  "Russia",
  "Rwanda",
  "Saudi Arabia",
  "Scotland",
  "Senegal",
  "Serbia",
  "Sierra Leone",
  "Singapore",
  "Slovakia",
  "Slovenia",
  "Somalia",
  "South Africa",
  "Soviet Union",
  "Spain",
  "Sri Lanka",
  "Sudan",
  "South Sudan",
  "Suriname",
  "Sweden",
  "Switzerland",
  "Syria",
  "Taiwan",
  "Tajikistan",
  "Tanzania",
  "Thailand",
  "Togo",
  "Tunisia",
  "Turkey",
  "Türkiye",
  "Turkmenistan",
  "Uganda",
  "Ukraine",
  "United Arab Emirates",
  "UAE",
  "United Kingdom",
  "UK",
  "U.K.",
  "Great Britain",
  "GB",
  "Britain",
  "United States",
  "United States of America",
  "USA",
  "U.S.A.",
  "US",
  "U.S.",
  "America",
  "Uruguay",
  "Uzbekistan",
  "Venezuela",
  "Vietnam",
  "Viet Nam",
  "Wales",
  "Yemen",
  "Yugoslavia",
  "Zambia",
  "Zimbabwe",
  "USSR",
  "U.S.S.R.",
  "Kurdistan",
  "Greenland",
  "Faroe Islands",
  "Tibet",
  "Northern Ireland",
  "Québec",
  "Quebec",
  "Catalonia",
  "Basque Country",
];
const COUNTRY_SET = new Set(COUNTRIES.map((c) => normaliseLabel(c)).concat(["u s a", "u s", "u k"]));

function isCountry(text: string): boolean {
  return COUNTRY_SET.has(normaliseLabel(text));
}

/** "Italy/France/Yugoslavia", "UK, Germany" -> the names, or null if any part is not a country. */
export function countryList(text: string): string[] | null {
  const parts = text
    .split(/\s*(?:\/|,|;|\s&\s|\s-\s|\band\b(?!\s+herzegovina))\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  // "Bosnia and Herzegovina", "Trinidad and Tobago": try the whole thing first
  if (isCountry(text.trim())) return [text.trim()];
  return parts.every(isCountry) ? parts : null;
}

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

const ABBREV = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "dir",
  "prof",
  "vs",
  "no",
  "vol",
  "ca",
  "approx",
  "feat",
  "ft",
  "mt",
  "co",
  "inc",
  "ltd",
  "ed",
  "eds",
  "rev",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cf",
  "etc",
  "prod",
  "scr",
  "cin",
]);

/** Sentences, not broken after initials ("Herbert J. Biberman"), "U.S." or "dir.". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const [whole, stop = ""] = m;
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (stop === ".") {
      if (/^\p{Lu}$/u.test(lastWord)) continue; // initial
      if (/\./.test(lastWord)) continue; // U.S.
      if (ABBREV.has(lastWord.toLowerCase())) continue;
    }
    out.push(text.slice(start, m.index + stop.length).trim());
    start = m.index + whole.length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "nor",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "via",
  "into",
  "onto",
  "upon",
  "per",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "el",
  "los",
  "las",
  "y",
  "e",
  "da",
  "do",
  "das",
  "dos",
  "di",
  "del",
  "della",
  "und",
  "der",
  "die",
  "das",
  "von",
  "zu",
  "et",
  "en",
  "au",
  "aux",
  "o",
  "um",
  "uma",
]);
const ACRONYMS = new Set([
  "USA",
  "US",
  "UK",
  "USSR",
  "UAE",
  "NYC",
  "LA",
  "DC",
  "TV",
  "FBI",
  "CIA",
  "NASA",
  "AIDS",
  "HIV",
  "BBC",
  "DDR",
  "GDR",
  "RAF",
  "IRA",
  "NHS",
  "EU",
  "UN",
  "NATO",
  "OK",
  "DNA",
  "DJ",
  "MC",
  "CEO",
  "UFO",
  "WWII",
  "WWI",
  "IBM",
  "AI",
  "ABC",
  "CBS",
  "NBC",
  "MTV",
  "KGB",
  "SOS",
  "ID",
  "PR",
  "GI",
  "MP",
  "RIP",
  "UNESCO",
  "ANC",
  "PLO",
  "ETA",
  "FARC",
  "NY",
  "SF",
  "QC",
  "PM",
  "AM",
  "LGBT",
  "LGBTQ",
  "BFI",
  "NFB",
  "ONF",
  "RTP",
  "UCLA",
  "MIT",
]);
const NOT_ACRONYMS = new Set(["MR", "MRS", "DR", "ST", "JR", "SR", "MS", "MT", "LTD", "VS"]);

function capitalise(word: string): string {
  // hyphen parts each capitalised: RIFF-RAFF -> Riff-Raff
  return word
    .split("-")
    .map((part) => {
      const [, initial, apostrophe, rest] = /^([\p{L}])(['’])(\p{L}.*)$/u.exec(part) ?? [];
      if (initial && apostrophe && rest)
        return initial.toUpperCase() + apostrophe + rest.charAt(0).toUpperCase() + rest.slice(1).toLowerCase();
      return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
    })
    .join("-");
}

/** "THE ORGANIZER" -> "The Organizer", "HARLAN COUNTY USA" -> "Harlan County USA". */
export function titleCase(text: string): string {
  const words = text.split(/(\s+)/);
  let first = true;
  let afterBreak = false;
  return words
    .map((w) => {
      if (/^\s+$/.test(w) || !w) return w;
      const [, lead = "", core = "", trail = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w) ?? [];
      let out = core;
      if (core) {
        const bare = core.replace(/\./g, "");
        const noVowels = !/[AEIOUYÀ-ÖØ-Ý]/i.test(bare) && bare.length >= 2 && /^\p{L}+$/u.test(bare);
        if (
          ACRONYMS.has(bare) ||
          (/^[IVX]{2,5}$/.test(core) && /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/.test(core)) ||
          (noVowels && !NOT_ACRONYMS.has(bare))
        )
          out = core;
        else if (!first && !afterBreak && SMALL_WORDS.has(core.toLowerCase())) out = core.toLowerCase();
        else out = capitalise(core);
        first = false;
      }
      afterBreak = /[:—–!?]$/.test(trail) || /^[-–—]$/.test(w);
      return lead + out + trail;
    })
    .join("");
}

/** True when a line shouts: letters present and none lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && !/\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters);
}

const LAUREL_RE =
  /\b(?:official selection|selected for|winner|won|nominated|nominee|award-winning|world premiere|international premiere|european premiere|in competition|special mention|audience award|grand prix|jury prize)\b/i;
// "Golden" or "Silver" alone starts many titles ("Golden Harvest (1999)"); only the prizes count.
const LAUREL2_RE =
  /\b(?:festival|awards?|prize|berlinale|sundance|cannes|venice|tiff|idfa|palme|(?:golden|silver) (?:bear|lion|palm|globe|leopard|shell|dove|st\.? george|hugo|gate)|academy|oscars?)\b/i;

/** "Official Selection, 2014 Cannes Film Festival": a laurel, not a title. */
export function isLaurel(text: string): boolean {
  if (text.split(/\s+/).length > 14 || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  return LAUREL_RE.test(text) || (LAUREL2_RE.test(text) && /\b(?:18|19|20)\d\d\b/.test(text));
}
