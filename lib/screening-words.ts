/** A screening's access marks and ticket availability in words, the same on every output that names them. */
import type { Accessibility, TicketAvailability } from "./types";

/** "open-captions" -> "open captions": what a mark means, for a list ("with open captions and audio description"). */
export const ACCESS_WORDS: Record<Accessibility, string> = {
  "open-captions": "open captions",
  "closed-captions": "closed captions",
  "audio-description": "audio description",
  relaxed: "relaxed screening",
  "sign-language": "sign language interpretation",
  "step-free": "step-free access",
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

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** "Portuguese, English and French". */
export function wordList(items: readonly string[]): string {
  return list.format(items);
}
