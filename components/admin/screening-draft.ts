/** A screening's details as its form holds them (text as typed), and what the form sends (PUT .../screening). */
import type { ScreeningView } from "@/lib/board";
import type { Accessibility, ScreeningDetails, ScreeningFormat, ScreeningGuest, TicketAvailability, Translations } from "@/lib/types";

export interface DetailsDraft {
  title: string;
  description: string;
  /** Spoken languages typed in one box ("Portuguese, English"); empty: the films' own. */
  languages: string;
  /** Empty: the films' own. */
  subtitles: string;
  accessibility: Accessibility[];
  format: ScreeningFormat | "";
  internalNotes: string;
  ticketUrl: string;
  availability: TicketAvailability | "";
  guests: { personId: number; role: string }[];
  /** The programme's title and description in the edition's other languages, as typed: {pt: {title, description}}. */
  translations: Translations;
}

/** A change to some of the draft's fields. */
export type SetDraft = (patch: Partial<DetailsDraft>) => void;

export function draftOf(s: ScreeningView | null): DetailsDraft {
  return {
    title: s?.title ?? "",
    description: s?.description ?? "",
    languages: s?.languages?.join(", ") ?? "",
    subtitles: s?.subtitles ?? "",
    accessibility: s?.accessibility ?? [],
    format: s?.format ?? "",
    internalNotes: s?.internalNotes ?? "",
    ticketUrl: s?.ticketUrl ?? "",
    availability: s?.availability ?? "",
    guests: (s?.guests ?? []).map((g) => ({ personId: g.personId, role: g.role ?? "" })),
    translations: s?.translations ?? {},
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The draft as the API takes it: empty text is none, empty languages are the films' own. */
export function detailsOf(d: DetailsDraft): ScreeningDetails {
  const languages = d.languages
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);
  return {
    title: orNull(d.title),
    description: orNull(d.description),
    languages: languages.length ? languages : null,
    subtitles: orNull(d.subtitles),
    accessibility: d.accessibility,
    format: d.format || null,
    internalNotes: orNull(d.internalNotes),
    ticketUrl: orNull(d.ticketUrl),
    availability: d.availability || null,
    guests: d.guests.map((g): ScreeningGuest => ({ personId: g.personId, role: orNull(g.role) })),
    // an emptied box clears that language's text; the server drops empty texts
    translations: d.translations,
  };
}
