/**
 * What text Lineup stores and sends, one rule for every way text comes in (forms, API,
 * importer) and goes out (pages, feeds, exports).
 *
 * In: text holding a control character (C0 other than tab, LF and CR; DEL; C1), a lone
 * surrogate or U+FFFE/U+FFFF is refused (`findForbiddenChar`). Accepted text is normalised:
 * NFC; CRLF and lone CR become LF; invisible characters pasted from web pages and
 * spreadsheets (zero-width spaces and joiners, soft hyphens, byte-order marks, bidi marks) are
 * removed; every space-like character (no-break, narrow, figure, ideographic spaces, tabs)
 * becomes one space; ends trimmed. Single-line fields (titles, names) also turn line breaks
 * into spaces (`normaliseLine`); multi-line ones (synopsis, notes) keep them (`normaliseText`).
 * So a title pasted from an archive page is stored, found and deduplicated as the same title
 * typed by hand.
 *
 * Out: `stripForbidden` / `stripForbiddenDeep` remove the same forbidden characters from
 * whatever is already stored (an import from an older version), so no XML, iCal, JSON, CSV or
 * HTML output is ever broken by them.
 */

/**
 * C0 controls but tab (09), LF (0A) and CR (0D); DEL and the C1 controls (7F-9F); a lone
 * surrogate (with the u flag a surrogate range matches only an unpaired half); U+FFFE and
 * U+FFFF (not characters; XML forbids them).
 */
const FORBIDDEN_SOURCE = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFFFE\\uFFFF]";
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, "u");
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SOURCE, "gu");

/**
 * Invisible characters removed on the way in: soft hyphen, Arabic letter mark, Mongolian vowel
 * separator, zero-width space / non-joiner / joiner, left-to-right and right-to-left marks,
 * bidi embeddings, overrides and isolates, word joiner and invisible operators, BOM.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Every space-like character but the line feed: \s covers tab, no-break, en/em/figure/thin/narrow/ideographic spaces. */
const SPACES_BUT_LF = /[^\S\n]+/gu;
const SPACES = /\s+/gu;
/** Space-like characters other than space, tab and LF (the document keeps those as they are). */
const ODD_SPACES = /[^\S \t\n]/gu;
/** CRLF, CR, line and paragraph separators end a line like LF does. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/gu;
/** In an imported document NEL, form feed and vertical tab end a line too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NEL, vertical tab and form feed are the line breaks replaced here
const DOCUMENT_BREAKS = /\r\n?|[\u0085\u000B\u000C\u2028\u2029]/gu;

export interface ForbiddenChar {
  /** 0-based index in the text (UTF-16 code units). */
  index: number;
  /** "U+0000 (NUL)", "U+001B (ESC)", "U+D800 (a lone surrogate)" */
  name: string;
}

const CONTROL_NAMES: Record<number, string> = {
  0: "NUL",
  7: "BEL",
  8: "backspace",
  11: "vertical tab",
  12: "form feed",
  27: "ESC",
  127: "DEL",
  133: "NEL",
};

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first character no stored text may hold, or null. */
export function findForbiddenChar(text: string): ForbiddenChar | null {
  const m = FORBIDDEN.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  const kind =
    code >= 0xd800 && code <= 0xdfff
      ? "a lone surrogate"
      : code >= 0xfffe
        ? "not a character"
        : (CONTROL_NAMES[code] ?? (code >= 0x80 ? "a C1 control character" : "a control character"));
  return { index: m.index, name: `${hex(code)} (${kind})` };
}

/** The message a field gets for a forbidden character. */
export function forbiddenCharMessage(c: ForbiddenChar): string {
  return `must not contain control characters: ${c.name} at character ${c.index + 1}`;
}

/** Removes every forbidden character (for outputs, and for the importer, which reads what it gets). */
export function stripForbidden(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}

/** stripForbidden on every string inside plain data (objects, arrays); other values as they are. */
export function stripForbiddenDeep<T>(value: T): T {
  if (typeof value === "string") return stripForbidden(value) as T;
  if (Array.isArray(value)) return value.map((v) => stripForbiddenDeep(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = stripForbiddenDeep(v);
    return out as T;
  }
  return value;
}

/**
 * A single-line field (title, name, list item): NFC, invisible characters removed, any run
 * of space-like characters or line breaks one space, trimmed.
 */
export function normaliseLine(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * A multi-line field (synopsis, notes, a release note): as normaliseLine within each line,
 * line ends LF, leading and trailing blank lines dropped.
 */
export function normaliseText(text: string): string {
  return text
    .replace(LINE_BREAKS, "\n")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(SPACES_BUT_LF, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/**
 * A whole document as the importer reads it: line ends LF (CR, CRLF, NEL, form feed, vertical
 * tab, line and paragraph separators), other forbidden characters removed, NFC, invisible
 * characters removed and each odd space (no-break, narrow, ideographic...) a plain space, so
 * labels and credits are recognised however they were pasted. Tabs stay (they separate TSV
 * columns); fields read from the document are then normalised one by one.
 */
export function normaliseDocument(text: string): string {
  return stripForbidden(text.replace(DOCUMENT_BREAKS, "\n")).normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACES, " ");
}
