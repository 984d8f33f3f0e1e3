"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { type BoardWindow, minutesFrom, type SlotView } from "@/lib/board";
import { PX } from "./types";

/** The selected slot; selected with the keyboard, its details' heading takes the focus. */
export function useSlotSelection() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  useLayoutEffect(() => {
    if (focusHeading.current && heading.current) {
      focusHeading.current = false;
      heading.current.focus();
    }
  });
  const select = useCallback((id: number, viaKeyboard: boolean) => {
    setSelectedId(id);
    focusHeading.current = viaKeyboard;
  }, []);
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

/** On the board's first render: the grid scrolled to the day's first slot (an hour and a half above it). */
export function useInitialScroll(daySlots: SlotView[], win: BoardWindow) {
  const scroller = useRef<HTMLDivElement>(null);
  const first = useRef({ daySlots, win });
  useEffect(() => {
    const { daySlots: slots, win: w } = first.current;
    const s = slots[0];
    if (s && scroller.current) scroller.current.scrollTop = Math.max(0, minutesFrom(w, s.startsAt) - 90) * PX;
  }, []);
  return scroller;
}
