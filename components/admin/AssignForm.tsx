"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/components/api";
import { type ScreeningBody, scheduleMutationOptions, slotsApi } from "@/components/queries";
import type { SlotView } from "@/lib/board";
import type { FitResult } from "@/lib/types";
import type { DayEdition } from "./DayView";
import { buttonClass, quietButtonClass } from "./Field";
import { submitWith } from "./format";
import { GuestPicker } from "./GuestPicker";
import { LanguageAccessFields } from "./LanguageAccessFields";
import { ProgrammeFields } from "./ProgrammeFields";
import { FilmsAndMinutes, useFilmsAndMinutes } from "./ScreeningMinutes";
import { StaleChoice } from "./StaleChoice";
import { type DetailsDraft, detailsOf, draftOf } from "./screening-draft";
import { TicketFields } from "./TicketFields";

/**
 * A slot's screening: its films (the fit arithmetic computed here, as the programmer types, by
 * the same lib function the server uses, which refuses a screening that does not fit), minutes
 * and status, programme, guests, language and access, tickets and staff notes.
 */
export function AssignForm({
  slot,
  edition,
  stepFree,
  onDone,
}: {
  slot: SlotView;
  edition: DayEdition;
  /** Whether the slot's venue is step-free (its screenings carry the mark). */
  stepFree: boolean;
  onDone: () => void;
}) {
  const s = slot.screening;
  const films = useFilmsAndMinutes(slot);
  const { chosen, minutes, status, extrasValid } = films;
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(s));
  const set = (patch: Partial<DetailsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const [refused, setRefused] = useState<FitResult | null>(null);
  const save = useMutation(
    scheduleMutationOptions(edition.slug, (body: ScreeningBody) =>
      slotsApi.putScreening(edition.slug, slot.id, body, edition.scenarioId ?? null),
    ),
  );
  const send = (version: number | undefined, onError?: (e: Error) => void) =>
    save.mutate(
      { filmIds: chosen.map((c) => c.id), ...minutes, status, ...detailsOf(draft), ...(version !== undefined ? { version } : {}) },
      { onSuccess: onDone, onError },
    );
  const apiError = save.error instanceof ApiError ? save.error : null;
  const fields = apiError?.fields ?? {};
  return (
    <form
      aria-label="Assign films"
      className="mt-2 grid gap-4 border-t border-stone-200 pt-2"
      onSubmit={submitWith(() => {
        setRefused(null);
        send(s?.version, (err) => setRefused(err instanceof ApiError ? (err.fit ?? null) : null));
      })}
    >
      <FilmsAndMinutes slotId={slot.id} state={films} fields={fields} />
      <ProgrammeFields draft={draft} set={set} fields={fields} locales={edition.locales} />
      <GuestPicker draft={draft} set={set} fields={fields} />
      <LanguageAccessFields draft={draft} set={set} fields={fields} filmIds={chosen.map((c) => c.id)} stepFree={stepFree} />
      <TicketFields draft={draft} set={set} fields={fields} />
      {save.isError && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800" data-testid="save-error">
          {refused ? `Not saved. ${refused.message}` : apiError ? apiError.message : String(save.error)}
        </p>
      )}
      <StaleChoice error={save.error} onReload={onDone} reapply={(current) => send(current)} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={chosen.length === 0 || !extrasValid || save.isPending}>
          Save screening
        </button>
        <button type="button" className={quietButtonClass} onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
