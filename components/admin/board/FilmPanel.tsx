"use client";

import { memo } from "react";
import { FilmFlags } from "@/components/admin/FilmFlags";
import { Options } from "@/components/ui/FormControls";
import type { BoardFilm } from "@/lib/board";
import { formatRuntime } from "@/lib/runtime";
import type { FilmFlag } from "@/lib/types";
import { useDragHandle } from "./dnd";

export interface PanelFilm extends BoardFilm {
  flags: FilmFlag[];
  year: number | null;
  scheduled: boolean;
  section: string | null;
  languages: string[];
}

export interface FilmFilters {
  q: string;
  unscheduledOnly: boolean;
  minRuntime: string;
  maxRuntime: string;
  flag: "" | FilmFlag;
  /** The festival's strand; "" any. */
  section: string;
  /** A spoken language; "" any. */
  language: string;
}

export const emptyFilters: FilmFilters = {
  q: "",
  unscheduledOnly: false,
  minRuntime: "",
  maxRuntime: "",
  flag: "",
  section: "",
  language: "",
};

/** The films the panel lists: the search result narrowed by the filters. */
export function filterFilms(films: PanelFilm[], f: FilmFilters): PanelFilm[] {
  const min = /^\d+$/.test(f.minRuntime.trim()) ? Number(f.minRuntime) : null;
  const max = /^\d+$/.test(f.maxRuntime.trim()) ? Number(f.maxRuntime) : null;
  return films.filter(
    (film) =>
      (!f.unscheduledOnly || !film.scheduled) &&
      (min === null || (film.runtimeMinutes !== null && film.runtimeMinutes >= min)) &&
      (max === null || (film.runtimeMinutes !== null && film.runtimeMinutes <= max)) &&
      (!f.flag || film.flags.includes(f.flag)) &&
      (!f.section || film.section === f.section) &&
      (!f.language || film.languages.includes(f.language)),
  );
}

/** The sections and languages the catalogue's films have, sorted, for the panel's filters. */
export function filterChoices(films: readonly Pick<PanelFilm, "section" | "languages">[]) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    sections: sorted(films.flatMap((f) => (f.section ? [f.section] : []))),
    languages: sorted(films.flatMap((f) => f.languages)),
  };
}

const SHOWN = 150;
const input = "rounded border border-stone-400 px-2 py-1 text-sm";
const FLAGS: FilmFlag[] = ["missing-title", "missing-runtime", "personal-data"];

export function FilmPanel({
  films,
  choices,
  filters,
  onFilters,
  loading,
}: {
  films: PanelFilm[];
  choices: ReturnType<typeof filterChoices>;
  filters: FilmFilters;
  onFilters: (f: FilmFilters) => void;
  loading: boolean;
}) {
  const set = <K extends keyof FilmFilters>(k: K, v: FilmFilters[K]) => onFilters({ ...filters, [k]: v });
  return (
    <aside aria-labelledby="films-h" className="grid content-start gap-2 rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 id="films-h" className="font-semibold">
        Films
      </h2>
      <label className="grid gap-1">
        <span>Search films</span>
        <input
          type="search"
          value={filters.q}
          onChange={(e) => set("q", e.target.value)}
          className={input}
          placeholder="Title or director"
        />
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={filters.unscheduledOnly} onChange={(e) => set("unscheduledOnly", e.target.checked)} />
        <span>Unscheduled only</span>
      </label>
      <div className="flex gap-2">
        <RuntimeField label="Min runtime" value={filters.minRuntime} onChange={(v) => set("minRuntime", v)} />
        <RuntimeField label="Max runtime" value={filters.maxRuntime} onChange={(v) => set("maxRuntime", v)} />
      </div>
      <span id="runtime-unit" className="text-xs text-stone-600">
        minutes
      </span>
      <ChoiceField label="Section" value={filters.section} options={choices.sections} onChange={(v) => set("section", v)} />
      <ChoiceField label="Language" value={filters.language} options={choices.languages} onChange={(v) => set("language", v)} />
      <label className="grid gap-1">
        <span>Flag</span>
        <select value={filters.flag} onChange={(e) => set("flag", FLAGS.find((f) => f === e.target.value) ?? "")} className={input}>
          <option value="">any</option>
          <Options options={FLAGS.map((f) => ({ value: f, label: f.replace("-", " ") }))} />
        </select>
      </label>
      <p className="text-stone-700" aria-live="polite">
        {loading
          ? "Loading…"
          : `${films.length} film${films.length === 1 ? "" : "s"}${films.length > SHOWN ? ` (first ${SHOWN} shown)` : ""}`}
      </p>
      <ul aria-label="Films to place" className="grid max-h-[60vh] grid-cols-[minmax(0,1fr)] gap-1 overflow-auto pr-1">
        {films.slice(0, SHOWN).map((f) => (
          <FilmChip key={f.id} film={f} />
        ))}
      </ul>
    </aside>
  );
}

/** One of the catalogue's values, or any. */
function ChoiceField(props: { label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <label className="grid gap-1">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} className={input}>
        <option value="">any</option>
        <Options options={props.options} />
      </select>
    </label>
  );
}

/** Minutes, as the panel's runtime filters take them. */
function RuntimeField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="grid gap-1">
      <span>{label}</span>
      <input
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${input} w-20`}
        aria-describedby="runtime-unit"
      />
    </label>
  );
}

const FilmChip = memo(function FilmChip({ film }: { film: PanelFilm }) {
  const { handle, isDragging } = useDragHandle({
    id: `film:${film.id}`,
    data: { kind: "film", film: { id: film.id, title: film.title, displayTitle: film.displayTitle, runtimeMinutes: film.runtimeMinutes } },
  });
  return (
    <li>
      <button
        type="button"
        {...handle}
        aria-roledescription="draggable film"
        aria-label={`${film.displayTitle}, ${formatRuntime(film.runtimeMinutes)}${film.scheduled ? ", scheduled" : ""}`}
        data-film-id={film.id}
        className={`block w-full cursor-grab touch-none rounded border px-2 py-1 text-left ${isDragging ? "border-dashed opacity-50" : "border-stone-300 bg-stone-50 hover:bg-stone-100"}`}
      >
        <span className="font-medium">{film.displayTitle}</span>{" "}
        <span className="whitespace-nowrap text-stone-600">{formatRuntime(film.runtimeMinutes)}</span>
        {film.scheduled && <span className="ml-1 rounded bg-stone-200 px-1 text-xs">scheduled</span>}
        <FilmFlags flags={film.flags} className="ml-1 px-1 text-xs" />
      </button>
    </li>
  );
});
