/** Small words and classes the programmers' screens share. */
import type { FormEvent } from "react";
import type { BoardScreening } from "@/lib/board";
import type { fitBadge } from "@/lib/fit";
import { clockOf } from "@/lib/slot-times";

/** The colours of a fit badge's tone. */
export const toneClass = (tone: ReturnType<typeof fitBadge>["tone"]) =>
  tone === "bad"
    ? "bg-red-100 text-red-900"
    : tone === "ok"
      ? "bg-green-100 text-green-900"
      : tone === "unknown"
        ? "bg-amber-100 text-amber-900"
        : "bg-stone-100 text-stone-700";

/** A screening's films in order: "Matewan + Salt of the Earth". */
export const titlesOf = (s: Pick<BoardScreening, "films">) => s.films.map((f) => f.displayTitle).join(" + ");

/** A slot in a sentence: "Cinema 1 at 20:30". */
export const slotName = (slot: { startsAt: string }, venueName: string, timeZone: string) =>
  `${venueName} at ${clockOf(slot.startsAt, timeZone)}`;

/** A form's onSubmit that stays on the page: the browser's submission is prevented, `fn` runs. */
export const submitWith = (fn: () => void) => (e: FormEvent) => {
  e.preventDefault();
  fn();
};
