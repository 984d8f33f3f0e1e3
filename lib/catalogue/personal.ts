/**
 * Personal data in catalogue text: phone numbers, e-mail addresses and postal
 * addresses. Found spans are cut from public fields and kept in internal notes.
 */

export interface PersonalMatch {
  start: number;
  end: number;
  kind: "phone" | "email" | "address";
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

const PHONES: RegExp[] = [
  // +351 912 345 678, +44 (0)20 7946 0958, +1-555-123-4567
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,4}){2,5}(?![\w])/g,
  // (555) 123-4567
  /(?<![\w(])\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\w)/g,
  // 555-123-4567, 555.123.4567
  /(?<![\w.-])\d{3}[.-]\d{3}[.-]\d{4}(?![\w-])/g,
  // 07700 900123, 020 7946 0958, 0612 34 56 78 (national format, leading 0)
  /(?<![\w.:/-])0\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?![\w:/-])/g,
  // 912 345 678, 555 123 4567
  /(?<![\w.:/-])\d{3} \d{3} \d{3,4}(?![\w:/-])/g,
  // tel. 912345678 / phone: 5551234567
  /(?<=\b(?:tel|tlf|tlm|phone|mobile|cell|fax|telefone|telemóvel|telephone|call|ph)\.?:?\s*)\d[\d .-]{6,16}\d/gi,
];

const ADDRESSES: RegExp[] = [
  // Rua Augusta 12, 1200-123 Lisboa / Avenida da Liberdade, 12 / Rue de Rivoli 5
  /\b(?:Rua|R\.|Avenida|Av\.|Avda\.|Travessa|Largo|Praça|Praceta|Estrada|Calle|Carrer|Plaza|Paseo|Via|Viale|Piazza|Corso|Rue|Boulevard|Bd\.|Place|Allée|Straße|Strasse|Weg|Platz|Gasse)\s+(?:[\p{L}'’.-]+\s+){0,5}?\d{1,5}[A-Za-z]?(?:\s*[,-]?\s*\d{1,2}\s*(?:º|ª|°)?\s*(?:[A-Za-z]{1,3}|Esq\.?|Dto\.?|Dt\.?)?)?(?:,?\s*\d{4,5}(?:-\d{3})?(?:\s+\p{Lu}[\p{L}-]+){1,3})?/gu,
  // 123 Main Street, 45 Elm Ave.
  /\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|Terrace|Square|Sq\.|Crescent|Close|Gardens|Parkway|Highway|Hwy\.?)(?![\p{L}])(?:,?\s+(?:Apt|Suite|Unit|Flat)\.?\s*#?\w+)?(?:,\s*(?:\p{Lu}[\p{L}-]+\s?){1,3}(?:,\s*[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?)?/gu,
  // postcode + town: 1200-123 Lisboa
  /\b\d{4}-\d{3}\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/gu,
  // UK postcode: SW1A 1AA, EC1V 9LT
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g,
  // P.O. Box 123
  /\b(?:P\.?\s?O\.?\s?Box|Apartado|Postfach)\s+\d+/gi,
];

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= "0" && c <= "9") n++;
  return n;
}

/** All personal-data spans in text, non-overlapping, in order. */
export function findPersonalData(text: string): PersonalMatch[] {
  if (!text) return [];
  const found: PersonalMatch[] = [];
  const digits = digitCount(text);
  if (digits === 0 && !text.includes("@") && !/\bBox\b|Apartado|Postfach/i.test(text)) return [];
  if (text.includes("@"))
    for (const m of text.matchAll(EMAIL)) found.push({ start: m.index, end: m.index + m[0].length, kind: "email", text: m[0] });
  if (digits >= 9) {
    for (const re of PHONES) {
      for (const m of text.matchAll(re)) {
        const s = m[0].trim();
        const d = digitCount(s);
        if (d < 9 || d > 15) continue;
        // four-digit years in a row ("1914 1918 1939") are not phone numbers
        if (/^(?:(?:18|19|20)\d\d[ .-]?){2,}$/.test(s)) continue;
        found.push({ start: m.index, end: m.index + s.length, kind: "phone", text: s });
      }
    }
  }
  if (digits >= 1) {
    for (const re of ADDRESSES) {
      for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, kind: "address", text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalMatch[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) {
        last.end = f.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

export function hasPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}

const LEAD_IN =
  /(?:\b(?:contact|contacts|contacto|tel|tlf|tlm|telephone|phone|mobile|cell|fax|call|e-?mail|mail|write to|address|morada|at|on|or)\.?:?\s*)+$/i;

/**
 * Removes personal data from a public text. Returns the cleaned text (null when
 * nothing is left) and the removed snippets (with their lead-in words).
 */
export function stripPersonalData(text: string): { text: string | null; removed: string[] } {
  const matches = findPersonalData(text);
  if (!matches.length) return { text, removed: [] };
  const removed: string[] = [];
  let out = "";
  let pos = 0;
  for (const m of matches) {
    let start = m.start;
    const before = text.slice(pos, start);
    const lead = LEAD_IN.exec(before);
    if (lead) start -= lead[0].length;
    removed.push(text.slice(start, m.end).trim());
    out += text.slice(pos, start);
    pos = m.end;
  }
  out += text.slice(pos);
  const cleaned = out
    .replace(/([.!?])\s+\.(?=\s|$)/g, "$1")
    .replace(/\(\s*[,;:]?\s*\)/g, "")
    .replace(/\s*([,;:])(?:\s*[,;:])+/g, "$1")
    .replace(/[,;:]\s*([.!?])/g, "$1")
    .replace(/\s+([.,;:!?])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[\s,;:.-]+|[\s,;:-]+$/g, "")
    .trim();
  return { text: /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : null, removed };
}

const KIND_WORDS: Record<PersonalMatch["kind"], string> = {
  email: "an e-mail address",
  phone: "a phone number",
  address: "a postal address",
};

/**
 * What personal data a text holds, in words ("an e-mail address and a phone number"), or null.
 * For texts that reach the public and have no internal notes to move it to (release notes,
 * edition and venue names): they are refused with this.
 */
export function describePersonalData(text: string | null | undefined): string | null {
  if (!text) return null;
  const kinds = [...new Set(findPersonalData(text).map((m) => m.kind))].map((k) => KIND_WORDS[k]);
  const last = kinds.at(-1);
  if (last === undefined) return null;
  return kinds.length === 1 ? last : `${kinds.slice(0, -1).join(", ")} and ${last}`;
}
