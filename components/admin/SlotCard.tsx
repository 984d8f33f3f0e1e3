"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "@/components/api";
import { scheduleMutationOptions, slotsApi } from "@/components/queries";
import type { SlotView } from "@/lib/board";
import { toZonedIso } from "@/lib/festival-time";
import { clockOf, slotInstants } from "@/lib/slot-times";
import { AssignForm } from "./AssignForm";
import type { ConflictPlace } from "./ConflictList";
import type { DayEdition } from "./DayView";
import { quietButtonClass } from "./Field";
import { submitWith } from "./format";
import { ScreeningLine } from "./ScreeningLine";
import { SlotConflicts } from "./SlotConflicts";
import { StaleChoice } from "./StaleChoice";

/** One slot of the day's list: its times, screening, fit and conflicts, and its forms. */
export function SlotCard({
  slot,
  edition,
  day,
  place,
  stepFree,
}: {
  slot: SlotView;
  edition: DayEdition;
  day: string;
  place: ConflictPlace;
  stepFree: boolean;
}) {
  const [mode, setMode] = useState<"view" | "assign" | "times">("view");
  const start = clockOf(slot.startsAt, edition.timeZone);
  const end = clockOf(slot.endsAt, edition.timeZone);
  const tentative = slot.screening?.status === "tentative";
  const toggle = (m: "assign" | "times") => setMode(mode === m ? "view" : m);
  return (
    <article
      id={`slot-${slot.id}`}
      aria-label={`Slot ${start} to ${end}`}
      data-slot-id={slot.id}
      className={`rounded border bg-white p-3 text-sm ${slot.conflicts.some((c) => c.severity === "error") ? "border-red-700" : "border-stone-300"} ${tentative ? "border-dashed" : ""}`}
    >
      <p className="font-semibold">
        {start}–{end} <span className="font-normal text-stone-700">({slot.minutes} min)</span>
        {start < edition.dayBreak && <span className="ml-2 rounded bg-indigo-100 px-1 text-indigo-900">after midnight</span>}
      </p>
      <ScreeningLine slot={slot} />
      <SlotConflicts conflicts={slot.conflicts} place={place} slotId={slot.id} className="mt-1 grid gap-1" />
      <SlotButtons slot={slot} edition={edition} mode={mode} toggle={toggle} clocks={`${start}–${end}`} />
      {mode === "assign" && <AssignForm slot={slot} edition={edition} stepFree={stepFree} onDone={() => setMode("view")} />}
      {mode === "times" && <SlotTimesForm slot={slot} edition={edition} day={day} onDone={() => setMode("view")} />}
    </article>
  );
}

/** Open the screening or times form; clear the screening; delete the slot (after asking). */
function SlotButtons({
  slot,
  edition,
  mode,
  toggle,
  clocks,
}: {
  slot: SlotView;
  edition: DayEdition;
  mode: "view" | "assign" | "times";
  toggle: (m: "assign" | "times") => void;
  clocks: string;
}) {
  const remove = useMutation(
    scheduleMutationOptions(edition.slug, () => slotsApi.remove(edition.slug, slot.id, edition.scenarioId ?? null)),
  );
  const clear = useMutation(
    scheduleMutationOptions(edition.slug, () => slotsApi.clearScreening(edition.slug, slot.id, undefined, edition.scenarioId ?? null)),
  );
  const confirmDelete = () => {
    if (window.confirm(`Delete the slot ${clocks}${slot.screening ? " and its screening" : ""}?`)) remove.mutate();
  };
  return (
    <>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={quietButtonClass} onClick={() => toggle("assign")} aria-expanded={mode === "assign"}>
          {slot.screening ? "Edit screening" : "Assign films"}
        </button>
        <button type="button" className={quietButtonClass} onClick={() => toggle("times")} aria-expanded={mode === "times"}>
          Edit times
        </button>
        {slot.screening && (
          <button type="button" className={quietButtonClass} onClick={() => clear.mutate()}>
            Clear screening
          </button>
        )}
        <button type="button" className={quietButtonClass} onClick={confirmDelete}>
          Delete slot
        </button>
      </div>
      {(remove.isError || clear.isError) && (
        <p role="alert" className="mt-1 text-red-800">
          {errorText(remove.error ?? clear.error)}
        </p>
      )}
    </>
  );
}

/** New clock times for the slot, read on its festival day; a stale version offers reload or reapply. */
function SlotTimesForm({ slot, edition, day, onDone }: { slot: SlotView; edition: DayEdition; day: string; onDone: () => void }) {
  const tz = edition.timeZone;
  const [start, setStart] = useState(clockOf(slot.startsAt, tz));
  const [end, setEnd] = useState(clockOf(slot.endsAt, tz));
  const times = slotInstants(day, start, end, tz, edition.dayBreak);
  const save = useMutation(
    scheduleMutationOptions(edition.slug, (body: { startsAt: string; endsAt: string; version: number }) =>
      slotsApi.update(edition.slug, slot.id, body, edition.scenarioId ?? null),
    ),
  );
  const send = (version: number) => {
    if ("error" in times) return;
    save.mutate({ startsAt: toZonedIso(times.startsAt, tz), endsAt: toZonedIso(times.endsAt, tz), version }, { onSuccess: onDone });
  };
  return (
    <form
      aria-label="Slot times"
      className="mt-2 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-2"
      onSubmit={submitWith(() => send(slot.version))}
    >
      <label className="grid gap-1">
        <span>Starts</span>
        <input type="time" value={start} onChange={(e) => setStart(e.target.value)} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="grid gap-1">
        <span>Ends</span>
        <input type="time" value={end} onChange={(e) => setEnd(e.target.value)} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <button type="submit" className={quietButtonClass} disabled={"error" in times || save.isPending}>
        Save times
      </button>
      <span aria-live="polite">{"error" in times ? <span className="text-red-800">{times.error}</span> : `${times.minutes} min`}</span>
      {save.isError && (
        <p role="alert" className="w-full text-red-800">
          {errorText(save.error)}
        </p>
      )}
      {!("error" in times) && (
        <StaleChoice error={save.error} what="times" onReload={onDone} reapply={(current) => send(current ?? slot.version)} />
      )}
    </form>
  );
}
