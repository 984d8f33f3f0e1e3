/**
 * A board command as HTTP: the request it makes (with the versions it was read at), the
 * typed answer of the server, and how that answer is merged into the board's list.
 */
import { ApiError } from "@/components/api";
import {
  type MoveAnswer,
  type NewSlotBody,
  type PatternBody,
  type ScreeningAnswer,
  type ScreeningBody,
  slotsApi,
} from "@/components/queries";
import type { BoardCommand, SlotView } from "@/lib/board";

export type CommandRequest =
  | { kind: "put"; slotId: number; body: ScreeningBody }
  | { kind: "clear"; slotId: number; version?: number }
  | { kind: "move"; fromSlotId: number; body: { toSlotId: number; version?: number } }
  | { kind: "resize"; slotId: number; body: { endsAt: string; version?: number } }
  | { kind: "hold"; slotId: number; body: { holdNote: string | null; version?: number } }
  | { kind: "create"; body: NewSlotBody }
  /** One DELETE per slot. */
  | { kind: "delete"; slotIds: number[] }
  | { kind: "pattern"; body: PatternBody };

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
  }
}

/** What the server answered a command with. */
export type CommandAnswer =
  | { kind: "none" }
  | { kind: "screening"; slotId: number; answer: ScreeningAnswer }
  | { kind: "moved"; answer: MoveAnswer }
  | { kind: "resized"; slot: SlotView }
  | { kind: "created"; slot: SlotView }
  | { kind: "pattern"; slots: SlotView[] };

export async function sendRequest(slug: string, req: CommandRequest): Promise<CommandAnswer> {
  switch (req.kind) {
    case "put":
      return { kind: "screening", slotId: req.slotId, answer: await slotsApi.putScreening(slug, req.slotId, req.body) };
    case "clear":
      await slotsApi.clearScreening(slug, req.slotId, req.version);
      return { kind: "none" };
    case "move":
      return { kind: "moved", answer: await slotsApi.moveScreening(slug, req.fromSlotId, req.body) };
    case "resize":
    case "hold":
      return { kind: "resized", slot: await slotsApi.update(slug, req.slotId, req.body) };
    case "create":
      return { kind: "created", slot: await slotsApi.create(slug, req.body) };
    case "delete":
      for (const id of req.slotIds) await slotsApi.remove(slug, id);
      return { kind: "none" };
    case "pattern":
      return { kind: "pattern", slots: (await slotsApi.pattern(slug, req.body)).slots };
  }
}

/** The board's list with the server's answer in place of the optimistic picture (`tempId`: a created slot's stand-in). */
export function mergeAnswer(list: SlotView[], a: CommandAnswer, tempId?: number): SlotView[] {
  switch (a.kind) {
    case "none":
      return list;
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
    case "pattern": {
      const made = new Set(a.slots.map((x) => x.id));
      return [...list.filter((x) => !made.has(x.id)), ...a.slots];
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
