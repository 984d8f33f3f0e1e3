"use client";

import { useActionState } from "react";
import { publishAction } from "@/app/admin/actions";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, Field, FormMessage } from "./Field";

/** The publish form; `hold` (lib/publish-rule) is why the button is disabled, e.g. nothing has changed since the last release. */
export function PublishForm({ edition, version, hold }: { edition: string; version: number; hold: string | null }) {
  const [state, action, pending] = useActionState(publishAction, emptyFormState);
  return (
    <form action={action} className="grid gap-3" aria-label="Publish">
      <input type="hidden" name="edition" value={edition} />
      <FormMessage ok={state.ok} message={state.message} />
      {Array.isArray(state.details?.conflicts) && (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {(state.details.conflicts as { message: string }[]).map((c) => (
            <li key={c.message}>{c.message}</li>
          ))}
        </ul>
      )}
      <Field label="Note for the changelog (optional)" name="note" error={state.fields.note} multiline />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={pending || hold !== null}
          aria-describedby={hold ? "publish-hold" : undefined}
        >
          {pending ? "Publishing…" : `Publish release ${version}`}
        </button>
        {hold && (
          <p id="publish-hold" className="text-sm text-stone-800" data-testid="publish-hold">
            {hold}
          </p>
        )}
      </div>
    </form>
  );
}
