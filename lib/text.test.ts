import { describe, expect, it } from "vitest";
import { findForbiddenChar, normaliseDocument, normaliseLine, normaliseText, stripForbidden, stripForbiddenDeep } from "./text";

/** [name, pasted, stored] for single-line fields: what comes in from archive pages and spreadsheets. */
const LINES: [string, string, string][] = [
  ["plain text stays", "Salt of the Earth", "Salt of the Earth"],
  ["ends trimmed", "  Matewan \t", "Matewan"],
  ["runs of spaces become one", "Salt   of  the Earth", "Salt of the Earth"],
  ["no-break space U+00A0", "Salt\u00a0of the Earth", "Salt of the Earth"],
  ["narrow no-break space U+202F", "Salt\u202fof the Earth", "Salt of the Earth"],
  ["figure space U+2007", "Salt\u2007of the Earth", "Salt of the Earth"],
  ["ideographic space U+3000", "Salt\u3000of the Earth", "Salt of the Earth"],
  ["en, em and thin spaces", "Salt\u2002of\u2003the\u2009Earth", "Salt of the Earth"],
  ["Ogham space mark U+1680", "Salt\u1680of the Earth", "Salt of the Earth"],
  ["tab becomes a space", "Salt\tof the Earth", "Salt of the Earth"],
  ["line breaks become a space (CRLF, CR, LF)", "Salt\r\nof\rthe\nEarth", "Salt of the Earth"],
  ["line and paragraph separators", "Salt\u2028of\u2029the Earth", "Salt of the Earth"],
  ["zero-width space U+200B removed", "Mate\u200bwan", "Matewan"],
  ["zero-width non-joiner and joiner removed", "Mate\u200cw\u200dan", "Matewan"],
  ["word joiner U+2060 removed", "Mate\u2060wan", "Matewan"],
  ["soft hyphen U+00AD removed", "Mate\u00adwan", "Matewan"],
  ["byte-order mark U+FEFF removed, at the start and inside", "\ufeffMate\ufeffwan", "Matewan"],
  ["left-to-right and right-to-left marks removed", "\u200eMatewan\u200f", "Matewan"],
  ["bidi override and isolate controls removed", "\u202eMatewan\u202c \u2066x\u2069", "Matewan x"],
  ["zero-width space between words leaves one space", "Salt \u200b of", "Salt of"],
  ["a space that is all there is: empty", "\u00a0\u200b\u3000", ""],
  ["decomposed accents composed (NFC)", "Cafe\u0301 Lumie\u0300re", "Café Lumière"],
  ["composed accents stay", "Café Lumière", "Café Lumière"],
  ["Hangul jamo composed", "\u1100\u1161", "\uac00"],
  ["compatibility characters are not folded (NFC, not NFKC)", "ﬁlm ①", "ﬁlm ①"],
  ["non-Latin scripts untouched", "東京物語 · Отец солдата", "東京物語 · Отец солдата"],
  ["emoji stay (a ZWJ sequence falls apart into its emoji)", "Fest 🎬 👩\u200d👩\u200d👧", "Fest 🎬 👩👩👧"],
];

/** [name, pasted, stored] for multi-line fields (synopsis, notes, release notes). */
const TEXTS: [string, string, string][] = [
  ["LF kept", "One\nTwo", "One\nTwo"],
  ["CRLF becomes LF", "One\r\nTwo", "One\nTwo"],
  ["lone CR becomes LF", "One\rTwo", "One\nTwo"],
  ["line and paragraph separators become LF", "One\u2028Two\u2029Three", "One\nTwo\nThree"],
  ["blank lines between paragraphs kept", "One\r\n\r\nTwo", "One\n\nTwo"],
  ["leading and trailing blank lines dropped", "\n\n One \n\n", "One"],
  ["spaces at line ends trimmed", "One  \n  Two", "One\nTwo"],
  ["no-break spaces and tabs in a line become one space", "One\u00a0\ttwo", "One two"],
  ["invisible characters removed", "Mate\u00adwan\u200b\n\ufeffTwo", "Matewan\nTwo"],
  ["NFC", "Cafe\u0301", "Café"],
];

/** [name, text, forbidden character or null] */
const FORBIDDEN: [string, string, string | null][] = [
  ["plain text", "Matewan", null],
  ["tab, LF and CR are allowed", "a\tb\nc\rd", null],
  ["NUL", "Mate\u0000wan", "U+0000 (NUL)"],
  ["U+0001", "\u0001Matewan", "U+0001 (a control character)"],
  ["ESC (terminal colours)", "Matewan\u001b[31m", "U+001B (ESC)"],
  ["BEL", "\u0007", "U+0007 (BEL)"],
  ["vertical tab", "a\u000bb", "U+000B (vertical tab)"],
  ["form feed", "a\u000cb", "U+000C (form feed)"],
  ["U+001F, the last C0", "\u001f", "U+001F (a control character)"],
  ["space U+0020 is fine", " ", null],
  ["DEL", "\u007f", "U+007F (DEL)"],
  ["C1: U+0080", "\u0080", "U+0080 (a C1 control character)"],
  ["C1: NEL U+0085", "\u0085", "U+0085 (NEL)"],
  ["C1: CSI U+009B", "\u009b", "U+009B (a C1 control character)"],
  ["C1: U+009F, the last", "\u009f", "U+009F (a C1 control character)"],
  ["U+00A0 (no-break space) is not a control", "\u00a0", null],
  ["a lone high surrogate", "Mate\ud800wan", "U+D800 (a lone surrogate)"],
  ["a lone low surrogate", "\udc00", "U+DC00 (a lone surrogate)"],
  ["a high surrogate at the end", "Matewan\udbff", "U+DBFF (a lone surrogate)"],
  ["two low surrogates are not a pair", "\udc00\udc00", "U+DC00 (a lone surrogate)"],
  ["a surrogate pair (emoji) is fine", "🎬 \ud83c\udfac", null],
  ["U+FFFE is not a character", "\ufffe", "U+FFFE (not a character)"],
  ["U+FFFF is not a character", "\uffff", "U+FFFF (not a character)"],
  ["U+FFFD (replacement character) is fine", "\ufffd", null],
  ["zero-width characters are not forbidden (they are removed)", "\u200b\ufeff", null],
];

describe("normaliseLine: single-line fields", () => {
  it.each(LINES)("%s", (_name, pasted, stored) => {
    expect(normaliseLine(pasted)).toBe(stored);
  });
  it("is idempotent", () => {
    for (const [, pasted] of LINES) expect(normaliseLine(normaliseLine(pasted))).toBe(normaliseLine(pasted));
  });
});

describe("normaliseText: multi-line fields", () => {
  it.each(TEXTS)("%s", (_name, pasted, stored) => {
    expect(normaliseText(pasted)).toBe(stored);
  });
  it("agrees with normaliseLine on one line", () => {
    for (const [, pasted] of LINES) if (!/[\r\n\u2028\u2029]/.test(pasted)) expect(normaliseText(pasted)).toBe(normaliseLine(pasted));
  });
});

describe("findForbiddenChar: what text input refuses", () => {
  it.each(FORBIDDEN)("%s", (_name, text, name) => {
    expect(findForbiddenChar(text)?.name ?? null).toBe(name);
  });
  it("reports where the character is", () => {
    expect(findForbiddenChar("ab\u0000")).toEqual({ index: 2, name: "U+0000 (NUL)" });
  });
});

describe("stripForbidden: outputs are safe whatever is stored", () => {
  it.each(FORBIDDEN)("%s", (_name, text, name) => {
    const out = stripForbidden(text);
    expect(findForbiddenChar(out)).toBeNull();
    if (name === null) expect(out).toBe(text);
    else expect(out.length).toBeLessThan(text.length);
  });
  it("keeps tab, LF and CR and every other character", () => {
    expect(stripForbidden("a\u0000\tb\u001b[0m\r\nc\u0085d\ud800e 🎬")).toBe("a\tb[0m\r\ncde 🎬");
  });
  it("reaches every string of plain data and leaves other values alone", () => {
    const at = new Date(0);
    const data = { title: "Bad\u0000", n: 3, at, none: null, list: ["x\u0001", { deep: "\ud800y" }], ok: true };
    expect(stripForbiddenDeep(data)).toEqual({ title: "Bad", n: 3, at, none: null, list: ["x", { deep: "y" }], ok: true });
    expect(stripForbiddenDeep(data).at).toBe(at);
  });
});

describe("normaliseDocument: the importer's whole text", () => {
  it.each([
    ["CRLF and CR", "a\r\nb\rc", "a\nb\nc"],
    ["NEL, form feed, vertical tab and separators end a line", "a\u0085b\u000cc\u000bd\u2028e\u2029f", "a\nb\nc\nd\ne\nf"],
    ["other control characters removed", "Mate\u0000wan\u001b\u0001", "Matewan"],
    ["lone surrogates removed", "Mate\ud800wan", "Matewan"],
    ["NFC", "Cafe\u0301", "Café"],
    ["invisible characters removed", "Di\u00adrec\u200btor:\ufeff Sayles", "Director: Sayles"],
    ["each odd space one plain space, runs kept", "Title:\u00a0\u00a0Salt\u3000of", "Title:  Salt of"],
    ["tabs stay (TSV columns)", "Title\tYear\nMatewan\t1987", "Title\tYear\nMatewan\t1987"],
  ])("%s", (_name, text, want) => {
    expect(normaliseDocument(text)).toBe(want);
  });
});
