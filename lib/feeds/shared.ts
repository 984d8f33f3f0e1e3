/** Small helpers shared by the feed renderers (pure). */
import type { ProgrammeFilm, ProgrammeScreening } from "@/lib/programme";
import { accessibilityWords, availabilityWords, guestsPhrase, languageWords } from "@/lib/screening-words";

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

/** The films' age ratings, once each, in film order ("12", "M/16"). */
export function screeningRatings(s: Pick<ProgrammeScreening, "films">): string[] {
  return [...new Set(s.films.flatMap((f) => (f.rating?.trim() ? [f.rating.trim()] : [])))];
}

/** "Sold out – https://tickets.example/42": availability in words and the ticket link; "" when neither. */
function ticketWords(s: Pick<ProgrammeScreening, "availability" | "ticketUrl">): string {
  return [availabilityWords(s.availability), s.ticketUrl ?? ""].filter(Boolean).join(" – ");
}

/**
 * What a text feed says about a screening besides its title and films, one line each, only
 * the lines it has: guests, language and subtitles, access marks, section, rating, format, tickets.
 */
export function screeningFactLines(s: ProgrammeScreening): string[] {
  const access = accessibilityWords(s.accessibility);
  const ratings = screeningRatings(s);
  const tickets = ticketWords(s);
  return [
    guestsPhrase(s),
    languageWords(s.languages, s.subtitles),
    access.length ? `Access: ${access.join(", ")}` : "",
    s.sections.length ? `Section: ${s.sections.join(", ")}` : "",
    ratings.length ? `Rating: ${ratings.join(", ")}` : "",
    s.format ? `Format: ${s.format}` : "",
    tickets ? `Tickets: ${tickets}` : "",
  ].filter(Boolean);
}
