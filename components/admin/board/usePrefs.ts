"use client";

import { useCallback, useEffect, useState } from "react";
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
 * The board's remembered choices, per programmer and edition (localStorage; the server's
 * first picture uses the defaults, the stored choice follows once the board is in the browser).
 */
export function useBoardPrefs(userId: number | null, slug: string) {
  const key = `lineup:board:${userId ?? "anyone"}:${slug}`;
  const [prefs, setPrefs] = useState<BoardPrefs>(DEFAULTS);
  useEffect(() => setPrefs(read(key)), [key]);
  const update = useCallback(
    (change: Partial<BoardPrefs>) =>
      setPrefs((old) => {
        const next = { ...old, ...change };
        try {
          window.localStorage.setItem(key, JSON.stringify(next));
        } catch {
          /* storage full or refused: the choice holds until the page is left */
        }
        return next;
      }),
    [key],
  );
  return { prefs, update };
}

/** The grid's height in pixels as laid out now (for "whole day" zoom), following window resizes. */
export function useElementHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
