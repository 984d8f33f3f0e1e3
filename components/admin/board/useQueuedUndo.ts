"use client";

import { useCallback, useEffect, useRef } from "react";
import { type BoardCommand, type History, type HistoryOp, nextRedo, nextUndo } from "@/lib/board";

/** Who asked for a command: the programmer, or undo/redo replaying a step. */
export type Origin = "do" | "undo" | "redo";

type Run = (cmd: BoardCommand, label: string, success: string, origin: Origin, op: HistoryOp) => void;

/**
 * Undo and redo of the board's history. One asked for while a change is still on its way
 * waits for it (so it undoes that change), then runs.
 */
export function useQueuedUndo(history: History<HistoryOp>, run: Run, pending: boolean) {
  const undoOp = nextUndo(history);
  const redoOp = nextRedo(history);
  const queued = useRef<"undo" | "redo" | null>(null);
  const undo = useCallback(() => {
    if (pending) queued.current = "undo";
    else if (undoOp) run(undoOp.undo, undoOp.label, `Undone: ${undoOp.label}`, "undo", undoOp);
  }, [undoOp, run, pending]);
  const redo = useCallback(() => {
    if (pending) queued.current = "redo";
    else if (redoOp) run(redoOp.do, redoOp.label, `Redone: ${redoOp.label}`, "redo", redoOp);
  }, [redoOp, run, pending]);
  useEffect(() => {
    if (pending || !queued.current) return;
    const next = queued.current;
    queued.current = null;
    if (next === "undo") undo();
    else redo();
  }, [pending, undo, redo]);
  return { undo, redo, undoOp, redoOp };
}
