"use client";

import { useCallback, useLayoutEffect, useState } from "react";
import { DEFAULT_ZOOM, parseZoom, type ZoomLevel } from "@/lib/board";

/** What one programmer chose for one edition's board: the zoom and the venues hidden. */
export interface BoardPrefs {
  zoom: ZoomLevel;
  hiddenVenues: number[];
}

const DEFAULTS: BoardPrefs = { zoom: DEFAULT_ZOOM, hiddenVenues: [] };

function read(key: string): BoardPrefs {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(key) ?? "null");
    if (!raw || typeof raw !== "object") return DEFAULTS;
    const zoom = "zoom" in raw ? parseZoom(String(raw.zoom)) : DEFAULT_ZOOM;
    const hidden = "hiddenVenues" in raw && Array.isArray(raw.hiddenVenues) ? raw.hiddenVenues.filter(Number.isInteger) : [];
    return { zoom, hiddenVenues: hidden };
  } catch {
    return DEFAULTS;
  }
}

/**
 * The board's remembered choices, per programmer and edition (localStorage). The server cannot
 * know them: until they are read (before the browser's first paint of the hydrated board),
 * `ready` is false and the board keeps its grid out of sight, so the defaults never flash.
 */
export function useBoardPrefs(userId: number | null, slug: string) {
  const key = `lineup:board:${userId ?? "anyone"}:${slug}`;
  const [stored, setPrefs] = useState<BoardPrefs | null>(null);
  // A layout effect: its update is drawn before the browser paints.
  useLayoutEffect(() => setPrefs(read(key)), [key]);
  const update = useCallback(
    (change: Partial<BoardPrefs>) =>
      setPrefs((old) => {
        const next = { ...(old ?? DEFAULTS), ...change };
        try {
          window.localStorage.setItem(key, JSON.stringify(next));
        } catch {
          /* storage full or refused: the choice holds until the page is left */
        }
        return next;
      }),
    [key],
  );
  return { prefs: stored ?? DEFAULTS, ready: stored !== null, update };
}

/** The grid's height in pixels as laid out now (for "whole day" zoom), following window resizes; measured before the first paint. */
export function useElementHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
