"use client";

import { useState } from "react";
import { quietButtonClass } from "@/components/admin/Field";
import { submitWith } from "@/components/admin/format";
import type { SlotView } from "@/lib/board";
import type { SlotActions } from "./SlotDetails";

const NOTE_MAX = 200;

/**
 * A slot held with a private note ("opening night, title to come"): "Hold…" opens the note,
 * a held slot shows it with "Change note" and "Release hold" (one action, undoable).
 */
export function HoldForm({ slot, where, actions }: { slot: SlotView; where: string; actions: SlotActions }) {
  const held = slot.holdNote ?? null;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(held ?? "");
  const save = () => {
    const text = note.trim();
    if (!text) return actions.fail("Not held: write a note saying what the slot is held for");
    actions.run({ kind: "hold", slotId: slot.id, note: text }, `hold ${where}`, `${where} held: ${text}`);
    setOpen(false);
  };
  const release = () => actions.run({ kind: "hold", slotId: slot.id, note: null }, `release ${where}`, `Hold on ${where} released`);
  return (
    <div className="grid gap-1 rounded bg-violet-50 p-2" data-testid="hold">
      {held && (
        <p>
          <span className="font-semibold">Held:</span> {held} <span className="text-xs text-stone-600">(private, never published)</span>
        </p>
      )}
      {open ? (
        <form className="grid gap-1" aria-label="Hold the slot" onSubmit={submitWith(save)}>
          <label className="grid gap-1">
            <span>Hold note</span>
            <input
              value={note}
              maxLength={NOTE_MAX}
              onChange={(e) => setNote(e.target.value)}
              className="rounded border border-stone-400 px-2 py-1"
              placeholder="opening night, title to come"
            />
          </label>
          <div className="flex gap-1">
            <button type="submit" className={quietButtonClass}>
              {held ? "Save note" : "Hold"}
            </button>
            <button type="button" className={quietButtonClass} onClick={() => setOpen(false)}>
              Keep as it was
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-1">
          <button type="button" className={quietButtonClass} onClick={() => setOpen(true)} disabled={!held && !!slot.screening}>
            {held ? "Change note…" : "Hold…"}
          </button>
          {held && (
            <button type="button" className={quietButtonClass} onClick={release}>
              Release hold
            </button>
          )}
        </div>
      )}
    </div>
  );
}
