"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { filmSearchOptions } from "@/components/queries";
import { ListTableHead } from "@/components/ui/TableHead";
import { displayTitle } from "@/lib/names";
import { formatRuntime } from "@/lib/runtime";
import { FilmFlags } from "./FilmFlags";

/** The catalogue with search (TanStack Query over GET /api/v1/films?q=). */
export function CatalogueList({ initialQuery }: { initialQuery: string }) {
  const [q, setQ] = useState(initialQuery);
  const deferred = useDeferredValue(q.trim());
  const films = useQuery(filmSearchOptions(deferred));
  return (
    <div className="grid gap-3">
      <search>
        <form action="/admin/films" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="catalogue-q" className="text-sm font-medium">
            Search titles and directors
          </label>
          <input
            id="catalogue-q"
            name="q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="mt-1 block w-full max-w-md rounded border border-stone-400 px-2 py-1.5"
          />
        </form>
      </search>
      {films.isError && (
        <p role="alert" className="text-red-800">
          Could not load the catalogue: {films.error.message}
        </p>
      )}
      <p className="text-sm text-stone-700" aria-live="polite">
        {films.data ? `${films.data.length} film${films.data.length === 1 ? "" : "s"}` : "Loading…"}
      </p>
      <table className="w-full border-collapse text-sm">
        <ListTableHead columns={["Title", "Directors", "Year", "Runtime", "Flags"]} />
        <tbody>
          {(films.data ?? []).map((f) => (
            <tr key={f.id} className="border-b border-stone-200" data-film-id={f.id}>
              <td className="py-1 pr-2">
                <Link href={`/admin/films/${f.id}`} className="underline">
                  {displayTitle(f)}
                </Link>
              </td>
              <td className="py-1 pr-2">{f.directors.join(", ")}</td>
              <td className="py-1 pr-2">{f.year ?? ""}</td>
              <td className="py-1 pr-2">{formatRuntime(f.runtimeMinutes)}</td>
              <td className="py-1 pr-2">
                <FilmFlags flags={f.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
