/** The board's commands as data: applied optimistically, and inverted for undo. */
import { elapsedMinutes, festivalDayOf } from "@/lib/festival-time";
import type { ScreeningSpec } from "./drop";
import { detailsOf, fitOfSpec, specOf } from "./drop";
import type { BoardScreening, BoardSlot } from "./model";

/* ---------- commands, optimistic application, inverses ---------- */

/** A change to what slots hold: the steps a compound command is made of. */
export type SlotEdit =
  /** Put this screening into the slot (null: empty it). */
  { kind: "put"; slotId: number; spec: ScreeningSpec | null } | { kind: "move"; fromSlotId: number; toSlotId: number };

export type BoardCommand =
  | SlotEdit
  /** Several slot edits as one undo step (a screening dropped on another: replace, swap, add); run in order. */
  | { kind: "batch"; steps: SlotEdit[] }
  | { kind: "resize"; slotId: number; endsAt: string }
  /** `restoresId`: the id this slot had before (undo of a delete, redo of a create). */
  | { kind: "create"; venueId: number; startsAt: string; endsAt: string; restoresId?: number }
  | { kind: "delete"; slotId: number }
  /** A daily pattern of slots; `createdIds` are the slots the server made (for undo). */
  | { kind: "pattern"; venueId: number; times: string[]; minutes: number; days?: string[]; createdIds?: number[] }
  /** Empty slots deleted together (the undo of a pattern). */
  | { kind: "deleteMany"; slotIds: number[] }
  /** A festival day's slots copied to `toDay`; `created`: what the server made (for undo). */
  | { kind: "copyDay"; day: string; toDay: string; venueIds?: number[]; withScreenings: boolean; created?: CopiedSlot[] }
  /** The undo of a copy: its slots deleted while unchanged (refused, 409, otherwise). */
  | { kind: "uncopy"; toDay: string; slots: CopiedSlot[] }
  /** Two venues' day swapped (its own undo). */
  | { kind: "swap"; day: string; venueA: number; venueB: number }
  /** Hold the slot with a private note, or release it (null). */
  | { kind: "hold"; slotId: number; note: string | null };

/** A slot a copy made, at the versions the copy answered with. */
export interface CopiedSlot {
  id: number;
  version: number;
  screeningVersion: number | null;
}

export interface HistoryOp {
  label: string;
  do: BoardCommand;
  undo: BoardCommand;
  /**
   * The version the server gave the record after the step was done (or redone): the undo
   * carries it, so it is refused (409) if someone changed the record since, never overwriting.
   */
  undoVersion?: number;
  /** Likewise after the step was undone, for the redo. */
  doVersion?: number;
}

function screeningFromSpec(spec: ScreeningSpec, previous: BoardScreening | null): BoardScreening {
  return {
    id: previous?.id ?? -1,
    filmIds: spec.films.map((f) => f.id),
    films: spec.films,
    preShowMinutes: spec.preShowMinutes,
    introMinutes: spec.introMinutes,
    qaMinutes: spec.qaMinutes,
    status: spec.status,
    ...detailsOf(spec),
    version: previous?.version ?? 0,
  };
}

/** What a slot edit makes of the board (a step of a batch, or a command of its own). */
export function applyEdit<S extends BoardSlot>(slots: S[], cmd: SlotEdit): S[] {
  if (cmd.kind === "put")
    return slots.map((s) => {
      if (s.id !== cmd.slotId) return s;
      if (!cmd.spec) return { ...s, screening: null, fit: null };
      return { ...s, screening: screeningFromSpec(cmd.spec, s.screening), fit: fitOfSpec(s.minutes, cmd.spec) };
    });
  const screening = slots.find((s) => s.id === cmd.fromSlotId)?.screening;
  if (!screening) return slots;
  return slots.map((s) => {
    if (s.id === cmd.fromSlotId) return { ...s, screening: null, fit: null };
    if (s.id === cmd.toSlotId) return { ...s, screening, fit: fitOfSpec(s.minutes, screening) };
    return s;
  });
}

/** The edit that undoes `cmd`, read from the board as it was before it (null: the slot is gone). */
function inverseOfEdit(cmd: SlotEdit, before: BoardSlot[]): SlotEdit | null {
  if (cmd.kind === "move") return { kind: "move", fromSlotId: cmd.toSlotId, toSlotId: cmd.fromSlotId };
  const slot = before.find((s) => s.id === cmd.slotId);
  return slot ? { kind: "put", slotId: cmd.slotId, spec: specOf(slot.screening) } : null;
}

/**
 * A batch's steps, each with its inverse and the board it runs on: the inverse of the whole is
 * the inverses in reverse order. Null when a step cannot be undone.
 */
export function batchSteps(steps: SlotEdit[], before: BoardSlot[]): { step: SlotEdit; inverse: SlotEdit; on: BoardSlot[] }[] | null {
  const out: { step: SlotEdit; inverse: SlotEdit; on: BoardSlot[] }[] = [];
  let on = before;
  for (const step of steps) {
    const inverse = inverseOfEdit(step, on);
    if (!inverse) return null;
    out.push({ step, inverse, on });
    on = applyEdit(on, step);
  }
  return out;
}

/** What the board shows at once, before the server answers (conflicts follow from the server). */
export function applyCommand<S extends BoardSlot>(
  slots: S[],
  cmd: BoardCommand,
  ctx: { timeZone: string; dayBreak: string; tempId?: number },
): S[] {
  switch (cmd.kind) {
    case "put":
    case "move":
      return applyEdit(slots, cmd);
    case "batch":
      return cmd.steps.reduce<S[]>((acc, step) => applyEdit(acc, step), slots);
    case "resize":
      return slots.map((s) => {
        if (s.id !== cmd.slotId) return s;
        const minutes = elapsedMinutes(new Date(s.startsAt), new Date(cmd.endsAt));
        return { ...s, endsAt: cmd.endsAt, minutes, fit: s.screening ? fitOfSpec(minutes, s.screening) : null };
      });
    case "create": {
      const startsAt = new Date(cmd.startsAt);
      const slot: BoardSlot = {
        id: ctx.tempId ?? -1,
        venueId: cmd.venueId,
        startsAt: cmd.startsAt,
        endsAt: cmd.endsAt,
        minutes: elapsedMinutes(startsAt, new Date(cmd.endsAt)),
        festivalDay: festivalDayOf(startsAt, ctx.timeZone, ctx.dayBreak),
        version: 1,
        screening: null,
        fit: null,
        conflicts: [],
      };
      return [...slots, slot as S];
    }
    case "delete":
      return slots.filter((s) => s.id !== cmd.slotId);
    case "deleteMany":
      return slots.filter((s) => !cmd.slotIds.includes(s.id));
    case "pattern":
    case "copyDay":
    case "swap":
      return slots; // drawn when the server answers with the slots it made or changed
    case "uncopy":
      return slots.filter((s) => !cmd.slots.some((c) => c.id === s.id));
    case "hold":
      return slots.map((s) => (s.id === cmd.slotId ? { ...s, holdNote: cmd.note } : s));
  }
}

/**
 * The command that undoes `cmd`, read from the board as it was before `cmd`;
 * `createdId` is the id the server gave a created slot. Null when there is nothing to undo.
 */
export function inverseOf(cmd: BoardCommand, before: BoardSlot[], createdId?: number): BoardCommand | null {
  switch (cmd.kind) {
    case "put":
    case "move":
      return inverseOfEdit(cmd, before);
    case "batch": {
      const steps = batchSteps(cmd.steps, before);
      return steps ? { kind: "batch", steps: steps.map((s) => s.inverse).reverse() } : null;
    }
    case "resize": {
      const slot = before.find((s) => s.id === cmd.slotId);
      return slot ? { kind: "resize", slotId: cmd.slotId, endsAt: slot.endsAt } : null;
    }
    case "create":
      return createdId === undefined ? null : { kind: "delete", slotId: createdId };
    case "delete": {
      const slot = before.find((s) => s.id === cmd.slotId);
      return slot ? { kind: "create", venueId: slot.venueId, startsAt: slot.startsAt, endsAt: slot.endsAt, restoresId: slot.id } : null;
    }
    case "pattern":
      return cmd.createdIds?.length ? { kind: "deleteMany", slotIds: cmd.createdIds } : null;
    case "deleteMany":
    case "uncopy":
      return null; // only ever the undo of a pattern or a copy, whose redo is the pattern or copy itself
    case "copyDay":
      return cmd.created?.length ? { kind: "uncopy", toDay: cmd.toDay, slots: cmd.created } : null;
    case "swap":
      return cmd;
    case "hold": {
      const slot = before.find((s) => s.id === cmd.slotId);
      return slot ? { kind: "hold", slotId: cmd.slotId, note: slot.holdNote ?? null } : null;
    }
  }
}

/** The same command with a slot's id replaced (a slot re-created by undo/redo gets a new id). */
export function remapCommand(cmd: BoardCommand, from: number, to: number): BoardCommand {
  const m = (id: number) => (id === from ? to : id);
  switch (cmd.kind) {
    case "batch":
      return { ...cmd, steps: cmd.steps.map((s) => (s.kind === "put" ? { ...s, slotId: m(s.slotId) } : remapMove(s, m))) };
    case "put":
    case "resize":
    case "delete":
    case "hold":
      return { ...cmd, slotId: m(cmd.slotId) };
    case "move":
      return remapMove(cmd, m);
    case "create":
      return cmd.restoresId === undefined ? cmd : { ...cmd, restoresId: m(cmd.restoresId) };
    case "pattern":
      return cmd.createdIds ? { ...cmd, createdIds: cmd.createdIds.map(m) } : cmd;
    case "deleteMany":
      return { ...cmd, slotIds: cmd.slotIds.map(m) };
    case "copyDay":
    case "uncopy":
    case "swap":
      return cmd; // they name days and venues; the slots a copy made are never re-created with other ids
  }
}

function remapMove(cmd: Extract<SlotEdit, { kind: "move" }>, m: (id: number) => number): SlotEdit {
  return { ...cmd, fromSlotId: m(cmd.fromSlotId), toSlotId: m(cmd.toSlotId) };
}
