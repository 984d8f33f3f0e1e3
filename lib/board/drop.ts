/** Would this drop be made: the server's own fit and screening rule (lib/fit) on what a drag would make. */
import { fitOfScreening, screeningRefusal } from "@/lib/fit";
import type { FitResult, ScreeningDetails, ScreeningStatus } from "@/lib/types";
import type { BoardCommand } from "./commands";
import type { BoardFilm, BoardScreening, BoardSlot } from "./model";

/* ---------- fit of a drop ---------- */

/**
 * The screening a slot would hold, as data the server accepts (plus the films for display).
 * A PUT replaces the whole screening, so the spec carries its programme, guests, language,
 * access and tickets too: a board edit never drops them.
 */
export interface ScreeningSpec extends ScreeningDetails {
  films: BoardFilm[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
}

/** A new screening's details: none. */
export const NO_DETAILS: ScreeningDetails = {
  title: null,
  description: null,
  languages: null,
  subtitles: null,
  accessibility: [],
  format: null,
  internalNotes: null,
  ticketUrl: null,
  availability: null,
  guests: [],
};

export function detailsOf(s: ScreeningDetails): ScreeningDetails {
  const { title, description, languages, subtitles, accessibility, format, internalNotes, ticketUrl, availability, guests } = s;
  return { title, description, languages, subtitles, accessibility, format, internalNotes, ticketUrl, availability, guests };
}

export function specOf(s: BoardScreening | null): ScreeningSpec | null {
  if (!s) return null;
  return {
    films: s.films,
    preShowMinutes: s.preShowMinutes,
    introMinutes: s.introMinutes,
    qaMinutes: s.qaMinutes,
    status: s.status,
    ...detailsOf(s),
  };
}

/** The fit of a screening spec in a slot of `slotMinutes`: the same arithmetic the server uses. */
export function fitOfSpec(
  slotMinutes: number,
  spec: Pick<ScreeningSpec, "films" | "preShowMinutes" | "introMinutes" | "qaMinutes">,
): FitResult {
  return fitOfScreening(slotMinutes, spec, spec.films);
}

/** What is being dragged. */
export type DragItem = { kind: "film"; film: BoardFilm } | { kind: "screening"; slotId: number };

export type DropPlan =
  | { ok: true; action: "place" | "append" | "move" | "replace"; fit: FitResult; command: BoardCommand; message: string }
  | {
      ok: false;
      reason: "does-not-fit" | "occupied" | "same-slot" | "already-in" | "no-screening" | "runtime-unknown" | "held";
      fit: FitResult | null;
      message: string;
    };

/**
 * Would this drop be made? A film onto an empty slot places it (confirmed, or
 * pencilled in when its runtime is unknown); onto an occupied slot it joins the
 * programme; a screening onto an empty slot moves there. Refused (with the
 * arithmetic) when it would not fit, as the server would refuse it.
 */
export function planDrop(item: DragItem, target: BoardSlot, slots: BoardSlot[]): DropPlan {
  if (target.holdNote) return { ok: false, reason: "held", fit: target.fit, message: heldMessage(target.holdNote) };
  if (item.kind === "film") {
    const existing = target.screening;
    if (existing?.filmIds.includes(item.film.id))
      return { ok: false, reason: "already-in", fit: target.fit, message: `${item.film.displayTitle} is already in this screening` };
    const spec: ScreeningSpec = existing
      ? { ...specOf(existing)!, films: [...existing.films, item.film] }
      : { films: [item.film], preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "confirmed", ...NO_DETAILS };
    const fit = fitOfSpec(target.minutes, spec);
    const refusal = screeningRefusal(fit, spec.status);
    if (refusal === "does-not-fit") return { ok: false, reason: "does-not-fit", fit, message: fit.message };
    // A runtime nobody knows may only be pencilled in.
    if (refusal === "runtime-unknown") spec.status = "tentative";
    return {
      ok: true,
      action: existing ? "append" : "place",
      fit,
      command: { kind: "put", slotId: target.id, spec },
      message: fit.message,
    };
  }
  if (item.slotId === target.id) return { ok: false, reason: "same-slot", fit: target.fit, message: "" };
  const from = slots.find((s) => s.id === item.slotId);
  if (!from?.screening) return { ok: false, reason: "no-screening", fit: null, message: "That slot has no screening any more" };
  const spec = specOf(from.screening)!;
  const fit = fitOfSpec(target.minutes, spec);
  if (target.screening)
    return {
      ok: false,
      reason: "occupied",
      fit,
      message: `That slot already has ${target.screening.films.map((f) => f.displayTitle).join(" + ")}`,
    };
  const refusal = screeningRefusal(fit, spec.status);
  if (refusal === "does-not-fit") return { ok: false, reason: "does-not-fit", fit, message: fit.message };
  if (refusal === "runtime-unknown")
    return {
      ok: false,
      reason: "runtime-unknown",
      fit,
      message: `Only a pencilled-in screening may have an unknown runtime: ${fit.message}`,
    };
  return { ok: true, action: "move", fit, command: { kind: "move", fromSlotId: from.id, toSlotId: target.id }, message: fit.message };
}

/** Why a held slot refuses a drop, with its note. */
function heldMessage(note: string): string {
  return `the slot is held (${note}); release the hold first`;
}

/**
 * Whether this drop asks "Replace or add?" rather than being made or refused at once: a film
 * (the only drag whose plan is "append", "already-in" or, over a screening, "does-not-fit")
 * over a slot that holds a screening and no hold.
 */
export function asksOnDrop(plan: DropPlan, target: BoardSlot): boolean {
  if (!target.screening || target.holdNote) return false;
  return plan.ok ? plan.action === "append" : plan.reason === "does-not-fit" || plan.reason === "already-in";
}

/** A film dropped on an occupied slot: the two things it could do, each with its own arithmetic. */
export interface DropChoices {
  /** The film alone in the slot, the screening that was there taken out. */
  replace: DropPlan;
  /** The film added to the end of the screening's programme. */
  append: DropPlan;
}

/**
 * A film dropped on a slot that holds a screening asks before it does anything: null when the
 * slot is empty or held (planDrop decides those). Each choice is planned as the server would
 * judge it, so a choice that would not fit is shown with its arithmetic and cannot be taken.
 */
export function dropChoices(film: BoardFilm, target: BoardSlot, slots: BoardSlot[]): DropChoices | null {
  if (!target.screening || target.holdNote) return null;
  const alone = planDrop({ kind: "film", film }, { ...target, screening: null, fit: null }, slots);
  const replace: DropPlan = alone.ok ? { ...alone, action: "replace" } : alone;
  return { replace, append: planDrop({ kind: "film", film }, target, slots) };
}
