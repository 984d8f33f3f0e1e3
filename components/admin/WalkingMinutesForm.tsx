"use client";

import { useActionState } from "react";
import { saveWalkingMinutesAction } from "@/app/admin/walking-actions";
import { keepTyped } from "@/components/ui/keep-typed";
import type { Venue, WalkingPair } from "@/lib/types";
import { boxName, walkLookup } from "@/lib/walking";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, FormMessage } from "./Field";

type Props = { edition: string; venues: Pick<Venue, "id" | "name">[]; pairs: WalkingPair[] };

/**
 * Minutes to walk between each pair of venues: one box per pair (the upper triangle: the walk
 * back is the same), empty when unknown, saved together.
 */
export function WalkingMinutesForm({ edition, venues, pairs }: Props) {
  const [state, action, pending] = useActionState(saveWalkingMinutesAction, emptyFormState);
  if (venues.length < 2) return <p className="text-sm text-stone-700">Add a second venue to give the walk between them.</p>;
  const walk = walkLookup(pairs);
  const rows = venues.slice(0, -1);
  const columns = venues.slice(1);
  return (
    <form action={action} onSubmit={keepTyped(action)} className="grid gap-3" noValidate aria-label="Walking minutes">
      <input type="hidden" name="edition" value={edition} />
      <p className="text-sm text-stone-700">
        Minutes on foot between venues, the same both ways; leave a box empty when unknown. A guest needs this long between two screenings.
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c.id} scope="col" className="max-w-32 px-2 pb-1 text-left align-bottom font-semibold">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} className="border-t border-stone-200">
                <th scope="row" className="max-w-40 py-1 pr-3 text-left font-semibold">
                  {r.name}
                </th>
                {columns.map((c, j) => {
                  if (j < i) return <td key={c.id} />;
                  const name = boxName(r.id, c.id);
                  const error = state.fields[name];
                  return (
                    <td key={c.id} className="px-2 py-1">
                      <input
                        name={name}
                        inputMode="numeric"
                        defaultValue={walk(r.id, c.id) ?? ""}
                        aria-label={`Minutes to walk between ${r.name} and ${c.name}`}
                        aria-invalid={!!error}
                        className="w-16 rounded border border-stone-400 px-2 py-1"
                      />
                      {error && <span className="block text-red-700">{error}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          Save walking minutes
        </button>
        <FormMessage ok={state.ok} message={state.message} />
      </div>
    </form>
  );
}
