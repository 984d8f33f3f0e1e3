/**
 * The board's performance marks, read by `npm run bench` (bench/board.ts):
 * `board:first-render` from the board's first render to its commit, and
 * `board:drop-to-badge` from a drop to the optimistic picture painted.
 */
import { useEffect, useRef, useState } from "react";

/** A fresh performance mark. */
function mark(name: string) {
  if (typeof performance === "undefined") return;
  performance.clearMarks(name);
  performance.mark(name);
}

function measure(name: string, start: string, end: string) {
  try {
    performance.measure(name, start, end);
  } catch {
    /* a mark is missing (cleared by a later render): no figure */
  }
}

/** Marks the first render of the board (its data already there) and measures it when committed. */
export function useFirstRenderMark() {
  useState(() => (typeof window !== "undefined" ? mark("board:render-start") : null));
  useEffect(() => {
    mark("board:rendered");
    performance.clearMeasures("board:first-render");
    measure("board:first-render", "board:render-start", "board:rendered");
  }, []);
}

/** `dropped()` when a drop is made; `applied()` once its optimistic change is in the cache. */
export function useDropTiming() {
  const pending = useRef(false);
  const dropped = () => {
    performance.clearMarks("board:drop");
    performance.clearMarks("board:drop-painted");
    performance.clearMeasures("board:drop-to-badge");
    performance.mark("board:drop");
    pending.current = true;
  };
  const applied = () => {
    if (!pending.current) return;
    pending.current = false;
    // After React has committed the optimistic picture and the browser has painted it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark("board:drop-painted");
        measure("board:drop-to-badge", "board:drop", "board:drop-painted");
      }, 0),
    );
  };
  return { dropped, applied };
}
