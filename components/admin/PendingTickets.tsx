"use client";
/**
 * The publish page's ticket changes not yet public (a programmer's, who may not publish): a
 * publisher publishes them by themselves, as a status-only release, without the schedule's changes.
 */
import { useActionState } from "react";
import { publishTicketsAction } from "@/app/admin/ticket-actions";
import { emptyFormState } from "@/server/form-state";
import { buttonClass, FormMessage } from "./Field";

export function PendingTickets({ edition, messages }: { edition: string; messages: string[] }) {
  const [state, action, pending] = useActionState(publishTicketsAction, emptyFormState);
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="tickets-h" className="grid gap-2 rounded border border-sky-300 bg-sky-50 p-3">
      <h2 id="tickets-h" className="text-xl font-semibold">
        Ticket changes not yet public
      </h2>
      <ul className="list-disc pl-5" aria-label="Ticket changes">
        {messages.map((m) => (
          <li key={m} data-change="tickets-changed">
            {m}
          </li>
        ))}
      </ul>
      <form action={action} aria-label="Publish ticket changes" className="grid gap-2">
        <input type="hidden" name="edition" value={edition} />
        <FormMessage ok={state.ok} message={state.message} />
        <p className="text-sm text-stone-700">
          Published by themselves, at once: the schedule&apos;s other changes stay unpublished until the next release.
        </p>
        <div>
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? "Publishing…" : "Publish ticket changes only"}
          </button>
        </div>
      </form>
    </section>
  );
}
