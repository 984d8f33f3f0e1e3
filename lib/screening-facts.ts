/**
 * What a screening says about language and section, from its own settings or its films':
 * a screening may override the films' spoken languages and subtitles (a print with Portuguese
 * subtitles); a programme of films lists each language once, in the films' order.
 */
import type { PublicFilm, SnapshotScreening } from "./types";

type Facts = Pick<SnapshotScreening, "languages" | "subtitles">;
type FilmFacts = Pick<PublicFilm, "languages" | "subtitles" | "section">;

function once(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.trim().toLocaleLowerCase();
    if (key && !seen.has(key)) seen.set(key, v.trim());
  }
  return [...seen.values()];
}

/** The screening's spoken languages when set, else every film's, once each. */
export function screeningLanguages(s: Facts, films: readonly FilmFacts[]): string[] {
  return s.languages ?? once(films.flatMap((f) => f.languages));
}

/** The screening's subtitles when set; else the films' when every subtitled film agrees; else null. */
export function screeningSubtitles(s: Facts, films: readonly FilmFacts[]): string | null {
  if (s.subtitles) return s.subtitles;
  const all = once(films.flatMap((f) => (f.subtitles ? [f.subtitles] : [])));
  return all.length === 1 ? (all[0] ?? null) : all.length > 1 ? all.join(", ") : null;
}

/** The films' sections, once each, in the films' order. */
export function screeningSections(films: readonly FilmFacts[]): string[] {
  return once(films.flatMap((f) => (f.section ? [f.section] : [])));
}
