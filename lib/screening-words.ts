/**
 * A screening's facts in words, as every text output says them (iCal, frab, CSV; pages may
 * use them too): access marks, ticket availability, guests, language and subtitles, ratings.
 * Never an icon or a code alone.
 */
import type { Accessibility, SnapshotGuest, TicketAvailability } from "./types";

const ACCESSIBILITY_WORDS: Record<Accessibility, string> = {
  "open-captions": "Open captions",
  "closed-captions": "Closed captions",
  "audio-description": "Audio description",
  relaxed: "Relaxed screening",
  "sign-language": "Sign language interpreted",
  "step-free": "Step-free access",
};

const AVAILABILITY_WORDS: Record<TicketAvailability, string> = {
  "on-sale": "On sale",
  "few-left": "Few tickets left",
  "sold-out": "Sold out",
  free: "Free entry",
  "at-door": "Tickets at the door",
  "not-yet": "Tickets not yet on sale",
};

/** ["open-captions", "step-free"] -> ["Open captions", "Step-free access"]. */
export function accessibilityWords(marks: readonly Accessibility[]): string[] {
  return marks.map((m) => ACCESSIBILITY_WORDS[m]);
}

/** "sold-out" -> "Sold out"; null -> "". */
export function availabilityWords(availability: TicketAvailability | null): string {
  return availability ? AVAILABILITY_WORDS[availability] : "";
}

/** "Ana Ferreira (director)"; without a role just the name. */
export function guestWords(guest: Pick<SnapshotGuest, "name" | "role">): string {
  return guest.role?.trim() ? `${guest.name} (${guest.role.trim()})` : guest.name;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * "Q&A with Ana Ferreira (director) and Rui Lopes (moderator)" when the screening has a Q&A,
 * "Introduced by …" when it has only an intro, else "With …"; "" without guests.
 */
export function guestsPhrase(s: {
  guests: readonly Pick<SnapshotGuest, "name" | "role">[];
  qaMinutes: number;
  introMinutes: number;
}): string {
  if (!s.guests.length) return "";
  const names = joinWords(s.guests.map(guestWords));
  if (s.qaMinutes > 0) return `Q&A with ${names}`;
  if (s.introMinutes > 0) return `Introduced by ${names}`;
  return `With ${names}`;
}

/** "Portuguese" / "Portuguese, English" spoken, "English subtitles": "In Portuguese with English subtitles". */
export function languageWords(languages: readonly string[], subtitles: string | null): string {
  const spoken = languages.length ? `In ${joinWords(languages)}` : "";
  const subs = subtitles ? `${subtitles} subtitles` : "";
  if (spoken && subs) return `${spoken} with ${subs}`;
  return spoken || (subs ? `${subs.charAt(0).toUpperCase()}${subs.slice(1)}` : "");
}
