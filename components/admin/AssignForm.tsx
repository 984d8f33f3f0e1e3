"use client";

import { useDeferredValue, useState } from "react";
import { ApiError, api } from "@/components/api";
import { checkFit, fitBadge } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import { formatRuntime } from "@/lib/runtime";
import type { FitResult, ScreeningStatus } from "@/lib/types";
import { useFilms } from "./CatalogueList";
import type { DayEdition } from "./DayView";
import { buttonClass, quietButtonClass } from "./Field";
import { StaleChoice } from "./StaleChoice";
import { type SlotView, useScheduleMutation } from "./useSlots";

interface Chosen {
  id: number;
  title: string;
  runtimeMinutes: number | null;
}

/**
 * Puts films into a slot. The fit arithmetic is computed here, as the programmer
 * types, by the same lib function the server uses; the server refuses a screening
 * that does not fit with the same arithmetic.
 */
export function AssignForm({ slot, edition, day, onDone }: { slot: SlotView; edition: DayEdition; day: string; onDone: () => void }) {
  const s = slot.screening;
  const [chosen, setChosen] = useState<Chosen[]>(
    s ? s.films.map((f) => ({ id: f.id, title: f.displayTitle, runtimeMinutes: f.runtimeMinutes })) : [],
  );
  const [preShow, setPreShow] = useState(String(s?.preShowMinutes ?? 0));
  const [intro, setIntro] = useState(String(s?.introMinutes ?? 0));
  const [qa, setQa] = useState(String(s?.qaMinutes ?? 0));
  const [status, setStatus] = useState<ScreeningStatus>(s?.status ?? "confirmed");
  const [q, setQ] = useState("");
  const films = useFilms(useDeferredValue(q.trim()));
  const [refused, setRefused] = useState<FitResult | null>(null);

  const minutes = (v: string) => (/^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN);
  const extras = { preShowMinutes: minutes(preShow), introMinutes: minutes(intro), qaMinutes: minutes(qa) };
  const extrasValid = Object.values(extras).every((n) => Number.isInteger(n) && n >= 0);
  const fit =
    chosen.length > 0 && extrasValid
      ? checkFit({
          slotMinutes: slot.minutes,
          ...extras,
          runtimes: chosen.map((c) => c.runtimeMinutes),
          titles: chosen.map((c) => c.title),
        })
      : null;
  const badge = fitBadge(fit);

  const save = useScheduleMutation(edition.slug, day, (body: Record<string, unknown>) =>
    api(`/api/v1/editions/${encodeURIComponent(edition.slug)}/slots/${slot.id}/screening`, { method: "PUT", body }),
  );

  const move = (i: number, d: number) =>
    setChosen((list) => {
      const next = [...list];
      const [x] = next.splice(i, 1);
      if (x) next.splice(Math.max(0, Math.min(next.length, i + d)), 0, x);
      return next;
    });

  const apiError = save.error instanceof ApiError ? save.error : null;
  return (
    <form
      aria-label="Assign films"
      className="mt-2 grid gap-3 border-t border-stone-200 pt-2"
      onSubmit={(e) => {
        e.preventDefault();
        setRefused(null);
        save.mutate(
          { filmIds: chosen.map((c) => c.id), ...extras, status, ...(s ? { version: s.version } : {}) },
          {
            onSuccess: onDone,
            onError: (err) => {
              if (err instanceof ApiError && err.body.fit) setRefused(err.body.fit as FitResult);
            },
          },
        );
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={`film-search-${slot.id}`} className="font-medium">
          Find a film
        </label>
        <input
          id={`film-search-${slot.id}`}
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
                    setChosen((list) => [...list, { id: f.id, title: displayTitle(f), runtimeMinutes: f.runtimeMinutes }]);
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
              onClick={() => setChosen((l) => l.filter((x) => x.id !== c.id))}
              aria-label={`Remove ${c.title}`}
            >
              remove
            </button>
          </li>
        ))}
        {chosen.length === 0 && <li className="text-stone-600">No film chosen yet.</li>}
      </ol>
      <div className="flex flex-wrap gap-3">
        {[
          ["Pre-show", preShow, setPreShow, "preShowMinutes"],
          ["Intro", intro, setIntro, "introMinutes"],
          ["Q&A", qa, setQa, "qaMinutes"],
        ].map(([label, value, set, name]) => (
          <label key={name as string} className="grid gap-1">
            <span>{label as string} (min)</span>
            <input
              name={name as string}
              inputMode="numeric"
              value={value as string}
              onChange={(e) => (set as (v: string) => void)(e.target.value)}
              className="w-20 rounded border border-stone-400 px-2 py-1"
              aria-invalid={Number.isNaN(minutes(value as string))}
            />
            {apiError?.fields[name as string] && <span className="text-red-800">{apiError.fields[name as string]}</span>}
          </label>
        ))}
        <label className="grid gap-1">
          <span>Status</span>
          <select
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ScreeningStatus)}
            className="rounded border border-stone-400 px-2 py-1"
          >
            <option value="confirmed">confirmed</option>
            <option value="tentative">tentative</option>
            <option value="cancelled">cancelled</option>
          </select>
        </label>
      </div>
      {!extrasValid && <p className="text-red-800">Minutes must be whole numbers from 0.</p>}
      <p aria-live="polite" data-testid="live-fit">
        {fit ? (
          <>
            <span
              className={`rounded px-1.5 ${badge.tone === "bad" ? "bg-red-100 text-red-900" : badge.tone === "ok" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
            >
              {badge.label}
            </span>{" "}
            {fit.message}
          </>
        ) : (
          "Choose films to see whether they fit."
        )}
      </p>
      {save.isError && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800" data-testid="save-error">
          {refused ? `Not saved. ${refused.message}` : apiError ? apiError.message : String(save.error)}
        </p>
      )}
      <StaleChoice
        error={save.error}
        onReload={onDone}
        reapply={(current) =>
          save.mutate(
            { filmIds: chosen.map((c) => c.id), ...extras, status, ...(current !== undefined ? { version: current } : {}) },
            { onSuccess: onDone },
          )
        }
      />
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
