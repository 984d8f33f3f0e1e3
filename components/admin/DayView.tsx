"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { errorText } from "@/components/api";
import { daySlotsOptions, scheduleMutationOptions, slotsApi } from "@/components/queries";
import type { SlotView } from "@/lib/board";
import { conflictSlots } from "@/lib/conflict-words";
import { addDays, dayLabel, toZonedIso } from "@/lib/festival-time";
import { inLineup } from "@/lib/lineup-links";
import { slotInstants } from "@/lib/slot-times";
import { buttonClass } from "./Field";
import { submitWith } from "./format";
import { SlotCard } from "./SlotCard";
import { TimeField, VenueSelect } from "./SlotFields";

export interface DayEdition {
  slug: string;
  timeZone: string;
  dayBreak: string;
  firstDay: string;
  lastDay: string;
  /** The lineup shown: a scenario's id, or null/absent for the working lineup (issue 16). */
  scenarioId?: number | null;
  /** The edition's public languages besides its default: the programme's title and description in each. */
  locales?: string[];
}
export interface DayVenue {
  id: number;
  name: string;
  changeoverMinutes: number;
  /** Every screening there carries the step-free mark. */
  stepFree: boolean;
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
  const slots = useQuery({ ...daySlotsOptions(edition.slug, day, edition.scenarioId ?? null), initialData: initialSlots });
  const place = useMemo(
    () => ({
      edition: edition.slug,
      timeZone: edition.timeZone,
      known: conflictSlots(slots.data, venues),
      scenarioId: edition.scenarioId ?? null,
    }),
    [edition.slug, edition.timeZone, edition.scenarioId, slots.data, venues],
  );
  return (
    <div className="grid gap-4">
      <DayNav edition={edition} day={day} />
      {venues.length === 0 ? <p>Add a venue to this edition first.</p> : <NewSlotForm edition={edition} venues={venues} day={day} />}
      {slots.isError && (
        <p role="alert" className="text-red-800">
          Could not load the slots: {slots.error.message}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        {venues.map((v) => {
          const mine = slots.data.filter((s) => s.venueId === v.id).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          return (
            <section key={v.id} aria-labelledby={`venue-${v.id}`} className="grid content-start gap-2">
              <h2 id={`venue-${v.id}`} className="text-lg font-semibold">
                {v.name} <span className="text-sm font-normal text-stone-600">changeover {v.changeoverMinutes} min</span>
              </h2>
              {mine.length === 0 && <p className="text-sm text-stone-600">No slots.</p>}
              {mine.map((s) => (
                <SlotCard key={s.id} slot={s} edition={edition} day={day} place={place} stepFree={v.stepFree} />
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** The days before and after, the board of this day, and the day's span. */
function DayNav({ edition, day }: { edition: DayEdition; day: string }) {
  const base = `/admin/editions/${edition.slug}/days`;
  const prev = addDays(day, -1);
  const next = addDays(day, 1);
  return (
    <nav aria-label="Days" className="flex gap-4 text-sm">
      {prev >= edition.firstDay && (
        <Link href={inLineup(`${base}/${prev}`, edition.scenarioId)} className="underline">
          ← {dayLabel(prev)}
        </Link>
      )}
      {next <= edition.lastDay && (
        <Link href={inLineup(`${base}/${next}`, edition.scenarioId)} className="underline">
          {dayLabel(next)} →
        </Link>
      )}
      <Link href={inLineup(`/admin/editions/${edition.slug}/board/${day}`, edition.scenarioId)} className="underline">
        Board
      </Link>
      <span className="text-stone-600">
        Times in {edition.timeZone}; the day runs from {edition.dayBreak} to {edition.dayBreak} the next morning.
      </span>
    </nav>
  );
}

/** A new slot from two clock times of this festival day (00:30 is after midnight, before the day-break). */
function NewSlotForm({ edition, venues, day }: { edition: DayEdition; venues: DayVenue[]; day: string }) {
  const [venueId, setVenueId] = useState(venues[0]?.id ?? 0);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const times = start && end ? slotInstants(day, start, end, edition.timeZone, edition.dayBreak) : null;
  const create = useMutation(
    scheduleMutationOptions(edition.slug, (body: { venueId: number; startsAt: string; endsAt: string }) =>
      slotsApi.create(edition.slug, body, edition.scenarioId ?? null),
    ),
  );
  const submit = () => {
    if (!times || "error" in times) return;
    const body = { venueId, startsAt: toZonedIso(times.startsAt, edition.timeZone), endsAt: toZonedIso(times.endsAt, edition.timeZone) };
    create.mutate(body, {
      onSuccess: () => {
        setStart("");
        setEnd("");
      },
    });
  };
  return (
    <form
      aria-label="New slot"
      className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-3"
      onSubmit={submitWith(submit)}
    >
      <VenueSelect venues={venues} value={venueId} onChange={setVenueId} />
      <TimeField label="Starts" name="startTime" value={start} onChange={setStart} />
      <TimeField label="Ends" name="endTime" value={end} onChange={setEnd} />
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
