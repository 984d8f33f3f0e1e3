"use client";

import { useActionState } from "react";
import { createPersonAction, deletePersonAction, updatePersonAction } from "@/app/admin/people/actions";
import { Labelled } from "@/components/ui/FormControls";
import { keepTyped } from "@/components/ui/keep-typed";
import { emptyFormState } from "@/server/form-state";
import { AvailabilityRanges, type LocalRange } from "./AvailabilityRanges";
import { buttonClass, FormMessage, quietButtonClass } from "./Field";

/** A person as the page shows them: availability as local date-times in the page's zone, and in words. */
export interface PersonView {
  id: number;
  name: string;
  role: string | null;
  internalNotes: string | null;
  availability: LocalRange[];
  availabilityText: string;
  version: number;
}

const box = "w-full rounded border border-stone-400 px-2 py-1.5";
const ROLES = ["director", "cast", "producer", "speaker", "moderator", "musician"];

function FieldError({ error }: { error?: string }) {
  return error ? <span className="text-red-700">{error}</span> : null;
}

function PersonFields({ person, zone, fields }: { person?: PersonView; zone: string; fields: Record<string, string> }) {
  const p = person ? `p${person.id}` : "new";
  return (
    <div className="grid gap-3">
      <input type="hidden" name="zone" value={zone} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled label="Name" className="text-sm">
          <input name="name" defaultValue={person?.name ?? ""} className={box} aria-invalid={!!fields.name} required />
          <FieldError error={fields.name} />
        </Labelled>
        <Labelled label="Usual role" className="text-sm">
          <input name="role" list={`${p}-roles`} defaultValue={person?.role ?? ""} className={box} aria-invalid={!!fields.role} />
          <datalist id={`${p}-roles`}>
            {ROLES.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <FieldError error={fields.role} />
        </Labelled>
      </div>
      <Labelled label="Internal notes (staff only, never public)" className="text-sm">
        <textarea name="internalNotes" defaultValue={person?.internalNotes ?? ""} rows={2} className={box} />
        <FieldError error={fields.internalNotes} />
      </Labelled>
      <AvailabilityRanges idPrefix={p} initial={person?.availability ?? []} zone={zone} fields={fields} />
      <FieldError error={fields.zone} />
    </div>
  );
}

export function NewPersonForm({ zone }: { zone: string }) {
  const [state, action, pending] = useActionState(createPersonAction, emptyFormState);
  return (
    <form action={action} onSubmit={keepTyped(action)} className="grid gap-3" aria-label="Add a person">
      {/* a new, empty form once a person is added */}
      <PersonFields key={state.ok ? state.message : "typing"} zone={zone} fields={state.fields} />
      <FormMessage ok={state.ok} message={state.message} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          Add person
        </button>
      </div>
    </form>
  );
}

/** One person: who they are and when they are here, a form to change them, and delete (refused while a guest). */
export function PersonRow({ person, zone }: { person: PersonView; zone: string }) {
  const [state, action, pending] = useActionState(updatePersonAction, emptyFormState);
  const [del, delAction, deleting] = useActionState(deletePersonAction, emptyFormState);
  return (
    <li className="grid gap-2 border-b border-stone-200 py-3" data-person={person.name}>
      <p>
        <strong>{person.name}</strong>
        {person.role && <span className="text-stone-700"> · {person.role}</span>}
        <span className="block text-sm text-stone-700">{person.availabilityText}</span>
      </p>
      <details open={Object.keys(state.fields).length > 0}>
        <summary className="cursor-pointer text-sm underline">Edit {person.name}</summary>
        <form action={action} onSubmit={keepTyped(action)} className="mt-2 grid gap-3" aria-label={`Edit ${person.name}`}>
          <input type="hidden" name="id" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
          <PersonFields person={person} zone={zone} fields={state.fields} />
          <div>
            <button type="submit" className={quietButtonClass} disabled={pending}>
              Save {person.name}
            </button>
          </div>
        </form>
      </details>
      <FormMessage ok={state.ok} message={state.message} />
      <form action={delAction}>
        <input type="hidden" name="id" value={person.id} />
        <button type="submit" className="text-sm text-red-800 underline" disabled={deleting}>
          Delete {person.name}
        </button>
      </form>
      <FormMessage ok={del.ok} message={del.message} />
    </li>
  );
}
