"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { buttonClass, quietButtonClass } from "@/components/admin/Field";
import { choicesFor, type DragItem, type DropChoices, type DropPlan, type SlotView } from "@/lib/board";

/** Longer than dnd-kit's pointer sensor keeps stopping clicks after a drop (50 ms). */
const CLICK_GUARD_MS = 60;

/** A film or screening dropped on a slot that holds a screening, waiting for the programmer's answer. */
export interface PendingChoice {
  /** The film's title, or the dragged screening's films. */
  what: string;
  /** Where a dragged screening comes from ("Cinema 2 at 14:00"); null for a film. */
  from: string | null;
  /** "Cinema 1 at 18:00" */
  where: string;
  /** What the slot holds now. */
  holds: string;
  choices: DropChoices;
  slotId: number;
}

/**
 * The question's state: `dropAsk` carries out a drop on an empty slot at once, and on a slot
 * holding a screening asks (the dialog) until `choice.choose` or `choice.cancel`.
 */
export function useDropChoice(
  applyPlan: (plan: DropPlan, target: SlotView, what: string) => void,
  slots: SlotView[],
  where: (s: SlotView) => string,
) {
  const [pending, setPending] = useState<PendingChoice | null>(null);
  const dropAsk = useCallback(
    (item: DragItem, target: SlotView, plan: DropPlan, what: string) => {
      const choices = choicesFor(item, target, slots);
      if (!choices || !target.screening) return applyPlan(plan, target, what);
      const holds = target.screening.films.map((f) => f.displayTitle).join(" + ");
      const source = item.kind === "screening" ? slots.find((s) => s.id === item.slotId) : undefined;
      const from = source ? where(source) : null;
      const ask = { what, from, where: where(target), holds, choices, slotId: target.id };
      // dnd-kit swallows the next click for 50 ms after a pointer drag ends: ask once that is over,
      // or the dialog's first click could be lost on a busy machine.
      window.setTimeout(() => setPending(ask), CLICK_GUARD_MS);
    },
    [applyPlan, slots, where],
  );
  const choice = useMemo(
    () => ({
      pending,
      choose: (plan: DropPlan, p: PendingChoice) => {
        setPending(null);
        const target = slots.find((s) => s.id === p.slotId);
        if (target) applyPlan(plan, target, p.what);
      },
      cancel: () => setPending(null),
    }),
    [pending, slots, applyPlan],
  );

  return { dropAsk, choice };
}

/**
 * "Replace", "Add to the programme" or "Cancel": a modal dialog (showModal gives the focus to
 * the first choice that can be taken; Escape cancels), each choice with the fit arithmetic it would make; a choice that would not fit
 * is shown with its arithmetic and cannot be taken.
 */
export function DropChoiceDialog({
  choice,
  dropped,
  say,
}: {
  choice: ReturnType<typeof useDropChoice>["choice"];
  /** The drop-to-badge timing mark, once a choice is made. */
  dropped: () => void;
  say: (m: string) => void;
}) {
  const { pending } = choice;
  const onChoose = (plan: DropPlan, p: PendingChoice) => {
    if (plan.ok) dropped();
    choice.choose(plan, p);
  };
  const onCancel = () => {
    choice.cancel();
    say("Cancelled: nothing changed");
  };
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="drop-choice-h"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-[min(32rem,calc(100vw-2rem))] rounded border border-stone-400 p-4 text-sm shadow-xl backdrop:bg-stone-900/40"
      data-testid="drop-choice"
    >
      {pending && (
        <div className="grid gap-3">
          <h2 id="drop-choice-h" className="text-base font-semibold">
            {pending.where} already has {pending.holds}
          </h2>
          <p>What should {pending.what} do?</p>
          <Choice
            label="Replace"
            does={`${pending.holds} comes off the programme${pending.from ? `; ${pending.from} is left empty` : ""}`}
            plan={pending.choices.replace}
            primary
            onChoose={(p) => onChoose(p, pending)}
          />
          <Choice
            label="Add to the programme"
            does={`${pending.what} plays after ${pending.holds}${pending.from ? `; ${pending.from} is left empty` : ""}`}
            plan={pending.choices.append}
            onChoose={(p) => onChoose(p, pending)}
          />
          {pending.choices.swap && pending.from && (
            <Choice
              label="Swap"
              does={`${pending.holds} moves to ${pending.from}`}
              plan={pending.choices.swap}
              onChoose={(p) => onChoose(p, pending)}
            />
          )}
          <div>
            <button type="button" className={quietButtonClass} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

function Choice({
  label,
  does,
  plan,
  primary,
  onChoose,
}: {
  label: string;
  /** What the choice does, in a sentence. */
  does: string;
  plan: DropPlan;
  primary?: boolean;
  onChoose: (p: DropPlan) => void;
}) {
  const id = `choice-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="grid gap-1">
      <button
        type="button"
        className={`${primary ? buttonClass : quietButtonClass} justify-self-start`}
        disabled={!plan.ok}
        aria-describedby={`${id}-does ${id}`}
        onClick={() => onChoose(plan)}
      >
        {label}
      </button>
      <p id={`${id}-does`} className="text-stone-700">
        {does}
      </p>
      <p id={id} className={plan.ok ? "text-green-900" : "text-red-800"} data-testid="choice-fit">
        {plan.ok ? "Fits: " : "Won't fit: "}
        {plan.message}
      </p>
    </div>
  );
}
