/** Identity of a film for de-duplication across imports and within one paste. */

const ARTICLES = /^(?:the|a|an|le|la|les|el|il|der|die|das)\s+/;

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** NFKD, accents stripped, lower case, a leading article dropped, non-alphanumerics removed. */
function normaliseTitle(title: string): string {
  const folded = fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const dropped = folded.replace(ARTICLES, "");
  const key = dropped.replace(/\s+/g, "");
  return key || folded.replace(/\s+/g, "");
}

export function normaliseName(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * titled: "t:" + normalised title + ":" + year;
 * untitled: "u:" + normalised sorted directors + ":" + year + ":" + runtime.
 */
export function dedupeKey(film: { title: string | null; year: number | null; directors: string[]; runtimeMinutes: number | null }): string {
  const year = film.year ?? "";
  if (film.title?.trim()) {
    const t = normaliseTitle(film.title);
    if (t) return `t:${t}:${year}`;
  }
  const dirs = film.directors.map(normaliseName).filter(Boolean).sort().join(",");
  return `u:${dirs}:${year}:${film.runtimeMinutes ?? ""}`;
}
