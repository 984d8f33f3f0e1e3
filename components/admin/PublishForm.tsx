"use client";

import { useActionState } from "react";
import { publishAction } from "@/app/admin/actions";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, Field, FormMessage } from "./Field";

export function PublishForm({ edition, version }: { edition: string; version: number }) {
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
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Publishing…" : `Publish release ${version}`}
        </button>
      </div>
    </form>
  );
}
