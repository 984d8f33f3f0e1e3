"use client";

import { useCallback, useMemo } from "react";
import { type BoardCommand, type DropPlan, instantAt, MIN_SLOT_MINUTES, planDrop, type SlotView } from "@/lib/board";
import { elapsedMinutes, toZonedIso } from "@/lib/festival-time";
import { fitBadge } from "@/lib/fit";
import { clockOf } from "@/lib/slot-times";
import { useDropChoice } from "./DropChoiceDialog";
import type { SlotActions } from "./SlotDetails";
import type { BoardModel } from "./useBoardModel";

type Run = (cmd: BoardCommand, label: string, success: string) => void;

/**
 * The board's edits as commands with their history label and the sentence said when the
 * server accepts them: a planned drop, a slot's new end, a slot drawn on a column, and
 * the selected slot's buttons.
 */
export function useBoardEdits(run: Run, fail: (m: string) => void, slots: SlotView[], model: BoardModel, timeZone: string) {
  const { where, venueName, win } = model;

  /** Carries out a planned drop (or refuses it with the arithmetic). */
  const applyPlan = useCallback(
    (plan: DropPlan, target: SlotView, what: string) => {
      if (!plan.ok) {
        if (plan.reason !== "same-slot")
          fail(`Not ${plan.reason === "occupied" || plan.reason === "no-screening" ? "moved" : "placed"}: ${plan.message}`);
        return;
      }
      const badge = fitBadge(plan.fit).label;
      const into = {
        place: "placed in",
        append: "added to the screening in",
        move: "moved to",
        replace: "replaced the screening in",
        swap: "swapped with the screening in",
      }[plan.action];
      run(plan.command, `${plan.action} ${what}`, `${what} ${into} ${where(target)}, ${badge}`);
    },
    [fail, run, where],
  );

  /** The slot now ends at `endsAt` (unless that is no change, or shorter than the smallest slot). */
  const resize = useCallback(
    (slot: SlotView, endsAt: Date) => {
      const minutes = elapsedMinutes(new Date(slot.startsAt), endsAt);
      if (minutes < MIN_SLOT_MINUTES || endsAt.getTime() === new Date(slot.endsAt).getTime()) return;
      run(
        { kind: "resize", slotId: slot.id, endsAt: toZonedIso(endsAt, timeZone) },
        `resize ${where(slot)}`,
        `Slot ${where(slot)} now ends at ${clockOf(endsAt, timeZone)} (${minutes} min)`,
      );
    },
    [run, where, timeZone],
  );

  /** A new slot in the venue over the range drawn (minutes from the window's start). */
  const draw = useCallback(
    (venueId: number, range: { start: number; end: number }) => {
      const startsAt = instantAt(win, range.start);
      const endsAt = instantAt(win, range.end);
      const clocks = `${clockOf(startsAt, timeZone)}–${clockOf(endsAt, timeZone)}`;
      run(
        { kind: "create", venueId, startsAt: toZonedIso(startsAt, timeZone), endsAt: toZonedIso(endsAt, timeZone) },
        `new slot in ${venueName(venueId)}`,
        `New slot in ${venueName(venueId)}, ${clocks} (${elapsedMinutes(startsAt, endsAt)} min)`,
      );
    },
    [run, win, venueName, timeZone],
  );

  const { dropAsk, choice } = useDropChoice(applyPlan, slots, where);

  const actions: SlotActions = useMemo(
    () => ({
      run,
      fail,
      placeFilm: (film, slot) => applyPlan(planDrop({ kind: "film", film }, slot, slots), slot, film.displayTitle),
      resizeBy: (slot, minutes) => resize(slot, new Date(new Date(slot.endsAt).getTime() + minutes * 60_000)),
    }),
    [run, fail, applyPlan, resize, slots],
  );

  return { applyPlan, dropAsk, choice, resize, draw, actions };
}
