"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/components/api";
import { type ScreeningBody, scheduleMutationOptions, slotsApi } from "@/components/queries";
import type { SlotView } from "@/lib/board";
import { checkFit } from "@/lib/fit";
import type { FitResult, ScreeningStatus } from "@/lib/types";
import type { DayEdition } from "./DayView";
import { buttonClass, quietButtonClass } from "./Field";
import { type Chosen, ChosenFilms, FilmSearch } from "./FilmPicker";
import { submitWith } from "./format";
import { GuestPicker } from "./GuestPicker";
import { LanguageAccessFields } from "./LanguageAccessFields";
import { ProgrammeFields } from "./ProgrammeFields";
import { type Extras, ExtrasFields, LiveFit, minutesOf, StatusSelect } from "./ScreeningMinutes";
import { StaleChoice } from "./StaleChoice";
import { type DetailsDraft, detailsOf, draftOf } from "./screening-draft";
import { legendClass, partClass } from "./screening-field-bits";
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
  const [chosen, setChosen] = useState<Chosen[]>(
    s ? s.films.map((f) => ({ id: f.id, title: f.displayTitle, runtimeMinutes: f.runtimeMinutes })) : [],
  );
  const [extras, setExtras] = useState<Extras>({
    preShowMinutes: String(s?.preShowMinutes ?? 0),
    introMinutes: String(s?.introMinutes ?? 0),
    qaMinutes: String(s?.qaMinutes ?? 0),
  });
  const [status, setStatus] = useState<ScreeningStatus>(s?.status ?? "confirmed");
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(s));
  const set = (patch: Partial<DetailsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const [refused, setRefused] = useState<FitResult | null>(null);
  const minutes = {
    preShowMinutes: minutesOf(extras.preShowMinutes),
    introMinutes: minutesOf(extras.introMinutes),
    qaMinutes: minutesOf(extras.qaMinutes),
  };
  const extrasValid = Object.values(minutes).every((n) => Number.isInteger(n) && n >= 0);
  const fit =
    chosen.length > 0 && extrasValid
      ? checkFit({
          slotMinutes: slot.minutes,
          ...minutes,
          runtimes: chosen.map((c) => c.runtimeMinutes),
          titles: chosen.map((c) => c.title),
        })
      : null;
  const save = useMutation(
    scheduleMutationOptions(edition.slug, (body: ScreeningBody) => slotsApi.putScreening(edition.slug, slot.id, body)),
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
      <fieldset className={partClass}>
        <legend className={legendClass}>Films and minutes</legend>
        <FilmSearch slotId={slot.id} chosen={chosen} onAdd={(c) => setChosen((list) => [...list, c])} />
        <ChosenFilms chosen={chosen} onChange={setChosen} />
        <div className="flex flex-wrap gap-3">
          <ExtrasFields extras={extras} onChange={setExtras} fields={fields} />
          <StatusSelect status={status} onChange={setStatus} />
        </div>
        {!extrasValid && <p className="text-red-800">Minutes must be whole numbers from 0.</p>}
        <LiveFit fit={fit} />
      </fieldset>
      <ProgrammeFields draft={draft} set={set} fields={fields} />
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
