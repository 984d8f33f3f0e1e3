"use client";

import type { Announcements, DragEndEvent, DragMoveEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from "@dnd-kit/core";
import { useCallback } from "react";
import { askSentence, asksOnDrop, type DragItem, type DropPlan, drawnRange, planDrop, resizedEnd, type SlotView } from "@/lib/board";
import type { DragPreviews } from "./BoardGrid";
import { dragKind, slotIdOf } from "./dnd";
import type { PanelFilm } from "./FilmPanel";
import type { ActiveDrag } from "./types";
import type { useBoardEdits } from "./useBoardEdits";
import type { BoardModel } from "./useBoardModel";
import type { DragState } from "./useDragState";

type Edits = ReturnType<typeof useBoardEdits>;

const itemOf = (a: ActiveDrag | null): DragItem | null =>
  a?.kind === "film" ? { kind: "film", film: a.film } : a?.kind === "screening" ? { kind: "screening", slotId: a.slotId } : null;

/** The drag a draggable's data starts; a drawing starts where the pointer went down on the column. */
function dragOf(e: DragStartEvent): ActiveDrag | null {
  const data = e.active.data.current;
  if (!data) return null;
  if (data.kind === "film") return { kind: "film", film: data.film };
  if (data.kind === "screening" || data.kind === "resize") return { kind: data.kind, slotId: data.slotId };
  if (data.kind !== "draw") return null;
  const ev = e.activatorEvent;
  const layer = ev.target instanceof HTMLElement ? ev.target : null;
  if (!layer || !(ev instanceof MouseEvent)) return null;
  return { kind: "draw", venueId: data.venueId, startPx: ev.clientY - layer.getBoundingClientRect().top };
}

/**
 * The board's dnd-kit handlers: a film or a screening dropped on a slot is planned (planDrop)
 * and carried out or refused; a slot's end dragged resizes it; a column dragged draws a new slot.
 * Also the names and sentences a screen reader hears.
 */
export function useBoardDrag(
  drag: DragState,
  model: BoardModel,
  slots: SlotView[],
  films: PanelFilm[],
  edits: Edits,
  dropped: () => void,
  away: DragPreviews["away"],
  /** The last change's sentence gives way to the next action. */
  clearMessages: () => void,
) {
  const { slotById, where, win, total, px } = model;
  const { activeRef, finish } = drag;
  const nameOf = useDragNames(films, model);

  const planFor = useCallback(
    (a: ActiveDrag | null, targetId: number | null): DropPlan | null => {
      const item = itemOf(a);
      const target = targetId !== null ? slotById.get(targetId) : undefined;
      return item && target ? planDrop(item, target, slots) : null;
    },
    [slotById, slots],
  );

  const onDragStart = (e: DragStartEvent) => {
    clearMessages();
    drag.setDeltaY(0);
    drag.setOverSlot(null);
    const a = dragOf(e);
    if (a) drag.setActive(a);
  };
  const onDragMove = (e: DragMoveEvent) => {
    const k = activeRef.current?.kind;
    if (k === "resize" || k === "draw") drag.setDeltaY(e.delta.y);
  };
  const onDragOver = (e: DragOverEvent) => drag.setOverSlot(slotIdOf(e.over?.id));
  const onDragEnd = (e: DragEndEvent) => {
    const a = activeRef.current;
    finish();
    if (a?.kind === "film" || a?.kind === "screening") {
      const id = slotIdOf(e.over?.id);
      const target = id !== null ? slotById.get(id) : undefined;
      const plan = target ? planFor(a, target.id) : null;
      if (!target || !plan) return;
      const item = itemOf(a);
      // A film or screening on a slot that holds a screening asks first (the dialog), by mouse and keyboard alike.
      if (item && asksOnDrop(plan, target)) return edits.dropAsk(item, target, plan, nameOf(e.active.id));
      if (plan.ok) dropped();
      edits.applyPlan(plan, target, nameOf(e.active.id));
    } else if (a?.kind === "resize") {
      const slot = slotById.get(a.slotId);
      if (slot) edits.resize(slot, resizedEnd(win, slot, e.delta.y, px).endsAt);
    } else if (a?.kind === "draw") {
      const range = drawnRange(a.startPx, e.delta.y, px, total);
      if (range) edits.draw(a.venueId, range);
    }
  };

  const announcements = boardAnnouncements(
    nameOf,
    (id) => {
      const target = slotById.get(id);
      return target ? { target, plan: planFor(activeRef.current, id) } : undefined;
    },
    where,
  );

  const { active, overSlot, deltaY } = drag;
  const resizing = active?.kind === "resize" ? slotById.get(active.slotId) : undefined;
  const previews: DragPreviews = {
    overSlot,
    plan: planFor(active, overSlot),
    resize: resizing ? { slotId: resizing.id, ...resizedEnd(win, resizing, deltaY, px) } : null,
    drawing: active?.kind === "draw" ? { venueId: active.venueId, range: drawnRange(active.startPx, deltaY, px, total) } : null,
    away,
  };

  const handlers = { onDragStart, onDragMove, onDragOver, onDragEnd, onDragCancel: finish };
  return { handlers, announcements, nameOf, previews };
}

/** How a draggable is named in sentences: the film's title, the screening's films, a slot's end. */
function useDragNames(films: PanelFilm[], model: BoardModel) {
  const { slotById, where } = model;
  return useCallback(
    (id: UniqueIdentifier): string => {
      const [kind, rest] = String(id).split(":");
      if (kind === "film") return films.find((f) => f.id === Number(rest))?.displayTitle ?? "the film";
      const s = slotById.get(Number(rest));
      if (kind === "screening") return s?.screening ? s.screening.films.map((f) => f.displayTitle).join(" + ") : "the screening";
      if (kind === "resize") return s ? `the end of the slot ${where(s)}` : "the slot's end";
      return "a new slot";
    },
    [films, slotById, where],
  );
}

/** What a screen reader hears while dragging: what was picked up, the slot it is over and whether it fits, the drop. */
function boardAnnouncements(
  nameOf: (id: UniqueIdentifier) => string,
  over: (slotId: number) => { target: SlotView; plan: DropPlan | null } | undefined,
  where: (s: SlotView) => string,
): Announcements {
  const fits = (plan: DropPlan | null, target: SlotView) => {
    if (!plan) return "";
    if (asksOnDrop(plan, target)) return `${askSentence(plan, true)}.`;
    return plan.ok ? `Fits: ${plan.message}` : plan.message ? `Won't fit: ${plan.message}` : "";
  };
  const holds = (s: SlotView) => (s.screening ? ` (${s.screening.films.map((f) => f.displayTitle).join(" + ")})` : ", empty");
  return {
    onDragStart: ({ active: a }) =>
      dragKind(a.id) === "resize"
        ? `Resizing ${nameOf(a.id)}. Arrow down makes it 5 minutes longer, arrow up 5 minutes shorter. Space to finish, Escape to cancel.`
        : `Picked up ${nameOf(a.id)}. Arrow keys move it from slot to slot; Space or Enter drops it; Escape cancels.`,
    onDragOver: ({ active: a, over: o }) => {
      const id = slotIdOf(o?.id);
      if (id === null) return `${nameOf(a.id)} is not over a slot.`;
      const found = over(id);
      if (!found) return undefined;
      return `${nameOf(a.id)} is over ${where(found.target)}${holds(found.target)}. ${fits(found.plan, found.target)}`;
    },
    onDragEnd: ({ active: a, over: o }) => {
      const id = slotIdOf(o?.id);
      const found = id !== null ? over(id) : undefined;
      return found ? `${nameOf(a.id)} dropped on ${where(found.target)}.` : `${nameOf(a.id)} dropped.`;
    },
    onDragCancel: ({ active: a }) => `Cancelled. ${nameOf(a.id)} is back where it was.`,
  };
}
