"use client";

/**
 * dnd-kit's configuration for the board: draggable ids are `film:`, `screening:`, `resize:`
 * or `draw:` and a number; drop targets are `slot:` and the slot's id.
 */
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DndContextProps,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  type UniqueIdentifier,
  type UseDraggableArguments,
  useDraggable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { type ReactNode, type RefObject, useMemo } from "react";
import { type Direction, nextTarget, type Rect, SNAP_MINUTES } from "@/lib/board";

const DIRECTIONS: Record<string, Direction> = { ArrowDown: "down", ArrowUp: "up", ArrowLeft: "left", ArrowRight: "right" };

/** The kind of a draggable id: "film", "screening", "resize" or "draw". */
export const dragKind = (id: UniqueIdentifier) => String(id).split(":")[0];

/** The slot of a drop target's id; null when it is not a slot. */
export const slotIdOf = (id: UniqueIdentifier | null | undefined) =>
  id && String(id).startsWith("slot:") ? Number(String(id).slice(5)) : null;

/** Keyboard dragging: arrows jump from slot to slot (or move a resize handle 5 minutes at `px` pixels a minute). */
const keyboardCoordinates =
  (px: number): KeyboardCoordinateGetter =>
  (event, { active, context, currentCoordinates }) => {
    const dir = DIRECTIONS[event.code];
    if (!dir) return undefined;
    event.preventDefault();
    const kind = dragKind(active);
    if (kind === "resize") {
      if (dir === "down") return { ...currentCoordinates, y: currentCoordinates.y + SNAP_MINUTES * px };
      if (dir === "up") return { ...currentCoordinates, y: currentCoordinates.y - SNAP_MINUTES * px };
      return undefined;
    }
    if (kind === "draw") return undefined;
    const rect = context.collisionRect;
    if (!rect) return undefined;
    const rects: Rect[] = [];
    for (const [id, r] of context.droppableRects)
      if (String(id).startsWith("slot:")) rects.push({ id, left: r.left, top: r.top, width: r.width, height: r.height });
    const t = nextTarget(rects, rect, dir);
    if (!t) return undefined;
    // Centre the dragged card on the target's upper part (a tall slot's middle may be out of view).
    const cy = t.top + Math.min(t.height / 2, 30);
    return { x: t.left + t.width / 2 - rect.width / 2, y: cy - rect.height / 2 };
  };

/** Pointer: the slot under the pointer. Keyboard: the slot under the dragged card's centre. Never for resize/draw. */
const collisionDetection: CollisionDetection = (args) => {
  const kind = dragKind(args.active.id);
  if (kind === "resize" || kind === "draw") return [];
  if (args.pointerCoordinates) return pointerWithin(args);
  const c = args.collisionRect;
  const cx = c.left + c.width / 2;
  const cy = c.top + c.height / 2;
  return args.droppableContainers
    .filter((dc) => {
      const r = args.droppableRects.get(dc.id);
      return r && cx >= r.left && cx <= r.left + r.width && cy >= r.top && cy <= r.top + r.height;
    })
    .map((dc) => ({ id: dc.id, data: { droppableContainer: dc, value: 0 } }));
};

/** The pointer (after 5 px, so a click still selects) and the keyboard. */
function useBoardSensors(px: number) {
  const keyboard = useMemo(() => ({ coordinateGetter: keyboardCoordinates(px) }), [px]);
  return useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, keyboard));
}

const SCREEN_READER_INSTRUCTIONS =
  "To pick up a film or a screening, press Space or Enter. Arrow keys move it from slot to slot and say whether it fits; Space or Enter drops it; Escape cancels. On a slot's resize handle, Space then arrow up or down changes its end in 5-minute steps.";

type Handlers = Pick<DndContextProps, "onDragStart" | "onDragMove" | "onDragOver" | "onDragEnd" | "onDragCancel">;

/** dnd-kit around the board; it scrolls only the grid, and only from close to its edges (not the page, not the film list). */
export function BoardDnd({
  handlers,
  announcements,
  scroller,
  px,
  children,
}: {
  px: number;
  handlers: Handlers;
  announcements: Announcements;
  scroller: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}) {
  return (
    <DndContext
      id="board-dnd"
      sensors={useBoardSensors(px)}
      collisionDetection={collisionDetection}
      {...handlers}
      autoScroll={{ threshold: { x: 0.08, y: 0.08 }, acceleration: 6, canScroll: (el) => el === scroller.current }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      {children}
    </DndContext>
  );
}

/** A button that drags: spread `handle` on it (its node, dnd-kit's listeners and accessible attributes). */
export function useDragHandle(args: UseDraggableArguments) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable(args);
  return { handle: { ref: setNodeRef, ...listeners, ...attributes }, isDragging };
}
