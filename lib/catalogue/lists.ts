/** Values as archives write them: empty markers, lists of items and names, years, runtimes. */
import { findRuntime, parseRuntime } from "@/lib/runtime";

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
  const [first, second] = names;
  if (names.length === 2 && first && second && /\sand\s|\s&\s/i.test(value) && !/\s/.test(first) && second.split(/\s+/).length >= 2) {
    names[0] = `${first} ${second.split(/\s+/).at(-1)}`;
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
