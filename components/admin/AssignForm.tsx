"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { ApiError } from "@/components/api";
import { filmSearchOptions, type ScreeningBody, scheduleMutationOptions, slotsApi } from "@/components/queries";
import { Options } from "@/components/ui/FormControls";
import type { SlotView } from "@/lib/board";
import { checkFit, fitBadge } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import { formatRuntime } from "@/lib/runtime";
import type { FitResult, ScreeningStatus } from "@/lib/types";
import type { DayEdition } from "./DayView";
import { buttonClass, quietButtonClass } from "./Field";
import { submitWith, toneClass } from "./format";
import { StaleChoice } from "./StaleChoice";

interface Chosen {
  id: number;
  title: string;
  runtimeMinutes: number | null;
}

/** Whole minutes from 0 to 999, else NaN. */
const minutesOf = (v: string) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN);

/**
 * Puts films into a slot. The fit arithmetic is computed here, as the programmer
 * types, by the same lib function the server uses; the server refuses a screening
 * that does not fit with the same arithmetic.
 */
export function AssignForm({ slot, edition, onDone }: { slot: SlotView; edition: DayEdition; onDone: () => void }) {
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
      { filmIds: chosen.map((c) => c.id), ...minutes, status, ...(version !== undefined ? { version } : {}) },
      { onSuccess: onDone, onError },
    );
  const apiError = save.error instanceof ApiError ? save.error : null;
  return (
    <form
      aria-label="Assign films"
      className="mt-2 grid gap-3 border-t border-stone-200 pt-2"
      onSubmit={submitWith(() => {
        setRefused(null);
        send(s?.version, (err) => setRefused(err instanceof ApiError ? (err.fit ?? null) : null));
      })}
    >
      <FilmSearch slotId={slot.id} chosen={chosen} onAdd={(c) => setChosen((list) => [...list, c])} />
      <ChosenFilms chosen={chosen} onChange={setChosen} />
      <div className="flex flex-wrap gap-3">
        <ExtrasFields extras={extras} onChange={setExtras} fields={apiError?.fields ?? {}} />
        <StatusSelect status={status} onChange={setStatus} />
      </div>
      {!extrasValid && <p className="text-red-800">Minutes must be whole numbers from 0.</p>}
      <LiveFit fit={fit} />
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

/** Find a film by title or director and add it to the programme. */
function FilmSearch({ slotId, chosen, onAdd }: { slotId: number; chosen: Chosen[]; onAdd: (c: Chosen) => void }) {
  const [q, setQ] = useState("");
  const films = useQuery(filmSearchOptions(useDeferredValue(q.trim())));
  return (
    <div className="grid gap-1">
      <label htmlFor={`film-search-${slotId}`} className="font-medium">
        Find a film
      </label>
      <input
        id={`film-search-${slotId}`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        className="rounded border border-stone-400 px-2 py-1"
        placeholder="Title or director"
      />
      {q.trim() && (
        <ul className="max-h-48 overflow-auto rounded border border-stone-200" aria-label="Matching films">
          {(films.data ?? []).slice(0, 30).map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className="w-full px-2 py-1 text-left hover:bg-stone-100 disabled:opacity-50"
                disabled={chosen.some((c) => c.id === f.id)}
                onClick={() => {
                  onAdd({ id: f.id, title: displayTitle(f), runtimeMinutes: f.runtimeMinutes });
                  setQ("");
                }}
              >
                Add {displayTitle(f)} <span className="text-stone-600">({formatRuntime(f.runtimeMinutes)})</span>
              </button>
            </li>
          ))}
          {films.data?.length === 0 && <li className="px-2 py-1 text-stone-600">No film matches.</li>}
        </ul>
      )}
    </div>
  );
}

/** The programme in order: each film moved up or down, or removed. */
function ChosenFilms({ chosen, onChange }: { chosen: Chosen[]; onChange: (update: (list: Chosen[]) => Chosen[]) => void }) {
  const move = (i: number, d: number) =>
    onChange((list) => {
      const next = [...list];
      const [x] = next.splice(i, 1);
      if (x) next.splice(Math.max(0, Math.min(next.length, i + d)), 0, x);
      return next;
    });
  return (
    <ol className="grid gap-1" aria-label="Films in this screening">
      {chosen.map((c, i) => (
        <li key={c.id} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">
            {i + 1}. {c.title}
          </span>
          <span className="text-stone-700">{formatRuntime(c.runtimeMinutes)}</span>
          <button type="button" className="underline" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${c.title} up`}>
            up
          </button>
          <button
            type="button"
            className="underline"
            onClick={() => move(i, 1)}
            disabled={i === chosen.length - 1}
            aria-label={`Move ${c.title} down`}
          >
            down
          </button>
          <button
            type="button"
            className="underline"
            onClick={() => onChange((l) => l.filter((x) => x.id !== c.id))}
            aria-label={`Remove ${c.title}`}
          >
            remove
          </button>
        </li>
      ))}
      {chosen.length === 0 && <li className="text-stone-600">No film chosen yet.</li>}
    </ol>
  );
}

type Extras = Record<"preShowMinutes" | "introMinutes" | "qaMinutes", string>;
const EXTRAS: [keyof Extras, string][] = [
  ["preShowMinutes", "Pre-show"],
  ["introMinutes", "Intro"],
  ["qaMinutes", "Q&A"],
];

/** Minutes of pre-show, intro and Q&A, with the server's word on each. */
function ExtrasFields({ extras, onChange, fields }: { extras: Extras; onChange: (e: Extras) => void; fields: Record<string, string> }) {
  return EXTRAS.map(([name, label]) => (
    <label key={name} className="grid gap-1">
      <span>{label} (min)</span>
      <input
        name={name}
        inputMode="numeric"
        value={extras[name]}
        onChange={(e) => onChange({ ...extras, [name]: e.target.value })}
        className="w-20 rounded border border-stone-400 px-2 py-1"
        aria-invalid={Number.isNaN(minutesOf(extras[name]))}
      />
      {fields[name] && <span className="text-red-800">{fields[name]}</span>}
    </label>
  ));
}

const STATUSES: ScreeningStatus[] = ["confirmed", "tentative", "cancelled"];

function StatusSelect({ status, onChange }: { status: ScreeningStatus; onChange: (s: ScreeningStatus) => void }) {
  return (
    <label className="grid gap-1">
      <span>Status</span>
      <select
        name="status"
        value={status}
        onChange={(e) => onChange(STATUSES.find((s) => s === e.target.value) ?? status)}
        className="rounded border border-stone-400 px-2 py-1"
      >
        <Options options={STATUSES} />
      </select>
    </label>
  );
}

/** Whether the chosen films fit, with the arithmetic, as the programmer types. */
function LiveFit({ fit }: { fit: FitResult | null }) {
  const badge = fitBadge(fit);
  return (
    <p aria-live="polite" data-testid="live-fit">
      {fit ? (
        <>
          <span className={`rounded px-1.5 ${toneClass(badge.tone)}`}>{badge.label}</span> {fit.message}
        </>
      ) : (
        "Choose films to see whether they fit."
      )}
    </p>
  );
}
