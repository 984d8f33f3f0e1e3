"use client";

/**
 * The board's data: every slot of the edition (one query, polled every 3 s so two
 * programmers see each other's changes) and the one way to change it: run a
 * BoardCommand optimistically (cancel, snapshot, apply, roll back on error,
 * invalidate when settled), recording its inverse for undo/redo.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { ApiError, api } from "@/components/api";
import {
  applyCommand,
  type BoardCommand,
  emptyHistory,
  type HistoryOp,
  historyReducer,
  inverseOf,
  nextRedo,
  nextUndo,
  remapCommand,
} from "@/lib/board";
import type { FitResult } from "@/lib/types";
import type { ScreeningView, SlotView } from "@/server/services/schedule";

export type { SlotView };

const boardKey = (slug: string) => ["slots", slug, "all"] as const;

export function useBoardSlots(slug: string, initialSlots: SlotView[], paused: boolean) {
  return useQuery({
    queryKey: boardKey(slug),
    queryFn: () => api<{ slots: SlotView[] }>(`/api/v1/editions/${encodeURIComponent(slug)}/slots`).then((r) => r.slots),
    initialData: initialSlots,
    // While a drag or a write is under way the cache holds the optimistic picture: don't poll over it.
    refetchInterval: paused ? false : 3_000,
    staleTime: 1_000,
  });
}

interface Request {
  method: "PUT" | "DELETE" | "POST" | "PATCH";
  path: string;
  body?: unknown;
}

/**
 * The HTTP request for a command, with the versions read from the board as it is now, or,
 * for an undo or redo, the version the server answered the step with (`expected`).
 */
function requestFor(slug: string, cmd: BoardCommand, slots: SlotView[], expected?: number, emptyExpected = false): Request {
  const base = `/api/v1/editions/${encodeURIComponent(slug)}/slots`;
  const found = (id: number) => slots.find((s) => s.id === id);
  const slot = (id: number) => {
    const s = found(id);
    if (!s || expected === undefined) return s;
    return { ...s, version: expected, screening: s.screening ? { ...s.screening, version: expected } : null };
  };
  switch (cmd.kind) {
    case "put": {
      const current = slot(cmd.slotId)?.screening;
      if (!cmd.spec) return { method: "DELETE", path: `${base}/${cmd.slotId}/screening${current ? `?version=${current.version}` : ""}` };
      const { films, ...rest } = cmd.spec;
      // Undoing a "clear" puts the screening back only into a slot that is still empty.
      const guard = current ? { version: current.version } : {};
      return {
        method: "PUT",
        path: `${base}/${cmd.slotId}/screening`,
        body: { filmIds: films.map((f) => f.id), ...rest, ...guard, ...(emptyExpected ? { ifEmpty: true } : {}) },
      };
    }
    case "move":
      return {
        method: "POST",
        path: `${base}/${cmd.fromSlotId}/screening/move`,
        body: { toSlotId: cmd.toSlotId, version: slot(cmd.fromSlotId)?.screening?.version },
      };
    case "resize":
      return { method: "PATCH", path: `${base}/${cmd.slotId}`, body: { endsAt: cmd.endsAt, version: slot(cmd.slotId)?.version } };
    case "create":
      return { method: "POST", path: base, body: { venueId: cmd.venueId, startsAt: cmd.startsAt, endsAt: cmd.endsAt } };
    case "delete":
      return { method: "DELETE", path: `${base}/${cmd.slotId}` };
    case "pattern":
      return {
        method: "POST",
        path: `${base}/pattern`,
        body: { venueId: cmd.venueId, times: cmd.times, minutes: cmd.minutes, ...(cmd.days ? { days: cmd.days } : {}) },
      };
    case "deleteMany":
      // One DELETE per slot (see mutationFn); the path names the first.
      return { method: "DELETE", path: `${base}/${cmd.slotIds[0]}` };
  }
}

type Origin = "do" | "undo" | "redo";

interface Vars {
  cmd: BoardCommand;
  origin: Origin;
  label: string;
  /** Said (aria-live) when the server has accepted it. */
  success: string;
  req: Request;
  /** The history step this undo or redo replays. */
  op?: HistoryOp;
}

/** The version of the record a command changed, as the server answered it (undefined when there is none). */
function resultVersion(cmd: BoardCommand, data: unknown): number | undefined {
  switch (cmd.kind) {
    case "put":
      return cmd.spec ? (data as { screening?: ScreeningView }).screening?.version : undefined;
    case "move":
      return (data as { to?: SlotView }).to?.screening?.version;
    case "resize":
      return (data as SlotView).version;
    default:
      return undefined;
  }
}

interface Ctx {
  before: SlotView[];
  tempId?: number;
}

const STALE_MESSAGE = "Someone else changed this slot; the board has been reloaded";

/** A clear sentence from the server's refusal. */
function refusalText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === "stale_version") return STALE_MESSAGE;
    const fit = e.body.fit as FitResult | undefined;
    if (fit?.message) return `Not saved: ${fit.message}`;
    const fields = Object.entries(e.fields).map(([k, v]) => `${k} ${v}`);
    const [firstField] = fields;
    return `Not saved: ${e.message}${firstField && !e.message.includes(firstField) ? ` (${fields.join("; ")})` : ""}`;
  }
  return `Not saved: ${e instanceof Error ? e.message : String(e)}`;
}

export interface BoardFeedback {
  say: (message: string) => void;
  fail: (message: string) => void;
  /** Called after an optimistic change is in the cache (for the drop timing mark). */
  applied?: (cmd: BoardCommand) => void;
}

let tempCounter = 0;

export function useBoardCommands(slug: string, edition: { timeZone: string; dayBreak: string }, feedback: BoardFeedback) {
  const qc = useQueryClient();
  const key = boardKey(slug);
  const [history, dispatch] = useReducer(historyReducer<HistoryOp>, undefined, () => emptyHistory<HistoryOp>());
  const feedbackRef = useRef(feedback);
  feedbackRef.current = feedback;

  const merge = (fn: (slots: SlotView[]) => SlotView[]) => qc.setQueryData<SlotView[]>(key, (old) => fn(old ?? []));

  const mutation = useMutation<unknown, unknown, Vars, Ctx>({
    mutationKey: ["board", slug],
    mutationFn: async (v) => {
      if (v.cmd.kind !== "deleteMany") return api(v.req.path, { method: v.req.method, body: v.req.body });
      const base = `/api/v1/editions/${encodeURIComponent(slug)}/slots`;
      for (const id of v.cmd.slotIds) await api(`${base}/${id}`, { method: "DELETE" });
      return undefined;
    },
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<SlotView[]>(key) ?? [];
      const tempId = v.cmd.kind === "create" ? -++tempCounter : undefined;
      qc.setQueryData<SlotView[]>(key, applyCommand(before, v.cmd, { ...edition, tempId }));
      feedbackRef.current.applied?.(v.cmd);
      return { before, tempId };
    },
    onError: (err, v, ctx) => {
      if (ctx) qc.setQueryData(key, ctx.before);
      feedbackRef.current.fail(
        `${v.origin === "undo" ? "Could not undo. " : v.origin === "redo" ? "Could not redo. " : ""}${refusalText(err)}`,
      );
      if (err instanceof ApiError && err.code === "stale_version") void qc.invalidateQueries({ queryKey: ["slots", slug] });
    },
    onSuccess: (data, v, ctx) => {
      const cmd = v.cmd;
      let createdId: number | undefined;
      let createdIds: number[] | undefined;
      const remaps: [number, number][] = [];
      const remapLater = (from: number, to: number) => remaps.push([from, to]);
      switch (cmd.kind) {
        case "put": {
          if (cmd.spec) {
            const r = data as { screening: ScreeningView; fit: SlotView["fit"]; conflicts: SlotView["conflicts"] };
            merge((list) =>
              list.map((s) => (s.id === cmd.slotId ? { ...s, screening: r.screening, fit: r.fit, conflicts: r.conflicts } : s)),
            );
          }
          break;
        }
        case "move": {
          const r = data as { from: SlotView; to: SlotView };
          merge((list) => list.map((s) => (s.id === r.from.id ? r.from : s.id === r.to.id ? r.to : s)));
          break;
        }
        case "resize": {
          const r = data as SlotView;
          merge((list) => list.map((s) => (s.id === r.id ? r : s)));
          break;
        }
        case "create": {
          const r = data as SlotView;
          createdId = r.id;
          merge((list) => list.map((s) => (s.id === ctx?.tempId ? r : s)));
          break;
        }
        case "pattern": {
          const r = data as { slots: SlotView[] };
          const made = new Set(r.slots.map((x) => x.id));
          merge((list) => [...list.filter((x) => !made.has(x.id)), ...r.slots]);
          const ids = r.slots.map((x) => x.id);
          // A redone pattern makes new slots: the steps that name the old ones follow them.
          if (v.origin === "redo" && cmd.createdIds)
            for (const [i, old] of cmd.createdIds.entries()) {
              const to = ids[i];
              if (to !== undefined) remapLater(old, to);
            }
          createdIds = ids;
          break;
        }
        case "delete":
        case "deleteMany":
          break;
      }
      const remap = (from: number, to: number) =>
        dispatch({ type: "map", fn: (op) => ({ ...op, do: remapCommand(op.do, from, to), undo: remapCommand(op.undo, from, to) }) });
      const version = resultVersion(cmd, data);
      if (v.origin === "do") {
        const doCmd: BoardCommand =
          cmd.kind === "create" && createdId !== undefined
            ? { ...cmd, restoresId: createdId }
            : cmd.kind === "pattern"
              ? { ...cmd, createdIds }
              : cmd;
        const undo = inverseOf(doCmd, ctx?.before ?? [], createdId);
        if (undo) dispatch({ type: "record", op: { label: v.label, do: doCmd, undo, undoVersion: version } });
      } else {
        dispatch({ type: v.origin === "undo" ? "undone" : "redone" });
        const step = v.op;
        if (step)
          dispatch({
            type: "map",
            fn: (o) => (o === step ? (v.origin === "undo" ? { ...o, doVersion: version } : { ...o, undoVersion: version }) : o),
          });
        if (cmd.kind === "create" && cmd.restoresId !== undefined && createdId !== undefined) remap(cmd.restoresId, createdId);
      }
      // After the steps above (they find their step by identity): the slots a redone pattern re-made.
      for (const [from, to] of remaps) remap(from, to);
      feedbackRef.current.say(v.success);
    },
    // Not awaited: the change is done when the server has answered; the reload follows.
    onSettled: () => void qc.invalidateQueries({ queryKey: ["slots", slug] }),
  });

  const { mutate } = mutation;
  const run = useCallback(
    (cmd: BoardCommand, label: string, success: string, origin: Origin = "do", op?: HistoryOp) => {
      const slots = qc.getQueryData<SlotView[]>(boardKey(slug)) ?? [];
      const expected = origin === "undo" ? op?.undoVersion : origin === "redo" ? op?.doVersion : undefined;
      // An undo or redo that fills a slot the step had left empty expects it to be empty still.
      const emptyExpected = origin !== "do" && cmd.kind === "put" && cmd.spec !== null && expected === undefined;
      mutate({ cmd, origin, label, success, op, req: requestFor(slug, cmd, slots, expected, emptyExpected) });
    },
    [mutate, qc, slug],
  );

  const undoOp = nextUndo(history);
  const redoOp = nextRedo(history);
  // Undo/redo asked for while a change is still on its way waits for it (so it undoes that change).
  const queued = useRef<Origin | null>(null);
  const undo = useCallback(() => {
    if (mutation.isPending) queued.current = "undo";
    else if (undoOp) run(undoOp.undo, undoOp.label, `Undone: ${undoOp.label}`, "undo", undoOp);
  }, [undoOp, run, mutation.isPending]);
  const redo = useCallback(() => {
    if (mutation.isPending) queued.current = "redo";
    else if (redoOp) run(redoOp.do, redoOp.label, `Redone: ${redoOp.label}`, "redo", redoOp);
  }, [redoOp, run, mutation.isPending]);
  useEffect(() => {
    if (mutation.isPending || !queued.current) return;
    const next = queued.current;
    queued.current = null;
    if (next === "undo") undo();
    else redo();
  }, [mutation.isPending, undo, redo]);

  return { run, undo, redo, undoOp, redoOp, pending: mutation.isPending, history };
}
