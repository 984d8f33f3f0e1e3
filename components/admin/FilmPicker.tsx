"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { filmSearchOptions } from "@/components/queries";
import { displayTitle } from "@/lib/names";
import { formatRuntime } from "@/lib/runtime";

/** A film chosen for the screening, with what the fit needs. */
export interface Chosen {
  id: number;
  title: string;
  runtimeMinutes: number | null;
}

/** Find a film by title or director and add it to the programme. */
export function FilmSearch({ slotId, chosen, onAdd }: { slotId: number; chosen: Chosen[]; onAdd: (c: Chosen) => void }) {
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
export function ChosenFilms({ chosen, onChange }: { chosen: Chosen[]; onChange: (update: (list: Chosen[]) => Chosen[]) => void }) {
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
