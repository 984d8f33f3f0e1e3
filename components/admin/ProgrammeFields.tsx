"use client";

import { Labelled } from "@/components/ui/FormControls";
import type { DetailsDraft, SetDraft } from "./screening-draft";

export const boxClass = "w-full rounded border border-stone-400 px-2 py-1";

/** The server's word on a field, under it. */
export function FieldError({ error }: { error?: string }) {
  return error ? <span className="text-red-800">{error}</span> : null;
}

/** A programme's name and description: shown instead of the films' joined titles when set. */
export function ProgrammeFields({ draft, set, fields }: { draft: DetailsDraft; set: SetDraft; fields: Record<string, string> }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="font-medium">Programme</legend>
      <Labelled label="Programme title (optional: shown instead of the films' titles)">
        <input
          name="title"
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
          className={boxClass}
          placeholder="e.g. Shorts: Work and Hands"
          aria-invalid={!!fields.title}
        />
        <FieldError error={fields.title} />
      </Labelled>
      <Labelled label="Description">
        <textarea
          name="description"
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
          rows={3}
          className={boxClass}
          aria-invalid={!!fields.description}
        />
        <FieldError error={fields.description} />
      </Labelled>
    </fieldset>
  );
}
