"use client";

import { useState } from "react";
import { Options } from "@/components/ui/FormControls";
import type { SlotView } from "@/lib/board";
import { checkFit, fitBadge } from "@/lib/fit";
import type { FitResult, ScreeningStatus } from "@/lib/types";
import { type Chosen, ChosenFilms, FilmSearch } from "./FilmPicker";
import { toneClass } from "./format";
import { legendClass, partClass } from "./screening-field-bits";

/** Whole minutes from 0 to 999, else NaN. */
const minutesOf = (v: string) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN);

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

/** The films, minutes and status as typed, and what they come to: the minutes as numbers and the fit. */
export function useFilmsAndMinutes(slot: SlotView) {
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
  return { chosen, setChosen, extras, setExtras, status, setStatus, minutes, extrasValid, fit };
}

/** The films in order, the minutes around them and the status, with the live fit. */
export function FilmsAndMinutes({
  slotId,
  state: p,
  fields,
}: {
  slotId: number;
  state: ReturnType<typeof useFilmsAndMinutes>;
  fields: Record<string, string>;
}) {
  return (
    <fieldset className={partClass}>
      <legend className={legendClass}>Films and minutes</legend>
      <FilmSearch slotId={slotId} chosen={p.chosen} onAdd={(c) => p.setChosen((list) => [...list, c])} />
      <ChosenFilms chosen={p.chosen} onChange={p.setChosen} />
      <div className="flex flex-wrap gap-3">
        <ExtrasFields extras={p.extras} onChange={p.setExtras} fields={fields} />
        <StatusSelect status={p.status} onChange={p.setStatus} />
      </div>
      {!p.extrasValid && <p className="text-red-800">Minutes must be whole numbers from 0.</p>}
      <LiveFit fit={p.fit} />
    </fieldset>
  );
}
