/** Undo and redo. */
import { HISTORY_LIMIT } from "./model";

/* ---------- undo / redo ---------- */

export interface History<T> {
  past: T[];
  future: T[];
  limit: number;
}

export type HistoryAction<T> =
  | { type: "record"; op: T }
  /** The top of `past` was undone: it moves to `future`. */
  | { type: "undone" }
  /** The top of `future` was redone: it moves back to `past`. */
  | { type: "redone" }
  | { type: "map"; fn: (op: T) => T }
  | { type: "clear" };

export function emptyHistory<T>(limit = HISTORY_LIMIT): History<T> {
  return { past: [], future: [], limit: Math.max(1, limit) };
}

export function historyReducer<T>(h: History<T>, a: HistoryAction<T>): History<T> {
  switch (a.type) {
    case "record": {
      const past = [...h.past, a.op];
      return { ...h, past: past.length > h.limit ? past.slice(past.length - h.limit) : past, future: [] };
    }
    case "undone": {
      const last = h.past.at(-1);
      if (last === undefined) return h;
      return { ...h, past: h.past.slice(0, -1), future: [...h.future, last] };
    }
    case "redone": {
      const next = h.future.at(-1);
      if (next === undefined) return h;
      return { ...h, future: h.future.slice(0, -1), past: [...h.past, next] };
    }
    case "map":
      return { ...h, past: h.past.map(a.fn), future: h.future.map(a.fn) };
    case "clear":
      return { ...h, past: [], future: [] };
  }
}

export const nextUndo = <T>(h: History<T>): T | undefined => h.past[h.past.length - 1];
export const nextRedo = <T>(h: History<T>): T | undefined => h.future[h.future.length - 1];
