"use client";

/**
 * The one way the board changes: run a BoardCommand optimistically (cancel, snapshot, apply,
 * roll back on error, reload when settled), recording its inverse for undo/redo.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Dispatch, useCallback, useReducer, useRef } from "react";
import { ApiError } from "@/components/api";
import { boardMutationKey, boardSlotsOptions, queryKeys } from "@/components/queries";
import {
  applyCommand,
  type BoardCommand,
  emptyHistory,
  type HistoryAction,
  type HistoryOp,
  historyReducer,
  inverseOf,
  remapCommand,
  type SlotView,
} from "@/lib/board";
import {
  answerVersion,
  type CommandAnswer,
  type CommandRequest,
  copiedSlots,
  mergeAnswer,
  recopied,
  refusalText,
  requestFor,
  sendRequest,
} from "./requests";
import { type Origin, useQueuedUndo } from "./useQueuedUndo";

interface Vars {
  cmd: BoardCommand;
  origin: Origin;
  label: string;
  /** Said (aria-live) when the server has accepted it. */
  success: string;
  req: CommandRequest;
  /** The history step this undo or redo replays. */
  op?: HistoryOp;
}

interface Ctx {
  before: SlotView[];
  tempId?: number;
}

export interface BoardFeedback {
  say: (message: string) => void;
  fail: (message: string) => void;
  /** Called after an optimistic change is in the cache (for the drop timing mark). */
  applied?: (cmd: BoardCommand) => void;
}

let tempCounter = 0;

/** The history's bookkeeping once the server has accepted a step (done, undone or redone). */
function recordStep(dispatch: Dispatch<HistoryAction<HistoryOp>>, v: Vars, answer: CommandAnswer, before: SlotView[]) {
  const { cmd } = v;
  const remap = (from: number, to: number) =>
    dispatch({ type: "map", fn: (op) => ({ ...op, do: remapCommand(op.do, from, to), undo: remapCommand(op.undo, from, to) }) });
  const version = answerVersion(answer);
  const createdId = answer.kind === "created" ? answer.slot.id : undefined;
  const createdIds = answer.kind === "pattern" ? answer.slots.map((x) => x.id) : undefined;
  const copied = copiedSlots(answer);
  if (v.origin === "do") {
    const doCmd: BoardCommand =
      cmd.kind === "create" && createdId !== undefined
        ? { ...cmd, restoresId: createdId }
        : cmd.kind === "pattern"
          ? { ...cmd, createdIds }
          : cmd.kind === "copyDay"
            ? { ...cmd, created: copied }
            : cmd;
    const undo = inverseOf(doCmd, before, createdId);
    if (undo) dispatch({ type: "record", op: { label: v.label, do: doCmd, undo, undoVersion: version } });
    return;
  }
  dispatch({ type: v.origin === "undo" ? "undone" : "redone" });
  const step = v.op;
  if (step)
    dispatch({
      type: "map",
      fn: (o) => (o === step ? recopied(v.origin === "undo" ? { ...o, doVersion: version } : { ...o, undoVersion: version }, copied) : o),
    });
  if (cmd.kind === "create" && cmd.restoresId !== undefined && createdId !== undefined) remap(cmd.restoresId, createdId);
  // After the steps above (they find their step by identity): a redone pattern makes new slots,
  // and the steps that name the old ones follow them.
  if (cmd.kind === "pattern" && v.origin === "redo" && cmd.createdIds && createdIds)
    cmd.createdIds.forEach((old, i) => {
      const made = createdIds[i];
      if (made !== undefined) remap(old, made);
    });
}

export function useBoardCommands(
  slug: string,
  edition: { timeZone: string; dayBreak: string; scenarioId?: number | null },
  feedback: BoardFeedback,
) {
  const qc = useQueryClient();
  const scenarioId = edition.scenarioId ?? null;
  const key = boardSlotsOptions(slug, scenarioId).queryKey;
  const [history, dispatch] = useReducer(historyReducer<HistoryOp>, undefined, () => emptyHistory<HistoryOp>());
  const feedbackRef = useRef(feedback);
  feedbackRef.current = feedback;

  const mutation = useMutation<CommandAnswer, Error, Vars, Ctx>({
    mutationKey: boardMutationKey(slug),
    mutationFn: (v) => sendRequest(slug, v.req, scenarioId),
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData(key) ?? [];
      const tempId = v.cmd.kind === "create" ? -++tempCounter : undefined;
      qc.setQueryData(key, applyCommand(before, v.cmd, { ...edition, tempId }));
      feedbackRef.current.applied?.(v.cmd);
      return { before, tempId };
    },
    onError: (err, v, ctx) => {
      if (ctx) qc.setQueryData(key, ctx.before);
      const again = v.origin === "undo" ? "Could not undo. " : v.origin === "redo" ? "Could not redo. " : "";
      feedbackRef.current.fail(`${again}${refusalText(err)}`);
      if (err instanceof ApiError && err.code === "stale_version") void qc.invalidateQueries({ queryKey: queryKeys.schedule(slug) });
    },
    onSuccess: (answer, v, ctx) => {
      qc.setQueryData(key, (old) => mergeAnswer(old ?? [], answer, ctx.tempId));
      recordStep(dispatch, v, answer, ctx.before);
      feedbackRef.current.say(v.success);
    },
    // Not awaited: the change is done when the server has answered; the reload follows.
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.schedule(slug) }),
  });

  const { mutate } = mutation;
  const run = useCallback(
    (cmd: BoardCommand, label: string, success: string, origin: Origin = "do", op?: HistoryOp) => {
      const slots = qc.getQueryData(boardSlotsOptions(slug, scenarioId).queryKey) ?? [];
      const expected = origin === "undo" ? op?.undoVersion : origin === "redo" ? op?.doVersion : undefined;
      // An undo or redo that fills a slot the step had left empty expects it to be empty still.
      const emptyExpected = origin !== "do" && cmd.kind === "put" && cmd.spec !== null && expected === undefined;
      mutate({ cmd, origin, label, success, op, req: requestFor(cmd, slots, expected, emptyExpected) });
    },
    [mutate, qc, slug, scenarioId],
  );

  const { undo, redo, undoOp, redoOp } = useQueuedUndo(history, run, mutation.isPending);
  return { run, undo, redo, undoOp, redoOp, pending: mutation.isPending, history };
}
