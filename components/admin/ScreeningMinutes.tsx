"use client";

import { Options } from "@/components/ui/FormControls";
import { fitBadge } from "@/lib/fit";
import type { FitResult, ScreeningStatus } from "@/lib/types";
import { toneClass } from "./format";

/** Whole minutes from 0 to 999, else NaN. */
export const minutesOf = (v: string) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN);

export type Extras = Record<"preShowMinutes" | "introMinutes" | "qaMinutes", string>;
const EXTRAS: [keyof Extras, string][] = [
  ["preShowMinutes", "Pre-show"],
  ["introMinutes", "Intro"],
  ["qaMinutes", "Q&A"],
];

/** Minutes of pre-show, intro and Q&A, with the server's word on each. */
export function ExtrasFields({
  extras,
  onChange,
  fields,
}: {
  extras: Extras;
  onChange: (e: Extras) => void;
  fields: Record<string, string>;
}) {
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

export function StatusSelect({ status, onChange }: { status: ScreeningStatus; onChange: (s: ScreeningStatus) => void }) {
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
export function LiveFit({ fit }: { fit: FitResult | null }) {
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
