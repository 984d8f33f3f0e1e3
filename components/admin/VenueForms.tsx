"use client";

import { useActionState } from "react";
import { createVenueAction, deleteVenueAction, updateVenueAction } from "@/app/admin/actions";
import { Labelled } from "@/components/ui/FormControls";
import type { Venue } from "@/lib/types";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, FormMessage, quietButtonClass } from "./Field";
import { TranslationsFieldset } from "./TranslationsFieldset";

function VenueFields({ venue, fields }: { venue?: Venue; fields: Record<string, string> }) {
  const p = venue ? `v${venue.id}` : "new";
  return (
    <>
      <Labelled label="Name" className="text-sm">
        <input
          id={`${p}-name`}
          name="name"
          defaultValue={venue?.name ?? ""}
          className="rounded border border-stone-400 px-2 py-1.5"
          aria-invalid={!!fields.name}
        />
        {fields.name && <span className="text-red-700">{fields.name}</span>}
      </Labelled>
      <NumberField label="Capacity" name="capacity" defaultValue={venue?.capacity ?? ""} error={fields.capacity} />
      <NumberField
        label="Changeover (min)"
        name="changeoverMinutes"
        defaultValue={venue?.changeoverMinutes ?? 0}
        error={fields.changeoverMinutes}
      />
      <NumberField
        label="Doors open (min before)"
        name="doorsMinutes"
        defaultValue={venue?.doorsMinutes ?? 15}
        error={fields.doorsMinutes}
      />
      <label className="flex items-center gap-2 self-center pt-5 text-sm">
        {/* unchecked sends "false" (the checkbox after it, when checked, overrides it) */}
        <input type="hidden" name="stepFree" value="false" />
        <input type="checkbox" name="stepFree" value="true" defaultChecked={venue?.stepFree ?? false} />
        <span className="font-medium">Step-free access</span>
        {fields.stepFree && <span className="text-red-700">{fields.stepFree}</span>}
      </label>
    </>
  );
}

function NumberField({ label, name, defaultValue, error }: { label: string; name: string; defaultValue: number | string; error?: string }) {
  return (
    <Labelled label={label} className="text-sm">
      <input
        name={name}
        inputMode="numeric"
        defaultValue={defaultValue}
        className="w-24 rounded border border-stone-400 px-2 py-1.5"
        aria-invalid={!!error}
      />
      {error && <span className="text-red-700">{error}</span>}
    </Labelled>
  );
}

export function VenueRow({ edition, venue, languages = [] }: { edition: string; venue: Venue; languages?: string[] }) {
  const [state, action, pending] = useActionState(updateVenueAction, emptyFormState);
  const [del, delAction] = useActionState(deleteVenueAction, emptyFormState);
  return (
    <li className="grid gap-2 border-b border-stone-200 py-3">
      <form action={action} className="flex flex-wrap items-end gap-3" aria-label={`Venue ${venue.name}`}>
        <input type="hidden" name="edition" value={edition} />
        <input type="hidden" name="id" value={venue.id} />
        <input type="hidden" name="version" value={venue.version} />
        <VenueFields venue={venue} fields={state.fields} />
        <TranslationsFieldset
          locales={languages}
          fields={[{ name: "name", label: "Name" }]}
          values={venue.translations}
          errors={state.fields}
        />
        <button type="submit" className={quietButtonClass} disabled={pending}>
          Save
        </button>
      </form>
      <form action={delAction}>
        <input type="hidden" name="edition" value={edition} />
        <input type="hidden" name="id" value={venue.id} />
        <button type="submit" className="text-sm text-red-800 underline">
          Delete {venue.name}
        </button>
      </form>
      <FormMessage ok={state.ok} message={state.message} />
      <FormMessage ok={del.ok} message={del.message} />
    </li>
  );
}

export function NewVenueForm({ edition }: { edition: string }) {
  const [state, action, pending] = useActionState(createVenueAction, emptyFormState);
  return (
    <form action={action} className="grid gap-2" aria-label="Add a venue">
      <input type="hidden" name="edition" value={edition} />
      <div className="flex flex-wrap items-end gap-3">
        <VenueFields fields={state.fields} />
        <button type="submit" className={buttonClass} disabled={pending}>
          Add venue
        </button>
      </div>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
