"use client";

import Link from "next/link";
import { Options } from "@/components/ui/FormControls";
import { TableHead } from "@/components/ui/TableHead";
import { FIELD_NAMES } from "@/lib/catalogue/model";
import type { PreviewEntry } from "@/server/services/catalogue-import";
import { quietButtonClass } from "./Field";
import { FilmFlags } from "./FilmFlags";

/** The programmer's choices for one entry of the preview. */
export interface Decision {
  skip?: boolean;
  duplicate?: "merge" | "keep-both";
  title?: string;
  runtimeMinutes?: string;
}

/** The decisions as the import's `decisions.entries`: only entries with a choice, edited fields as `film`. */
export function decisionsFor(decisions: Record<number, Decision>) {
  return Object.entries(decisions).map(([key, d]) => {
    const film: Record<string, unknown> = {};
    if (d.title !== undefined) film.title = d.title;
    if (d.runtimeMinutes !== undefined) film.runtimeMinutes = d.runtimeMinutes;
    return { index: Number(key), skip: d.skip, duplicate: d.duplicate, ...(Object.keys(film).length ? { film } : {}) };
  });
}

type Mapping = Record<string, string | null>;

/** A table's columns and the film field each is read into; read again with the programmer's choice. */
export function MappingFields({ mapping, onChange, onReread }: { mapping: Mapping; onChange: (m: Mapping) => void; onReread: () => void }) {
  return (
    <fieldset className="rounded border border-stone-300 p-2 text-sm">
      <legend className="font-medium">Columns</legend>
      <div className="flex flex-wrap gap-3">
        {Object.entries(mapping).map(([header, field]) => (
          <label key={header} className="grid gap-1">
            <span>{header}</span>
            <select
              value={field ?? ""}
              onChange={(e) => onChange({ ...mapping, [header]: e.target.value || null })}
              className="rounded border border-stone-400 px-1 py-0.5"
            >
              <option value="">(internal notes)</option>
              <Options options={FIELD_NAMES} />
            </select>
          </label>
        ))}
      </div>
      <button type="button" className={`${quietButtonClass} mt-2`} onClick={onReread}>
        Read again with these columns
      </button>
    </fieldset>
  );
}

type Decide = (update: (all: Record<number, Decision>) => Record<number, Decision>) => void;

/** Every entry read: import it or not, its title and runtime editable, what happens to it, the lines it came from. */
export function ImportEntries({
  entries,
  decisions,
  onDecide,
}: {
  entries: PreviewEntry[];
  decisions: Record<number, Decision>;
  onDecide: Decide;
}) {
  const set = (i: number, d: Partial<Decision>) => onDecide((all) => ({ ...all, [i]: { ...all[i], ...d } }));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <TableHead
          columns={["Import", "Title", "Directors", "Year", "Runtime (min)", "Section", "Rating", "Flags", "Action", "Lines"]}
          rowClassName="border-b border-stone-400 text-left"
          cellClassName="p-1"
        />
        <tbody>
          {entries.map((e) => (
            <EntryRow key={e.index} entry={e} decision={decisions[e.index] ?? {}} set={(d) => set(e.index, d)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EntryRow({ entry: e, decision: d, set }: { entry: PreviewEntry; decision: Decision; set: (d: Partial<Decision>) => void }) {
  const fixed = e.action === "same" || e.action === "duplicate-in-paste";
  const off = d.skip || fixed;
  return (
    <tr className={`border-b border-stone-200 align-top ${off ? "text-stone-500" : ""}`} data-entry={e.index}>
      <td className="p-1">
        <input
          type="checkbox"
          aria-label={`Import ${e.displayTitle}`}
          checked={!off}
          disabled={fixed}
          onChange={(ev) => set({ skip: !ev.target.checked })}
        />
      </td>
      <td className="p-1">
        <input
          aria-label={`Title of entry ${e.index + 1}`}
          value={d.title ?? e.film.title ?? ""}
          placeholder={e.displayTitle}
          onChange={(ev) => set({ title: ev.target.value })}
          className="w-56 rounded border border-stone-300 px-1"
        />
      </td>
      <td className="p-1">{e.film.directors.join(", ")}</td>
      <td className="p-1">{e.film.year ?? ""}</td>
      <td className="p-1">
        <input
          aria-label={`Runtime of entry ${e.index + 1}`}
          value={d.runtimeMinutes ?? e.film.runtimeMinutes?.toString() ?? ""}
          onChange={(ev) => set({ runtimeMinutes: ev.target.value })}
          className="w-16 rounded border border-stone-300 px-1"
        />
      </td>
      <td className="p-1">{e.film.section ?? ""}</td>
      <td className="p-1">{e.film.rating ?? ""}</td>
      <td className="p-1">
        <FilmFlags flags={e.film.flags} className="mr-1 px-1" />
      </td>
      <td className="p-1">
        <EntryAction entry={e} duplicate={d.duplicate} onDuplicate={(duplicate) => set({ duplicate })} />
      </td>
      <td className="p-1 whitespace-nowrap">
        <details>
          <summary>
            {e.sourceLines.from}–{e.sourceLines.to}
          </summary>
          <pre className="max-w-md whitespace-pre-wrap text-xs">{e.source}</pre>
        </details>
      </td>
    </tr>
  );
}

/** New, the same as a film of the catalogue, a repeat of an earlier entry, or a possible duplicate to merge or keep. */
function EntryAction({
  entry: e,
  duplicate,
  onDuplicate,
}: {
  entry: PreviewEntry;
  duplicate: Decision["duplicate"];
  onDuplicate: (d: "merge" | "keep-both") => void;
}) {
  const film = (
    <Link href={`/admin/films/${e.filmId}`} className="underline">
      film {e.filmId}
    </Link>
  );
  if (e.action === "new") return "new";
  if (e.action === "same") return <>same as {film}</>;
  if (e.action === "duplicate-in-paste") return `repeats entry ${(e.ofIndex ?? 0) + 1}`;
  if (e.action !== "possible-duplicate") return null;
  return (
    <label>
      possible duplicate of {film}:{" "}
      <select
        value={duplicate ?? "merge"}
        onChange={(ev) => onDuplicate(ev.target.value === "keep-both" ? "keep-both" : "merge")}
        className="rounded border border-stone-300"
      >
        <option value="merge">merge</option>
        <option value="keep-both">keep both</option>
      </select>
    </label>
  );
}
