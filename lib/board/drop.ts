/** Would this drop be made: the server's own fit and screening rule (lib/fit) on what a drag would make. */
import { fitOfScreening, screeningRefusal } from "@/lib/fit";
import type { FitResult, ScreeningDetails, ScreeningStatus } from "@/lib/types";
import type { BoardCommand, SlotEdit } from "./commands";
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
  | { ok: true; action: "place" | "append" | "move" | "replace" | "swap"; fit: FitResult; command: BoardCommand; message: string }
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
    const base = specOf(target.screening) ?? {
      films: [],
      preShowMinutes: 0,
      introMinutes: 0,
      qaMinutes: 0,
      status: "confirmed",
      ...NO_DETAILS,
    };
    const joined = joinProgramme(target, base, [item.film]);
    if (!joined.ok) return joined.plan;
    return {
      ok: true,
      action: target.screening ? "append" : "place",
      fit: joined.fit,
      command: { kind: "put", slotId: target.id, spec: joined.spec },
      message: joined.fit.message,
    };
  }
  if (item.slotId === target.id) return { ok: false, reason: "same-slot", fit: target.fit, message: "" };
  const from = slots.find((s) => s.id === item.slotId);
  if (!from?.screening) return { ok: false, reason: "no-screening", fit: null, message: "That slot has no screening any more" };
  const spec = specOf(from.screening)!;
  const fit = fitOfSpec(target.minutes, spec);
  // An occupied slot asks (screeningDropChoices); its arithmetic is the dragged screening's there.
  if (target.screening) return { ok: false, reason: "occupied", fit, message: fit.message };
  return (
    moveRefusal(spec, fit) ?? {
      ok: true,
      action: "move",
      fit,
      command: { kind: "move", fromSlotId: from.id, toSlotId: target.id },
      message: fit.message,
    }
  );
}

/** Why a screening of `spec` may not go where it would make `fit` (the server's rule), or null. */
function moveRefusal(spec: ScreeningSpec, fit: FitResult): DropPlan | null {
  const refusal = screeningRefusal(fit, spec.status);
  if (refusal === "does-not-fit") return { ok: false, reason: "does-not-fit", fit, message: fit.message };
  if (refusal === "runtime-unknown")
    return {
      ok: false,
      reason: "runtime-unknown",
      fit,
      message: `Only a pencilled-in screening may have an unknown runtime: ${fit.message}`,
    };
  return null;
}

/** Why a held slot refuses a drop, with its note. */
function heldMessage(note: string): string {
  return `the slot is held (${note}); release the hold first`;
}

/**
 * Whether this drop asks "Replace or add?" rather than being made or refused at once: a film
 * (whose plan is "append", "already-in" or, over a screening, "does-not-fit") or a screening
 * ("occupied") over a slot that holds a screening and no hold.
 */
export function asksOnDrop(plan: DropPlan, target: BoardSlot): boolean {
  if (!target.screening || target.holdNote) return false;
  if (plan.ok) return plan.action === "append";
  return plan.reason === "does-not-fit" || plan.reason === "already-in" || plan.reason === "occupied";
}

/**
 * What the slot says while a drop that asks is over it: the choices, and the arithmetic of the
 * drop (a film added; a screening alone there). `spoken`: the screen reader's longer words.
 */
export function askSentence(plan: DropPlan, spoken = false): string {
  const fits = plan.fit?.status !== "over" && (plan.ok || plan.reason === "occupied") ? "fits" : "won't fit";
  const add = spoken ? "add to the programme" : "add";
  const what = plan.ok || plan.reason !== "occupied" ? `replace, or ${add}` : `replace, ${add} or swap`;
  return `Drop to choose: ${what} (${fits}: ${plan.message})`;
}

/** A film or screening dropped on an occupied slot: what it could do, each with its own arithmetic. */
export interface DropChoices {
  /** The dropped film or screening alone in the slot, the screening that was there taken out. */
  replace: DropPlan;
  /** The film (or the dragged screening's films) added to the end of the screening's programme. */
  append: DropPlan;
  /** A screening only: the two screenings change places. */
  swap?: DropPlan;
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

/**
 * A screening dragged from `fromSlotId` onto a slot holding another: null when the slot is empty
 * or held, or the dragged slot has no screening (planDrop decides those). Each choice is one
 * batch (one undo step), refused with its arithmetic where the server would refuse it:
 * - replace: it moves here and the screening that was here is taken off the programme;
 * - append: its films join the end of this programme (this one keeps its extras and details)
 *   and its own slot is emptied;
 * - swap: the two change places, each fitted to the other's slot.
 */
export function screeningDropChoices(fromSlotId: number, target: BoardSlot, slots: BoardSlot[]): DropChoices | null {
  const from = slots.find((s) => s.id === fromSlotId);
  const there = specOf(target.screening);
  const moved = specOf(from?.screening ?? null);
  if (!from || !there || !moved || target.holdNote || from.id === target.id) return null;
  const here = fitOfSpec(target.minutes, moved);
  const clear = { kind: "put", slotId: target.id, spec: null } as const;
  const move = { kind: "move", fromSlotId: from.id, toSlotId: target.id } as const;
  const replace: DropPlan = moveRefusal(moved, here) ?? {
    ok: true,
    action: "replace",
    fit: here,
    command: { kind: "batch", steps: [clear, move] },
    message: here.message,
  };
  const back = fitOfSpec(from.minutes, there);
  const swapRefused = moveRefusal(moved, here) ?? moveRefusal(there, back);
  const titles = (spec: ScreeningSpec) => spec.films.map((f) => f.displayTitle).join(" + ");
  const twoWays = `${titles(moved)} here: ${here.message}; ${titles(there)} there: ${back.message}`;
  const swap: DropPlan = swapRefused
    ? { ...swapRefused, message: twoWays }
    : {
        ok: true,
        action: "swap",
        fit: here,
        command: { kind: "batch", steps: [clear, move, { kind: "put", slotId: from.id, spec: there }] },
        message: twoWays,
      };
  return { replace, swap, append: appendScreening(moved, there, target, from.id) };
}

/**
 * `films` added to the end of `base`'s programme in `target` (the server's rule): refused with
 * the arithmetic, or when a film would be in it twice; else the screening and its fit.
 */
function joinProgramme(
  target: BoardSlot,
  base: ScreeningSpec,
  films: BoardFilm[],
): { ok: false; plan: DropPlan } | { ok: true; spec: ScreeningSpec; fit: FitResult } {
  const twice = films.find((f) => base.films.some((t) => t.id === f.id));
  if (twice)
    return {
      ok: false,
      plan: { ok: false, reason: "already-in", fit: target.fit, message: `${twice.displayTitle} is already in this screening` },
    };
  const spec: ScreeningSpec = { ...base, films: [...base.films, ...films] };
  const fit = fitOfSpec(target.minutes, spec);
  const refusal = screeningRefusal(fit, spec.status);
  if (refusal === "does-not-fit") return { ok: false, plan: { ok: false, reason: "does-not-fit", fit, message: fit.message } };
  // A runtime nobody knows may only be pencilled in.
  if (refusal === "runtime-unknown") spec.status = "tentative";
  return { ok: true, spec, fit };
}

/** The dragged screening's films at the end of the target's programme, its own slot emptied. */
function appendScreening(moved: ScreeningSpec, there: ScreeningSpec, target: BoardSlot, fromSlotId: number): DropPlan {
  const joined = joinProgramme(target, there, moved.films);
  if (!joined.ok) return joined.plan;
  const steps: SlotEdit[] = [
    { kind: "put", slotId: target.id, spec: joined.spec },
    { kind: "put", slotId: fromSlotId, spec: null },
  ];
  return { ok: true, action: "append", fit: joined.fit, command: { kind: "batch", steps }, message: joined.fit.message };
}

/** The choices a drop onto an occupied slot asks between (null: it asks nothing). */
export function choicesFor(item: DragItem, target: BoardSlot, slots: BoardSlot[]): DropChoices | null {
  return item.kind === "film" ? dropChoices(item.film, target, slots) : screeningDropChoices(item.slotId, target, slots);
}
