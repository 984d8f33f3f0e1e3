"use client";

import { useCallback, useRef, useState } from "react";
import type { ActiveDrag } from "./types";

/** What is being dragged, the slot it is over, and how far the pointer has moved (resizing and drawing). */
export function useDragState() {
  const [active, setActive] = useState<ActiveDrag | null>(null);
  const [overSlot, setOverSlot] = useState<number | null>(null);
  const [deltaY, setDeltaY] = useState(0);
  // dnd-kit's callbacks read the drag as it is now, not as it was at their last render.
  const activeRef = useRef<ActiveDrag | null>(null);
  activeRef.current = active;
  const finish = useCallback(() => {
    setActive(null);
    setOverSlot(null);
    setDeltaY(0);
  }, []);
  return { active, setActive, overSlot, setOverSlot, deltaY, setDeltaY, activeRef, finish };
}

export type DragState = ReturnType<typeof useDragState>;
