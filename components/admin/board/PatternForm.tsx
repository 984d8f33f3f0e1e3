"use client";

import { useState } from "react";
import { buttonClass } from "@/components/admin/Field";
import { submitWith } from "@/components/admin/format";
import { VenueSelect } from "@/components/admin/SlotFields";
import { Labelled } from "@/components/ui/FormControls";
import type { BoardCommand } from "@/lib/board";
import { isClockTime } from "@/lib/festival-time";

/**
 * "Every day 14:00, 17:00, 20:30 in Venue 2, 150 min": one POST, one transaction;
 * the server refuses the whole pattern (400 naming the field) if any time is invalid on any day.
 * It is one step of the board's undo/redo (undo deletes the slots it made).
 */
export function PatternForm({
  day,
  venues,
  dayCount,
  run,
  pending,
}: {
  day: string;
  venues: { id: number; name: string }[];
  /** Festival days in the edition ("every festival day"). */
  dayCount: number;
  /** The board's command runner: the pattern becomes one step of undo/redo. */
  run: (cmd: BoardCommand, label: string, success: string) => void;
  pending: boolean;
}) {
  const [venueId, setVenueId] = useState(venues[0]?.id ?? 0);
  const [times, setTimes] = useState("");
  const [minutes, setMinutes] = useState("150");
  const [scope, setScope] = useState<"all" | "day">("all");
  const list = times.split(/[\s,;]+/).filter(Boolean);
  const badLocal = list.find((t) => !isClockTime(t));
  const submit = () => {
    if (badLocal || list.length === 0) return;
    const venue = venues.find((v) => v.id === venueId)?.name ?? "the venue";
    const n = list.length * (scope === "day" ? 1 : dayCount);
    run(
      { kind: "pattern", venueId, times: list, minutes: Number(minutes), ...(scope === "day" ? { days: [day] } : {}) },
      `create ${n} slot${n === 1 ? "" : "s"} in ${venue}`,
      `${n} slot${n === 1 ? "" : "s"} created in ${venue}`,
    );
    setTimes("");
  };
  return (
    <form aria-label="Daily pattern" className="flex flex-wrap items-end gap-3 text-sm" onSubmit={submitWith(submit)}>
      <VenueSelect venues={venues} value={venueId} onChange={setVenueId} className="py-1" />
      <Labelled label="Start times">
        <input
          value={times}
          onChange={(e) => setTimes(e.target.value)}
          placeholder="14:00, 17:00, 20:30"
          className="w-48 rounded border border-stone-400 px-2 py-1"
          aria-invalid={!!badLocal}
        />
      </Labelled>
      <Labelled label="Minutes each">
        <input
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          className="w-20 rounded border border-stone-400 px-2 py-1"
        />
      </Labelled>
      <ScopeChoice scope={scope} onScope={setScope} />
      <button type="submit" className={buttonClass} disabled={pending || list.length === 0 || !!badLocal || !/^\d+$/.test(minutes)}>
        Create slots
      </button>
      <p className="w-full" aria-live="polite">
        {badLocal && <span className="text-red-800">“{badLocal}” is not a time like 20:30</span>}
      </p>
    </form>
  );
}

/** Every festival day, or only the day on the board. */
function ScopeChoice({ scope, onScope }: { scope: "all" | "day"; onScope: (s: "all" | "day") => void }) {
  return (
    <fieldset className="grid gap-1">
      <legend className="font-medium">Days</legend>
      <label className="flex items-center gap-1">
        <input type="radio" name="pattern-scope" checked={scope === "all"} onChange={() => onScope("all")} /> every festival day
      </label>
      <label className="flex items-center gap-1">
        <input type="radio" name="pattern-scope" checked={scope === "day"} onChange={() => onScope("day")} /> this day only
      </label>
    </fieldset>
  );
}

/** The pattern form, folded away under the board's toolbar. */
export function PatternPanel(props: Parameters<typeof PatternForm>[0]) {
  return (
    <details className="rounded border border-stone-300 bg-white p-2">
      <summary className="cursor-pointer text-sm font-semibold">Create slots from a daily pattern</summary>
      <div className="mt-2">{props.venues.length ? <PatternForm {...props} /> : <p>Add a venue first.</p>}</div>
    </details>
  );
}
