"use client";

import { useState } from "react";
import { quietButtonClass } from "./Field";

/** A range as the boxes show it: local date-times ("2026-10-23T10:00") in the page's zone. */
export interface LocalRange {
  from: string;
  to: string;
}

const box = "rounded border border-stone-400 px-2 py-1.5";

/**
 * When a guest is at the festival: pairs of date-time boxes named `availability.N.from/to`
 * (read in `zone` by the action), one empty pair to add a range; none filled: always available.
 */
export function AvailabilityRanges({
  idPrefix,
  initial,
  zone,
  fields,
}: {
  idPrefix: string;
  initial: LocalRange[];
  zone: string;
  fields: Record<string, string>;
}) {
  const [rows, setRows] = useState(() => [...initial.map((r, n) => ({ n, ...r })), { n: initial.length, from: "", to: "" }]);
  const add = () => setRows((list) => [...list, { n: Math.max(-1, ...list.map((r) => r.n)) + 1, from: "", to: "" }]);
  return (
    <fieldset className="grid gap-2 rounded border border-stone-300 p-3 text-sm">
      <legend className="px-1 font-medium">Availability</legend>
      <p className="text-stone-700">
        When they are at the festival, in {zone} time. Leave every range empty when they are always available.
      </p>
      {rows.map((r) => {
        const errors = [fields[`availability.${r.n}.from`], fields[`availability.${r.n}.to`]].filter(Boolean);
        return (
          <div key={r.n} className="flex flex-wrap items-end gap-2" data-range={r.n}>
            {(["from", "to"] as const).map((end) => (
              <label key={end} className="grid gap-1">
                <span>{end === "from" ? "From" : "To"}</span>
                <input
                  id={`${idPrefix}-availability-${r.n}-${end}`}
                  type="datetime-local"
                  name={`availability.${r.n}.${end}`}
                  defaultValue={r[end]}
                  className={box}
                  aria-invalid={!!fields[`availability.${r.n}.${end}`]}
                />
              </label>
            ))}
            {rows.length > 1 && (
              <button type="button" className={quietButtonClass} onClick={() => setRows((list) => list.filter((x) => x.n !== r.n))}>
                Remove range
              </button>
            )}
            {errors.map((e) => (
              <span key={e} className="w-full text-red-700">
                {e}
              </span>
            ))}
          </div>
        );
      })}
      <div>
        <button type="button" className={quietButtonClass} onClick={add}>
          Add a range
        </button>
      </div>
    </fieldset>
  );
}
