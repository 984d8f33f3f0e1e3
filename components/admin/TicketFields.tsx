"use client";

import { Labelled, Options } from "@/components/ui/FormControls";
import { AVAILABILITY_WORDS } from "@/lib/screening-words";
import { TICKET_AVAILABILITY } from "@/lib/types";
import type { DetailsDraft, SetDraft } from "./screening-draft";
import { boxClass, FieldError, legendClass, partClass } from "./screening-field-bits";

/** Tickets (address and availability, published on their own) and the staff's notes. */
export function TicketFields({ draft, set, fields }: { draft: DetailsDraft; set: SetDraft; fields: Record<string, string> }) {
  return (
    <>
      <fieldset className={partClass}>
        <legend className={legendClass}>Tickets</legend>
        <Labelled label="Ticket address">
          <input
            name="ticketUrl"
            type="url"
            value={draft.ticketUrl}
            onChange={(e) => set({ ticketUrl: e.target.value })}
            className={boxClass}
            placeholder="https://"
            aria-invalid={!!fields.ticketUrl}
          />
          <FieldError error={fields.ticketUrl} />
        </Labelled>
        <Labelled label="Ticket availability">
          <select
            name="availability"
            value={draft.availability}
            onChange={(e) => set({ availability: TICKET_AVAILABILITY.find((a) => a === e.target.value) ?? "" })}
            className={boxClass}
          >
            <option value="">(not given)</option>
            <Options options={TICKET_AVAILABILITY.map((a) => ({ value: a, label: AVAILABILITY_WORDS[a] }))} />
          </select>
          <FieldError error={fields.availability} />
        </Labelled>
      </fieldset>
      <Labelled label="Internal notes (staff only, never public: the print's source, projection notes)">
        <textarea
          name="internalNotes"
          value={draft.internalNotes}
          onChange={(e) => set({ internalNotes: e.target.value })}
          rows={2}
          className={boxClass}
          aria-invalid={!!fields.internalNotes}
        />
        <FieldError error={fields.internalNotes} />
      </Labelled>
    </>
  );
}
