"use client";

import Link from "next/link";
import { useState } from "react";
import { ApiError, api } from "@/components/api";
import { conflictKey } from "@/lib/conflicts";
import { addDays, dayLabel, toZonedIso } from "@/lib/festival-time";
import { fitBadge } from "@/lib/fit";
import { clockOf, slotInstants } from "@/lib/slot-times";
import { AssignForm } from "./AssignForm";
import { buttonClass, quietButtonClass } from "./Field";
import { StaleChoice } from "./StaleChoice";
import { type SlotView, useScheduleMutation, useSlots } from "./useSlots";

export interface DayEdition {
  slug: string;
  timeZone: string;
  dayBreak: string;
  firstDay: string;
  lastDay: string;
}
export interface DayVenue {
  id: number;
  name: string;
  changeoverMinutes: number;
}

/** One festival day: slots by venue, each with its screening, fit badge and conflicts. */
export function DayView({
  edition,
  venues,
  day,
  initialSlots,
}: {
  edition: DayEdition;
  venues: DayVenue[];
  day: string;
  initialSlots: SlotView[];
}) {
  const slots = useSlots(edition.slug, day, initialSlots);
  const base = `/admin/editions/${edition.slug}/days`;
  const prev = addDays(day, -1);
  const next = addDays(day, 1);
  return (
    <div className="grid gap-4">
      <nav aria-label="Days" className="flex gap-4 text-sm">
        {prev >= edition.firstDay && (
          <Link href={`${base}/${prev}`} className="underline">
            ← {dayLabel(prev)}
          </Link>
        )}
        {next <= edition.lastDay && (
          <Link href={`${base}/${next}`} className="underline">
            {dayLabel(next)} →
          </Link>
        )}
        <Link href={`/admin/editions/${edition.slug}/board/${day}`} className="underline">
          Board
        </Link>
        <span className="text-stone-600">
          Times in {edition.timeZone}; the day runs from {edition.dayBreak} to {edition.dayBreak} the next morning.
        </span>
      </nav>
      {venues.length === 0 ? <p>Add a venue to this edition first.</p> : <NewSlotForm edition={edition} venues={venues} day={day} />}
      {slots.isError && (
        <p role="alert" className="text-red-800">
          Could not load the slots: {(slots.error as Error).message}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        {venues.map((v) => {
          const mine = (slots.data ?? []).filter((s) => s.venueId === v.id).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          return (
            <section key={v.id} aria-labelledby={`venue-${v.id}`} className="grid content-start gap-2">
              <h2 id={`venue-${v.id}`} className="text-lg font-semibold">
                {v.name} <span className="text-sm font-normal text-stone-600">changeover {v.changeoverMinutes} min</span>
              </h2>
              {mine.length === 0 && <p className="text-sm text-stone-600">No slots.</p>}
              {mine.map((s) => (
                <SlotCard key={s.id} slot={s} edition={edition} day={day} />
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}

function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = Object.entries(e.fields).map(([k, v]) => `${k} ${v}`);
    return fields.length ? `${e.message} (${fields.join("; ")})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

function NewSlotForm({ edition, venues, day }: { edition: DayEdition; venues: DayVenue[]; day: string }) {
  const [venueId, setVenueId] = useState(venues[0]?.id ?? 0);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const times = start && end ? slotInstants(day, start, end, edition.timeZone, edition.dayBreak) : null;
  const create = useScheduleMutation(edition.slug, day, (body: { venueId: number; startsAt: string; endsAt: string }) =>
    api(`/api/v1/editions/${encodeURIComponent(edition.slug)}/slots`, { method: "POST", body }),
  );
  return (
    <form
      aria-label="New slot"
      className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!times || "error" in times) return;
        create.mutate(
          { venueId, startsAt: toZonedIso(times.startsAt, edition.timeZone), endsAt: toZonedIso(times.endsAt, edition.timeZone) },
          {
            onSuccess: () => {
              setStart("");
              setEnd("");
            },
          },
        );
      }}
    >
      <label className="grid gap-1 text-sm">
        <span className="font-medium">Venue</span>
        <select
          value={venueId}
          onChange={(e) => setVenueId(Number(e.target.value))}
          className="rounded border border-stone-400 px-2 py-1.5"
        >
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">Starts</span>
        <input
          name="startTime"
          type="time"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          required
          className="rounded border border-stone-400 px-2 py-1.5"
        />
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">Ends</span>
        <input
          name="endTime"
          type="time"
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          required
          className="rounded border border-stone-400 px-2 py-1.5"
        />
      </label>
      <button type="submit" className={buttonClass} disabled={!times || "error" in times || create.isPending}>
        Add slot
      </button>
      <p className="w-full text-sm" aria-live="polite">
        {times &&
          ("error" in times ? (
            <span className="text-red-800">
              {times.field === "startTime" ? "Start" : "End"} {times.error}
            </span>
          ) : (
            <span data-testid="new-slot-minutes">
              {times.minutes} min{start < edition.dayBreak ? " (after midnight)" : ""}
            </span>
          ))}
      </p>
      {create.isError && (
        <p role="alert" className="w-full text-sm text-red-800">
          {errorText(create.error)}
        </p>
      )}
    </form>
  );
}

function SlotCard({ slot, edition, day }: { slot: SlotView; edition: DayEdition; day: string }) {
  const [mode, setMode] = useState<"view" | "assign" | "times">("view");
  const slug = encodeURIComponent(edition.slug);
  const remove = useScheduleMutation(edition.slug, day, () => api(`/api/v1/editions/${slug}/slots/${slot.id}`, { method: "DELETE" }));
  const clear = useScheduleMutation(edition.slug, day, () =>
    api(`/api/v1/editions/${slug}/slots/${slot.id}/screening`, { method: "DELETE" }),
  );
  const badge = fitBadge(slot.fit);
  const start = clockOf(slot.startsAt, edition.timeZone);
  const end = clockOf(slot.endsAt, edition.timeZone);
  const tentative = slot.screening?.status === "tentative";
  const cancelled = slot.screening?.status === "cancelled";
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
      {slot.screening ? (
        <div className={`mt-1 ${cancelled ? "line-through" : ""} ${tentative ? "italic text-stone-700" : ""}`}>
          {slot.screening.films.map((f) => f.displayTitle).join(" + ")}
          <span className="ml-2 not-italic text-xs uppercase tracking-wide">{slot.screening.status}</span>
        </div>
      ) : (
        <p className="mt-1 text-stone-600">Empty</p>
      )}
      {slot.fit && (
        <p className="mt-1" data-testid="fit">
          <span
            className={`rounded px-1.5 ${badge.tone === "bad" ? "bg-red-100 text-red-900" : badge.tone === "ok" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
            data-testid="fit-badge"
          >
            {badge.label}
          </span>{" "}
          <span className="text-stone-700">{slot.fit.message}</span>
        </p>
      )}
      {slot.conflicts.length > 0 && (
        <ul className="mt-1 grid gap-1" aria-label="Conflicts of this slot">
          {slot.conflicts.map((c) => (
            <li key={conflictKey(c)} className={c.severity === "error" ? "text-red-800" : "text-amber-900"} data-conflict={c.type}>
              {c.severity === "error" ? "Error" : "Warning"}: {c.message}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={quietButtonClass}
          onClick={() => setMode(mode === "assign" ? "view" : "assign")}
          aria-expanded={mode === "assign"}
        >
          {slot.screening ? "Edit screening" : "Assign films"}
        </button>
        <button
          type="button"
          className={quietButtonClass}
          onClick={() => setMode(mode === "times" ? "view" : "times")}
          aria-expanded={mode === "times"}
        >
          Edit times
        </button>
        {slot.screening && (
          <button type="button" className={quietButtonClass} onClick={() => clear.mutate(undefined)}>
            Clear screening
          </button>
        )}
        <button
          type="button"
          className={quietButtonClass}
          onClick={() => {
            if (window.confirm(`Delete the slot ${start}–${end}${slot.screening ? " and its screening" : ""}?`)) remove.mutate(undefined);
          }}
        >
          Delete slot
        </button>
      </div>
      {(remove.isError || clear.isError) && (
        <p role="alert" className="mt-1 text-red-800">
          {errorText(remove.error ?? clear.error)}
        </p>
      )}
      {mode === "assign" && <AssignForm slot={slot} edition={edition} day={day} onDone={() => setMode("view")} />}
      {mode === "times" && <SlotTimesForm slot={slot} edition={edition} day={day} onDone={() => setMode("view")} />}
    </article>
  );
}

function SlotTimesForm({ slot, edition, day, onDone }: { slot: SlotView; edition: DayEdition; day: string; onDone: () => void }) {
  const [start, setStart] = useState(clockOf(slot.startsAt, edition.timeZone));
  const [end, setEnd] = useState(clockOf(slot.endsAt, edition.timeZone));
  const times = slotInstants(day, start, end, edition.timeZone, edition.dayBreak);
  const save = useScheduleMutation(edition.slug, day, (body: { startsAt: string; endsAt: string; version: number }) =>
    api(`/api/v1/editions/${encodeURIComponent(edition.slug)}/slots/${slot.id}`, { method: "PATCH", body }),
  );
  return (
    <form
      aria-label="Slot times"
      className="mt-2 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-2"
      onSubmit={(e) => {
        e.preventDefault();
        if ("error" in times) return;
        save.mutate(
          {
            startsAt: toZonedIso(times.startsAt, edition.timeZone),
            endsAt: toZonedIso(times.endsAt, edition.timeZone),
            version: slot.version,
          },
          { onSuccess: onDone },
        );
      }}
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
        <StaleChoice
          error={save.error}
          what="times"
          onReload={onDone}
          reapply={(current) =>
            save.mutate(
              {
                startsAt: toZonedIso(times.startsAt, edition.timeZone),
                endsAt: toZonedIso(times.endsAt, edition.timeZone),
                version: current ?? slot.version,
              },
              { onSuccess: onDone },
            )
          }
        />
      )}
    </form>
  );
}
