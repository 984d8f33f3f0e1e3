"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { peopleOptions } from "@/components/queries";
import { Options } from "@/components/ui/FormControls";
import type { DetailsDraft, SetDraft } from "./screening-draft";
import { boxClass, FieldError, legendClass, partClass } from "./screening-field-bits";

/** The screening's guests, each in the role they have here (their usual role to start with). */
export function GuestPicker({ draft, set, fields }: { draft: DetailsDraft; set: SetDraft; fields: Record<string, string> }) {
  const people = useQuery(peopleOptions());
  const byId = new Map((people.data ?? []).map((p) => [p.id, p]));
  const free = (people.data ?? []).filter((p) => !draft.guests.some((g) => g.personId === p.id));
  const setRole = (i: number, role: string) => set({ guests: draft.guests.map((g, j) => (j === i ? { ...g, role } : g)) });
  return (
    <fieldset className={partClass}>
      <legend className={legendClass}>Guests</legend>
      {draft.guests.length === 0 && <p className="text-stone-600">No guest.</p>}
      <ul className="grid gap-2" aria-label="Guests of this screening">
        {draft.guests.map((g, i) => {
          const name = byId.get(g.personId)?.name ?? `Person ${g.personId}`;
          return (
            <li key={g.personId} className="grid gap-1 rounded bg-stone-50 p-2">
              <div className="flex items-baseline justify-between gap-2">
                <span className="font-medium">{name}</span>
                <button
                  type="button"
                  className="underline"
                  onClick={() => set({ guests: draft.guests.filter((x) => x.personId !== g.personId) })}
                  aria-label={`Remove ${name}`}
                >
                  remove
                </button>
              </div>
              <label className="flex flex-wrap items-center gap-2">
                <span>Role here</span>
                <input
                  value={g.role}
                  onChange={(e) => setRole(i, e.target.value)}
                  className="min-w-0 flex-1 rounded border border-stone-400 px-2 py-1"
                />
              </label>
              <FieldError error={fields[`guests.${i}.personId`] ?? fields[`guests.${i}.role`]} />
            </li>
          );
        })}
      </ul>
      <FieldError error={fields.guests} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1">
          <span>Add a guest</span>
          <select
            value=""
            onChange={(e) => {
              const p = byId.get(Number(e.target.value));
              if (p) set({ guests: [...draft.guests, { personId: p.id, role: p.role ?? "" }] });
            }}
            className={boxClass}
          >
            <option value="">{people.isPending ? "Loading people…" : "Choose a person"}</option>
            <Options options={free.map((p) => ({ value: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }))} />
          </select>
        </label>
        <Link href="/admin/people" className="pb-1 underline">
          Add a person
        </Link>
      </div>
    </fieldset>
  );
}
