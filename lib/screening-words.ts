/**
 * A screening's programme facts in the audience's words, the same on every public output
 * (pages, print, feeds): access marks, ticket availability, guests, languages and subtitles.
 * Marks are always words; an icon may stand beside a word, never alone.
 */
import type { Accessibility, SnapshotGuest, TicketAvailability } from "./types";

export const ACCESS_WORDS: Record<Accessibility, string> = {
  "open-captions": "Open captions",
  "closed-captions": "Closed captions",
  "audio-description": "Audio description",
  relaxed: "Relaxed screening",
  "sign-language": "Sign language interpretation",
  "step-free": "Step-free access",
};

/** A small symbol shown beside the word where one is widely understood (aria-hidden). */
export const ACCESS_ICONS: Partial<Record<Accessibility, string>> = {
  "step-free": "♿",
  "audio-description": "AD",
  "open-captions": "CC",
  "closed-captions": "CC",
};

export const AVAILABILITY_WORDS: Record<TicketAvailability, string> = {
  "on-sale": "Tickets on sale",
  "few-left": "Few tickets left",
  "sold-out": "Sold out",
  free: "Free entry",
  "at-door": "Tickets at the door",
  "not-yet": "Tickets not on sale yet",
};

/** What a change to this availability says in a changelog ("now sold out"). */
export const AVAILABILITY_NEWS: Record<TicketAvailability, string> = {
  "on-sale": "tickets on sale",
  "few-left": "few tickets left",
  "sold-out": "now sold out",
  free: "now free entry",
  "at-door": "tickets now at the door only",
  "not-yet": "tickets not on sale yet",
};

/** The words of one language (English's below; others from the message files, server/i18n.ts wordingFor). */
export interface Wording {
  access: Record<Accessibility, string>;
  availability: Record<TicketAvailability, string>;
  /** The last joint of a list: "and", "e". */
  and: string;
  qaWith: (guests: string) => string;
  with: (guests: string) => string;
  withQa: string;
  subtitles: (languages: string) => string;
  /** "Access" before a feed's access marks. */
  accessLabel: string;
  /** A language's name as programmers wrote it ("English"), in this language ("inglês": lib/i18n-names.ts). */
  language: (name: string) => string;
}

export const ENGLISH: Wording = {
  access: ACCESS_WORDS,
  availability: AVAILABILITY_WORDS,
  and: "and",
  qaWith: (guests) => `Q&A with ${guests}`,
  with: (guests) => `With ${guests}`,
  withQa: "with Q&A",
  subtitles: (languages) => `${languages} subtitles`,
  accessLabel: "Access",
  language: (name) => name,
};

/** Whether a ticket link is worth offering: only while tickets are sold online (not sold out, free, at the door or not yet). */
export function offersTickets(availability: TicketAvailability | null, ticketUrl: string | null): boolean {
  return ticketUrl !== null && (availability === null || availability === "on-sale" || availability === "few-left");
}

/** The status worth saying beside a ticket link: none for "on sale" (the link says it). */
export function availabilityWords(availability: TicketAvailability | null, withLink: boolean, w: Wording = ENGLISH): string | null {
  if (!availability || (withLink && availability === "on-sale")) return null;
  return w.availability[availability];
}

/** "A", "A and B", "A, B and C" ("A, B e C"). */
export function joinWords(items: readonly string[], w: Wording = ENGLISH): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${w.and} ${items.at(-1)}`;
}

/** "Ana Ferreira (director)". */
function guestName(g: Pick<SnapshotGuest, "name" | "role">): string {
  return g.role ? `${g.name} (${g.role})` : g.name;
}

/** "Q&A with Ana Ferreira (director) and Rui Almeida (moderator)"; "With ..." when there is no Q&A; null without guests. */
export function guestsSentence(
  guests: readonly Pick<SnapshotGuest, "name" | "role">[],
  qaMinutes: number,
  w: Wording = ENGLISH,
): string | null {
  if (!guests.length) return null;
  const names = joinWords(guests.map(guestName), w);
  return qaMinutes > 0 ? w.qaWith(names) : w.with(names);
}

/** The guests' sentence, or "with Q&A" for a Q&A without named guests; null for neither. */
export function qaSentence(
  guests: readonly Pick<SnapshotGuest, "name" | "role">[],
  qaMinutes: number,
  w: Wording = ENGLISH,
): string | null {
  return guestsSentence(guests, qaMinutes, w) ?? (qaMinutes > 0 ? w.withQa : null);
}

/** "Portuguese, English · English subtitles" ("English and Portuguese subtitles" for a mixed programme); null when nothing is known. */
export function languageSentence(languages: readonly string[], subtitles: string | null, w: Wording = ENGLISH): string | null {
  const subtitled = subtitles ? w.subtitles(joinWords(subtitles.split(", ").map(w.language), w)) : null;
  const parts = [languages.length ? languages.map(w.language).join(", ") : null, subtitled].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}
