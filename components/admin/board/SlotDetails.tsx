"use client";

import { forwardRef, useState } from "react";
import type { ConflictPlace } from "@/components/admin/ConflictList";
import { quietButtonClass } from "@/components/admin/Field";
import { submitWith, titlesOf, toneClass } from "@/components/admin/format";
import { SlotConflicts } from "@/components/admin/SlotConflicts";
import { type BoardCommand, type BoardFilm, type BoardScreening, fitOfSpec, planDrop, type SlotView, specOf } from "@/lib/board";
import { fitBadge, rankFilmsForSlot, screeningRefusal } from "@/lib/fit";
import { clockOf } from "@/lib/slot-times";
import type { ScreeningStatus } from "@/lib/types";
import type { PanelFilm } from "./FilmPanel";
import { HoldForm } from "./HoldForm";

export interface SlotActions {
  /** Run a command (optimistic, undoable) with a history label and the sentence said on success. */
  run: (cmd: BoardCommand, label: string, success: string) => void;
  fail: (message: string) => void;
  placeFilm: (film: BoardFilm, slot: SlotView) => void;
  resizeBy: (slot: SlotView, minutes: number) => void;
}

const STATUS_WORD: Record<ScreeningStatus, string> = { confirmed: "confirmed", tentative: "pencilled in", cancelled: "cancelled" };

interface Props {
  slot: SlotView;
  slots: SlotView[];
  daySlots: SlotView[];
  venueName: (id: number) => string;
  timeZone: string;
  films: PanelFilm[];
  actions: SlotActions;
  onClose: () => void;
  /** The slots and words for its conflicts' sentences and links. */
  place: ConflictPlace;
}

/** The selected slot: what is in it, its conflicts, and every action as a button (keyboard users' way). */
export const SlotDetails = forwardRef<HTMLHeadingElement, Props>(function SlotDetails(props, ref) {
  const { slot, venueName, timeZone, actions } = props;
  const s = slot.screening;
  const start = clockOf(slot.startsAt, timeZone);
  const where = `${venueName(slot.venueId)} at ${start}`;
  return (
    <section
      aria-labelledby="slot-details-h"
      className="grid content-start gap-2 rounded border border-blue-700 bg-white p-3 text-sm"
      data-testid="slot-details"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="slot-details-h" ref={ref} tabIndex={-1} className="font-semibold">
          {venueName(slot.venueId)}, {start}–{clockOf(slot.endsAt, timeZone)}{" "}
          <span className="font-normal text-stone-600">({slot.minutes} min)</span>
        </h2>
        <button type="button" className="underline" onClick={props.onClose} aria-label="Close the slot's details">
          close
        </button>
      </div>
      <SlotSummary slot={slot} place={props.place} />
      {s && <StatusButtons slot={slot} screening={s} where={where} actions={actions} />}
      {s && <MoveForm {...props} titles={titlesOf(s)} />}
      <LengthButtons slot={slot} where={where} actions={actions} />
      {slot.id > 0 && <HoldForm slot={slot} where={where} actions={actions} />}
      {/* A held slot is taken: nothing fits there until the hold is released. */}
      {!s && !slot.holdNote && <WhatFits slot={slot} films={props.films} actions={actions} />}
    </section>
  );
});

/** What is in the slot, its fit and its conflicts. */
function SlotSummary({ slot, place }: { slot: SlotView; place: ConflictPlace }) {
  const s = slot.screening;
  const badge = fitBadge(slot.fit);
  return (
    <>
      {s ? (
        <p className={`${s.status === "tentative" ? "italic" : ""} ${s.status === "cancelled" ? "line-through" : ""}`}>
          {titlesOf(s)} <span className="not-italic text-xs uppercase">{STATUS_WORD[s.status]}</span>
        </p>
      ) : (
        <p className="text-stone-600">Empty slot.</p>
      )}
      {slot.fit && (
        <p>
          <span className={`rounded px-1 ${toneClass(badge.tone)}`}>{badge.label}</span> {slot.fit.message}
        </p>
      )}
      <SlotConflicts conflicts={slot.conflicts} place={place} slotId={slot.id} />
    </>
  );
}

/** Confirm, pencil in, cancel or clear the screening. */
function StatusButtons({
  slot,
  screening: s,
  where,
  actions,
}: {
  slot: SlotView;
  screening: BoardScreening;
  where: string;
  actions: SlotActions;
}) {
  const titles = titlesOf(s);
  const setStatus = (status: ScreeningStatus) => {
    const spec = { ...specOf(s)!, status };
    const fit = fitOfSpec(slot.minutes, spec);
    const refusal = screeningRefusal(fit, status);
    if (refusal === "does-not-fit") return actions.fail(`Not changed: ${fit.message}`);
    if (refusal === "runtime-unknown")
      return actions.fail(`Not changed: only a pencilled-in screening may have an unknown runtime (${fit.message})`);
    actions.run(
      { kind: "put", slotId: slot.id, spec },
      `${STATUS_WORD[status]} ${titles}`,
      `${titles} in ${where} is now ${STATUS_WORD[status]}`,
    );
  };
  const clear = () => actions.run({ kind: "put", slotId: slot.id, spec: null }, `clear ${where}`, `${where} cleared (${titles} taken out)`);
  return (
    <fieldset className="flex flex-wrap gap-1" aria-label="Status">
      <button type="button" className={quietButtonClass} disabled={s.status === "confirmed"} onClick={() => setStatus("confirmed")}>
        Confirm
      </button>
      <button type="button" className={quietButtonClass} disabled={s.status === "tentative"} onClick={() => setStatus("tentative")}>
        Pencil in
      </button>
      <button type="button" className={quietButtonClass} disabled={s.status === "cancelled"} onClick={() => setStatus("cancelled")}>
        Cancel screening
      </button>
      <button type="button" className={quietButtonClass} onClick={clear}>
        Clear
      </button>
    </fieldset>
  );
}

/** Move the screening to an empty slot of the day (the keyboard's way to drag it). */
function MoveForm({ slot, slots, daySlots, venueName, timeZone, actions, titles }: Props & { titles: string }) {
  const [moveTo, setMoveTo] = useState("");
  const targets = daySlots.filter((t) => t.id !== slot.id && !t.screening && !t.holdNote && t.id > 0);
  const move = () => {
    const target = targets.find((t) => String(t.id) === moveTo);
    if (!target) return;
    const plan = planDrop({ kind: "screening", slotId: slot.id }, target, slots);
    const there = `${venueName(target.venueId)} at ${clockOf(target.startsAt, timeZone)}`;
    if (!plan.ok) return actions.fail(`Not moved: ${plan.message}`);
    actions.run(plan.command, `move ${titles}`, `${titles} moved to ${there}, ${fitBadge(plan.fit).label}`);
    setMoveTo("");
  };
  return (
    <form className="flex flex-wrap items-end gap-1" aria-label="Move the screening" onSubmit={submitWith(move)}>
      <label className="grid gap-1">
        <span>Move to…</span>
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} className="rounded border border-stone-400 px-1 py-1">
          <option value="">choose an empty slot</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {venueName(t.venueId)} {clockOf(t.startsAt, timeZone)}–{clockOf(t.endsAt, timeZone)} ({t.minutes} min)
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={quietButtonClass} disabled={!moveTo}>
        Move
      </button>
    </form>
  );
}

/** Five minutes longer or shorter; an empty slot can be deleted. */
function LengthButtons({ slot, where, actions }: { slot: SlotView; where: string; actions: SlotActions }) {
  return (
    <fieldset className="flex flex-wrap gap-1" aria-label="Length">
      <button type="button" className={quietButtonClass} onClick={() => actions.resizeBy(slot, 5)}>
        5 min longer
      </button>
      <button type="button" className={quietButtonClass} onClick={() => actions.resizeBy(slot, -5)} disabled={slot.minutes <= 5}>
        5 min shorter
      </button>
      {!slot.screening && (
        <button
          type="button"
          className={quietButtonClass}
          onClick={() => actions.run({ kind: "delete", slotId: slot.id }, `delete slot ${where}`, `Slot ${where} deleted`)}
        >
          Delete slot
        </button>
      )}
    </fieldset>
  );
}

/** An empty slot: the unscheduled films of the panel that fit, the one that fills it best first, each placed with one key. */
function WhatFits({ slot, films, actions }: { slot: SlotView; films: PanelFilm[]; actions: SlotActions }) {
  const ranked = rankFilmsForSlot(
    slot.minutes,
    { preShowMinutes: 0, introMinutes: 0, qaMinutes: 0 },
    // Unscheduled films only, as the festival asks: "what could still go here?"
    films
      .filter((f) => !f.scheduled)
      .map((f) => ({ id: f.id, title: f.displayTitle, runtimeMinutes: f.runtimeMinutes, scheduled: f.scheduled, year: f.year })),
  ).slice(0, 12);
  const byId = new Map(films.map((f) => [f.id, f]));
  const place = (id: number) => {
    const f = byId.get(id);
    if (f) actions.placeFilm({ id: f.id, title: f.title, displayTitle: f.displayTitle, runtimeMinutes: f.runtimeMinutes }, slot);
  };
  return (
    <div className="grid gap-1">
      <h3 className="font-semibold" id="what-fits-h">
        What fits here
      </h3>
      {ranked.length === 0 ? (
        <p className="text-stone-600">No unscheduled film in the list fits {slot.minutes} min. Widen the film filters.</p>
      ) : (
        <ol aria-labelledby="what-fits-h" className="grid gap-1" data-testid="what-fits">
          {ranked.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="w-full rounded border border-stone-300 px-2 py-1 text-left hover:bg-stone-100"
                onClick={() => place(r.id)}
              >
                Place {r.title}{" "}
                <span className="text-stone-600">
                  ({r.runtimeMinutes} min, {r.spareMinutes === 0 ? "fills it exactly" : `${r.spareMinutes} min spare`})
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
