/** Small helpers shared by the feed renderers (pure). */
import type { ProgrammeFilm, ProgrammeScreening } from "@/lib/programme";

/** "https://x.org/" -> "https://x.org"; "" stays "". */
function trimBase(baseUrl: string | undefined): string {
  return (baseUrl ?? "").replace(/\/+$/, "");
}

/** The public film page, as linked from every public output. */
export function filmUrl(baseUrl: string | undefined, editionSlug: string, film: Pick<ProgrammeFilm, "segment">): string {
  return `${trimBase(baseUrl)}/schedule/${editionSlug}/films/${film.segment}`;
}

/** The screening's main link: the first film's page (a programme has no page of its own). */
export function screeningUrl(baseUrl: string | undefined, editionSlug: string, s: ProgrammeScreening): string {
  const [first] = s.films;
  return first ? filmUrl(baseUrl, editionSlug, first) : `${trimBase(baseUrl)}/schedule/${editionSlug}`;
}

/** "John Sayles, 1987, 135 min" (unknown parts left out). */
export function filmCredits(film: ProgrammeFilm): string {
  return [
    film.directors.length ? film.directors.join(", ") : "",
    film.year ? String(film.year) : "",
    film.runtimeMinutes != null ? `${film.runtimeMinutes} min` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Every director of a screening, in film order, without repeats. */
export function screeningDirectors(s: ProgrammeScreening): string[] {
  return [...new Set(s.films.flatMap((f) => f.directors))];
}

export function requireHttpBase(baseUrl: string): string {
  const b = trimBase(baseUrl);
  if (!/^https?:\/\/[^/\s]+/i.test(b)) throw new Error(`feeds need an absolute http(s) base URL, got ${JSON.stringify(baseUrl)}`);
  return b;
}
