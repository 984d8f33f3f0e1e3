"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { filmSearchOptions } from "@/components/queries";
import { displayTitle } from "@/lib/names";
import { emptyFilters, type FilmFilters, filterChoices, filterFilms, type PanelFilm } from "./FilmPanel";

/** The film panel's list: the catalogue search (as the programmer types, deferred) narrowed by the filters. */
export function usePanelFilms(scheduled: Set<number>) {
  const [filters, setFilters] = useState<FilmFilters>(emptyFilters);
  const q = useDeferredValue(filters.q.trim());
  const query = useQuery(filmSearchOptions(q));
  const all: PanelFilm[] = useMemo(
    () =>
      (query.data ?? []).map((f) => ({
        id: f.id,
        title: f.title,
        displayTitle: displayTitle(f),
        runtimeMinutes: f.runtimeMinutes,
        flags: f.flags,
        year: f.year,
        scheduled: scheduled.has(f.id),
        section: f.section,
        languages: f.languages,
      })),
    [query.data, scheduled],
  );
  const films = useMemo(() => filterFilms(all, filters), [all, filters]);
  const choices = useMemo(() => filterChoices(all), [all]);
  return { films, choices, filters, onFilters: setFilters, loading: query.isLoading };
}
