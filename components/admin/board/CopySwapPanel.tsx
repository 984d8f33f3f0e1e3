"use client";

/**
 * "Copy day…" and "Swap venues…" on the board (issue 16 §3): each is one POST, one
 * transaction, and one step of the board's undo/redo (undo of a copy deletes what it made
 * while unchanged; undo of a swap swaps back).
 */
import { useState } from "react";
import { quietButtonClass } from "@/components/admin/Field";
import { submitWith } from "@/components/admin/format";
import { Labelled, Options } from "@/components/ui/FormControls";
import type { BoardCommand } from "@/lib/board";
import { daysBetween, shortDayLabel } from "@/lib/festival-time";
import type { BoardEdition } from "./types";

type Run = (cmd: BoardCommand, label: string, success: string) => void;
type Venue = { id: number; name: string };

const selectClass = "rounded border border-stone-400 px-2 py-1";

function CopyDayForm({
  edition,
  day,
  venues,
  run,
  pending,
}: {
  edition: BoardEdition;
  day: string;
  venues: Venue[];
  run: Run;
  pending: boolean;
}) {
  const others = daysBetween(edition.firstDay, edition.lastDay).filter((d) => d !== day);
  // the next festival day by default (the last day: the one before)
  const [toDay, setToDay] = useState(others.find((d) => d > day) ?? others.at(-1) ?? "");
  const [chosen, setChosen] = useState<number[]>(venues.map((v) => v.id));
  const [withScreenings, setWithScreenings] = useState(true);
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const submit = () => {
    if (!toDay || !chosen.length) return;
    const all = chosen.length === venues.length;
    const which = all
      ? ""
      : ` (${venues
          .filter((v) => chosen.includes(v.id))
          .map((v) => v.name)
          .join(", ")})`;
    run(
      { kind: "copyDay", day, toDay, withScreenings, ...(all ? {} : { venueIds: chosen }) },
      `copy ${shortDayLabel(day)} to ${shortDayLabel(toDay)}${which}`,
      `Copied ${shortDayLabel(day)} to ${shortDayLabel(toDay)}${which}${withScreenings ? ", screenings as tentative" : ", slots only"}`,
    );
  };
  if (!others.length) return <p className="text-sm">The festival has only this day.</p>;
  return (
    <form aria-label="Copy day" className="flex flex-wrap items-end gap-3 text-sm" onSubmit={submitWith(submit)}>
      <Labelled label="Copy to">
        <select value={toDay} onChange={(e) => setToDay(e.target.value)} className={selectClass}>
          <Options options={others.map((d) => ({ value: d, label: shortDayLabel(d) }))} />
        </select>
      </Labelled>
      <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
        <legend className="font-medium">Venues</legend>
        {venues.map((v) => (
          <label key={v.id} className="flex items-center gap-1 whitespace-nowrap">
            <input type="checkbox" checked={chosen.includes(v.id)} onChange={() => toggle(v.id)} /> {v.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="font-medium">Screenings</legend>
        <label className="flex items-center gap-1 whitespace-nowrap">
          <input type="checkbox" checked={withScreenings} onChange={(e) => setWithScreenings(e.target.checked)} /> copy them too, as
          tentative
        </label>
      </fieldset>
      <button type="submit" className={quietButtonClass} disabled={pending || !toDay || !chosen.length}>
        Copy day
      </button>
    </form>
  );
}

function SwapVenuesForm({ day, venues, run, pending }: { day: string; venues: Venue[]; run: Run; pending: boolean }) {
  const [venueA, setVenueA] = useState(venues[0]?.id ?? 0);
  const [venueB, setVenueB] = useState(venues[1]?.id ?? 0);
  const nameOf = (id: number) => venues.find((v) => v.id === id)?.name ?? "the venue";
  const submit = () => {
    if (venueA === venueB) return;
    run(
      { kind: "swap", day, venueA, venueB },
      `swap ${nameOf(venueA)} and ${nameOf(venueB)}`,
      `Swapped ${nameOf(venueA)} and ${nameOf(venueB)} on ${shortDayLabel(day)}`,
    );
  };
  if (venues.length < 2) return <p className="text-sm">Swapping needs two venues.</p>;
  const options = venues.map((v) => ({ value: v.id, label: v.name }));
  return (
    <form aria-label="Swap venues" className="flex flex-wrap items-end gap-3 text-sm" onSubmit={submitWith(submit)}>
      <Labelled label="Swap">
        <select value={venueA} onChange={(e) => setVenueA(Number(e.target.value))} className={selectClass}>
          <Options options={options} />
        </select>
      </Labelled>
      <Labelled label="with">
        <select value={venueB} onChange={(e) => setVenueB(Number(e.target.value))} className={selectClass}>
          <Options options={options} />
        </select>
      </Labelled>
      <button type="submit" className={quietButtonClass} disabled={pending || venueA === venueB}>
        Swap venues
      </button>
      <p className="w-full text-stone-600">
        {venueA === venueB
          ? "Choose two different venues."
          : "Slots that start at the same times keep their place and exchange screenings; otherwise the slots move to the other venue."}
      </p>
    </form>
  );
}

/** The two tools, folded away under the board's toolbar. */
export function CopySwapPanel(props: { edition: BoardEdition; day: string; venues: Venue[]; run: Run; pending: boolean }) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <details className="rounded border border-stone-300 bg-white p-2">
        <summary className="cursor-pointer text-sm font-semibold">Copy day…</summary>
        <div className="mt-2">{props.venues.length ? <CopyDayForm {...props} /> : <p>Add a venue first.</p>}</div>
      </details>
      <details className="rounded border border-stone-300 bg-white p-2">
        <summary className="cursor-pointer text-sm font-semibold">Swap venues…</summary>
        <div className="mt-2">
          <SwapVenuesForm day={props.day} venues={props.venues} run={props.run} pending={props.pending} />
        </div>
      </details>
    </div>
  );
}
