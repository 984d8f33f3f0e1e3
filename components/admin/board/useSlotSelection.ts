"use client";

import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { type BoardWindow, minutesFrom, type SlotView } from "@/lib/board";

/** The selected slot; selected with the keyboard, its details' heading takes the focus. */
export function useSlotSelection(onSelect?: () => void) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  useLayoutEffect(() => {
    if (focusHeading.current && heading.current) {
      focusHeading.current = false;
      heading.current.focus();
    }
  });
  const select = useCallback(
    (id: number, viaKeyboard: boolean) => {
      onSelect?.();
      setSelectedId(id);
      focusHeading.current = viaKeyboard;
    },
    [onSelect],
  );
  const close = useCallback(() => setSelectedId(null), []);
  // A link to a slot (a conflict's, "…/board/2026-10-23#slot-12") opens with that slot selected.
  useEffect(() => {
    const fromHash = () => {
      const id = /^#slot-(\d+)$/.exec(window.location.hash)?.[1];
      if (id) setSelectedId(Number(id));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);
  return { selectedId, select, close, heading };
}

export type SlotSelection = ReturnType<typeof useSlotSelection>;

/**
 * Once the board's view is known (`ready`: the remembered zoom read), before it is painted: the
 * grid scrolled to the day's first slot (an hour and a half above it). Once only.
 */
export function useInitialScroll(
  scroller: RefObject<HTMLDivElement | null>,
  daySlots: SlotView[],
  win: BoardWindow,
  px: number,
  ready: boolean,
) {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const s = daySlots[0];
    if (s && scroller.current) scroller.current.scrollTop = Math.max(0, minutesFrom(win, s.startsAt) - 90) * px;
  }, [scroller, daySlots, win, px, ready]);
}
