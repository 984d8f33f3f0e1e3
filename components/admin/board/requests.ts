/**
 * A board command as HTTP: the request it makes (with the versions it was read at), the
 * typed answer of the server, and how that answer is merged into the board's list.
 */
import { ApiError } from "@/components/api";
import {
  type CopyDayBody,
  type LineupChangeAnswer,
  type MoveAnswer,
  type NewSlotBody,
  type PatternBody,
  type ScenarioId,
  type ScreeningAnswer,
  type ScreeningBody,
  slotsApi,
} from "@/components/queries";
import { applyEdit, type BoardCommand, batchSteps, type CopiedSlot, type HistoryOp, type SlotEdit, type SlotView } from "@/lib/board";

export type CommandRequest =
  | { kind: "put"; slotId: number; body: ScreeningBody }
  | { kind: "clear"; slotId: number; version?: number }
  | { kind: "move"; fromSlotId: number; body: { toSlotId: number; version?: number } }
  | { kind: "resize"; slotId: number; body: { endsAt: string; version?: number } }
  | { kind: "hold"; slotId: number; body: { holdNote: string | null; version?: number } }
  | { kind: "create"; body: NewSlotBody }
  /** One DELETE per slot. */
  | { kind: "delete"; slotIds: number[] }
  | { kind: "pattern"; body: PatternBody }
  | { kind: "copyDay"; day: string; body: CopyDayBody }
  | { kind: "uncopy"; toDay: string; slots: CopiedSlot[] }
  | { kind: "swap"; body: { day: string; venueA: number; venueB: number } }
  /** Sent in order; if one is refused, `rollback` (the inverses of those sent, last first) is sent before the refusal is reported. */
  | { kind: "batch"; steps: CommandRequest[]; rollback: CommandRequest[] };

/**
 * The request for a command, with the versions read from the board as it is now, or, for an
 * undo or redo, the version the server answered the step with (`expected`). `emptyExpected`:
 * the step fills a slot it had left empty, so it is refused if the slot has been filled since.
 */
export function requestFor(cmd: BoardCommand, slots: SlotView[], expected?: number, emptyExpected = false): CommandRequest {
  const found = (id: number) => slots.find((s) => s.id === id);
  const slotVersion = (id: number) => (expected !== undefined && found(id) ? expected : found(id)?.version);
  const screeningVersion = (id: number) => {
    const s = found(id)?.screening;
    return s && expected !== undefined ? expected : s?.version;
  };
  switch (cmd.kind) {
    case "put": {
      const version = screeningVersion(cmd.slotId);
      if (!cmd.spec) return { kind: "clear", slotId: cmd.slotId, version };
      const { films, ...rest } = cmd.spec;
      // Undoing a "clear" puts the screening back only into a slot that is still empty.
      const guard = version !== undefined ? { version } : {};
      return {
        kind: "put",
        slotId: cmd.slotId,
        body: { filmIds: films.map((f) => f.id), ...rest, ...guard, ...(emptyExpected ? { ifEmpty: true } : {}) },
      };
    }
    case "move":
      return { kind: "move", fromSlotId: cmd.fromSlotId, body: { toSlotId: cmd.toSlotId, version: screeningVersion(cmd.fromSlotId) } };
    case "resize":
      return { kind: "resize", slotId: cmd.slotId, body: { endsAt: cmd.endsAt, version: slotVersion(cmd.slotId) } };
    case "hold":
      return { kind: "hold", slotId: cmd.slotId, body: { holdNote: cmd.note, version: slotVersion(cmd.slotId) } };
    case "create":
      return { kind: "create", body: { venueId: cmd.venueId, startsAt: cmd.startsAt, endsAt: cmd.endsAt } };
    case "delete":
      return { kind: "delete", slotIds: [cmd.slotId] };
    case "deleteMany":
      return { kind: "delete", slotIds: cmd.slotIds };
    case "pattern":
      return {
        kind: "pattern",
        body: { venueId: cmd.venueId, times: cmd.times, minutes: cmd.minutes, ...(cmd.days ? { days: cmd.days } : {}) },
      };
    case "copyDay": {
      const { day, toDay, venueIds, withScreenings } = cmd;
      return { kind: "copyDay", day, body: { toDay, withScreenings, ...(venueIds ? { venueIds } : {}) } };
    }
    case "uncopy":
      return { kind: "uncopy", toDay: cmd.toDay, slots: cmd.slots };
    case "swap":
      return { kind: "swap", body: { day: cmd.day, venueA: cmd.venueA, venueB: cmd.venueB } };
    case "batch":
      return batchRequest(cmd.steps, slots);
  }
}

/**
 * A batch's requests, each read from the board as the steps before it leave it (a put into a
 * slot left empty is sent `ifEmpty`), and the rollback of each: unversioned, since the server
 * has just given the records new versions.
 */
function batchRequest(edits: SlotEdit[], slots: SlotView[]): CommandRequest {
  const planned = batchSteps(edits, slots) ?? [];
  const emptyThen = (step: SlotEdit, on: SlotView[]) =>
    step.kind === "put" && step.spec !== null && !on.find((s) => s.id === step.slotId)?.screening;
  const steps = planned.map(({ step, on }) => requestFor(step, on, undefined, emptyThen(step, on)));
  const rollback = planned.map(({ step, inverse, on }) => requestFor(inverse, [], undefined, emptyThen(inverse, applyEdit(on, step))));
  return { kind: "batch", steps, rollback: rollback.reverse() };
}

/** What the server answered a command with. */
export type CommandAnswer =
  | { kind: "none" }
  | { kind: "screening"; slotId: number; answer: ScreeningAnswer }
  | { kind: "moved"; answer: MoveAnswer }
  | { kind: "resized"; slot: SlotView }
  | { kind: "created"; slot: SlotView }
  | { kind: "pattern"; slots: SlotView[] }
  /** A copy made these slots; a swap changed them. */
  | { kind: "copied"; change: LineupChangeAnswer }
  | { kind: "swapped"; change: LineupChangeAnswer }
  | { kind: "batch"; answers: CommandAnswer[] };

/** Sends the request to the lineup the board shows (`scenarioId`: a scenario's, null: the working lineup). */
export async function sendRequest(slug: string, req: CommandRequest, scenarioId: ScenarioId = null): Promise<CommandAnswer> {
  switch (req.kind) {
    case "put":
      return { kind: "screening", slotId: req.slotId, answer: await slotsApi.putScreening(slug, req.slotId, req.body, scenarioId) };
    case "clear":
      await slotsApi.clearScreening(slug, req.slotId, req.version, scenarioId);
      return { kind: "none" };
    case "move":
      return { kind: "moved", answer: await slotsApi.moveScreening(slug, req.fromSlotId, req.body, scenarioId) };
    case "resize":
    case "hold":
      return { kind: "resized", slot: await slotsApi.update(slug, req.slotId, req.body, scenarioId) };
    case "create":
      return { kind: "created", slot: await slotsApi.create(slug, req.body, scenarioId) };
    case "delete":
      for (const id of req.slotIds) await slotsApi.remove(slug, id, scenarioId);
      return { kind: "none" };
    case "pattern":
      return { kind: "pattern", slots: (await slotsApi.pattern(slug, req.body, scenarioId)).slots };
    case "copyDay":
      return { kind: "copied", change: await slotsApi.copyDay(slug, req.day, req.body, scenarioId) };
    case "uncopy":
      await slotsApi.undoCopy(slug, req.toDay, { slots: req.slots }, scenarioId);
      return { kind: "none" };
    case "swap":
      return { kind: "swapped", change: await slotsApi.swapVenues(slug, req.body, scenarioId) };
    case "batch":
      return sendBatch(slug, req, scenarioId);
  }
}

/** A batch's requests in order; one refused rolls back those sent (best effort), then reports the refusal. */
async function sendBatch(slug: string, req: Extract<CommandRequest, { kind: "batch" }>, scenarioId: ScenarioId): Promise<CommandAnswer> {
  const answers: CommandAnswer[] = [];
  for (const step of req.steps) {
    try {
      answers.push(await sendRequest(slug, step, scenarioId));
    } catch (e) {
      for (const undo of req.rollback.slice(req.rollback.length - answers.length))
        await sendRequest(slug, undo, scenarioId).catch(() => null);
      throw e;
    }
  }
  return { kind: "batch", answers };
}

/** The board's list with the server's answer in place of the optimistic picture (`tempId`: a created slot's stand-in). */
export function mergeAnswer(list: SlotView[], a: CommandAnswer, tempId?: number): SlotView[] {
  switch (a.kind) {
    case "none":
      return list;
    case "batch":
      return a.answers.reduce((l, x) => mergeAnswer(l, x, tempId), list);
    case "screening": {
      const { screening, fit, conflicts } = a.answer;
      return list.map((s) => (s.id === a.slotId ? { ...s, screening, fit, conflicts } : s));
    }
    case "moved": {
      const { from, to } = a.answer;
      return list.map((s) => (s.id === from.id ? from : s.id === to.id ? to : s));
    }
    case "resized":
      return list.map((s) => (s.id === a.slot.id ? a.slot : s));
    case "created":
      return list.map((s) => (s.id === tempId ? a.slot : s));
    case "pattern":
    case "copied":
    case "swapped": {
      const slots = a.kind === "pattern" ? a.slots : a.change.slots;
      const made = new Set(slots.map((x) => x.id));
      return [...list.filter((x) => !made.has(x.id)), ...slots];
    }
  }
}

/** The version of the record a command changed, as the server answered it (undefined when there is none). */
export function answerVersion(a: CommandAnswer): number | undefined {
  if (a.kind === "screening") return a.answer.screening.version;
  if (a.kind === "moved") return a.answer.to.screening?.version;
  if (a.kind === "resized") return a.slot.version;
  return undefined;
}

const STALE_MESSAGE = "Someone else changed this slot; the board has been reloaded";

/** A clear sentence from the server's refusal. */
export function refusalText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === "stale_version") return STALE_MESSAGE;
    const fit = e.fit;
    if (fit?.message) return `Not saved: ${fit.message}`;
    const fields = Object.entries(e.fields).map(([k, v]) => `${k} ${v}`);
    return `Not saved: ${e.message}${fields.length && !e.message.includes(fields[0] ?? "") ? ` (${fields.join("; ")})` : ""}`;
  }
  return `Not saved: ${e instanceof Error ? e.message : String(e)}`;
}

/** The slots a copy made, at the versions it answered (for its undo). */
export function copiedSlots(a: CommandAnswer): CopiedSlot[] | undefined {
  if (a.kind !== "copied") return undefined;
  return a.change.slots.map((s) => ({ id: s.id, version: s.version, screeningVersion: s.screening?.version ?? null }));
}

/** A redone copy made new slots: its step now undoes those. */
export function recopied(op: HistoryOp, copied: CopiedSlot[] | undefined): HistoryOp {
  if (!copied || op.do.kind !== "copyDay") return op;
  return { ...op, do: { ...op.do, created: copied }, undo: { kind: "uncopy", toDay: op.do.toDay, slots: copied } };
}
