/** Small helpers shared by the feed renderers (pure). */
import type { ProgrammeFilm, ProgrammeScreening } from "@/lib/programme";
import { availabilityWords, ENGLISH, guestsSentence, languageSentence, offersTickets, type Wording } from "@/lib/screening-words";

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

/** The ticket link, as the public pages offer it: only while tickets are sold online, never for a cancelled screening. */
export function offeredTicketUrl(s: Pick<ProgrammeScreening, "availability" | "ticketUrl" | "status">): string | null {
  return s.status !== "cancelled" && offersTickets(s.availability, s.ticketUrl) ? s.ticketUrl : null;
}

/** "Tickets: https://…", "Few tickets left: https://…", "Sold out", "Tickets at the door"; "" when nothing is known or it is cancelled. */
function ticketLine(s: Pick<ProgrammeScreening, "availability" | "ticketUrl" | "status">, w: Wording): string {
  if (s.status === "cancelled") return "";
  const link = offeredTicketUrl(s);
  const words = availabilityWords(s.availability, link !== null, w);
  return link ? `${words ?? "Tickets"}: ${link}` : (words ?? "");
}

/**
 * What a text feed says about a screening besides its title and films, one line each, only
 * the lines it has, in the public pages' words (lib/screening-words): guests, languages and
 * subtitles, access marks, section, rating, format, tickets.
 */
export function screeningFactLines(s: ProgrammeScreening, w: Wording = ENGLISH): string[] {
  const ratings = screeningRatings(s);
  return [
    guestsSentence(s.guests, s.qaMinutes, w) ?? "",
    languageSentence(s.languages, s.subtitles, w) ?? "",
    s.accessibility.length ? `${w.accessLabel}: ${s.accessibility.map((a) => w.access[a]).join(", ")}` : "",
    s.sections.length ? `Section: ${s.sections.join(", ")}` : "",
    ratings.length ? `Rating: ${ratings.join(", ")}` : "",
    s.format ? `Format: ${s.format}` : "",
    ticketLine(s, w),
  ].filter(Boolean);
}
