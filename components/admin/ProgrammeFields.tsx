"use client";

import { Labelled } from "@/components/ui/FormControls";
import type { DetailsDraft, SetDraft } from "./screening-draft";
import { boxClass, FieldError, legendClass, partClass } from "./screening-field-bits";

/** A programme's name and description: shown instead of the films' joined titles when set. */
export function ProgrammeFields({ draft, set, fields }: { draft: DetailsDraft; set: SetDraft; fields: Record<string, string> }) {
  return (
    <fieldset className={partClass}>
      <legend className={legendClass}>Programme</legend>
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
