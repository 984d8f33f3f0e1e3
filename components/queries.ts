/**
 * The programmers' area's data: every TanStack Query key, the queryOptions of every
 * query and mutation, and the typed calls of every /api/v1 endpoint the client components write to.
 * Components take keys and options from here, never write a key themselves.
 */
import { keepPreviousData, mutationOptions, queryOptions } from "@tanstack/react-query";
import { api } from "@/components/api";
import type { ScreeningView, SlotView } from "@/lib/board";
import type { Conflict, Film, FitResult, Person, ScreeningDetails, ScreeningStatus } from "@/lib/types";
import type { ImportPreview, ImportResult } from "@/server/services/catalogue-import";
import type { DraftAnswer } from "@/server/services/draft";
import type { ScenarioView } from "@/server/services/scenarios";

/* ---------- keys ---------- */

export const queryKeys = {
  /** Everything of an edition's schedule: invalidating it reloads the board and every day view. */
  schedule: (slug: string) => ["slots", slug] as const,
  /** Every slot of the edition's lineup (the board: it needs them all to know which films are scheduled). */
  boardSlots: (slug: string, scenarioId: ScenarioId = null) => ["slots", slug, "all", scenarioId ?? "working"] as const,
  /** One festival day's slots of a lineup (the list view). */
  daySlots: (slug: string, day: string, scenarioId: ScenarioId = null) => ["slots", slug, day, scenarioId ?? "working"] as const,
  /** The edition's scenarios (the switcher, the scenarios page). */
  scenarios: (slug: string) => ["scenarios", slug] as const,
  /** Every catalogue search. */
  films: () => ["films"] as const,
  filmSearch: (q: string) => ["films", q] as const,
  /** One film by id (a screening form reads its chosen films' languages). */
  film: (id: number) => ["films", "id", id] as const,
  /** Every guest (people are shared by every edition). */
  people: () => ["people"] as const,
};

/** The board's one mutation at a time (a drag, an undo...). */
export const boardMutationKey = (slug: string) => ["board", slug] as const;

/* ---------- the endpoints ---------- */

/** A lineup: null for the working lineup, else a scenario's id (`?scenario=` on every slot route). */
export type ScenarioId = number | null;

/** `path` with its query: the parameters given and `scenario` when in a scenario. */
function withQuery(path: string, scenarioId: ScenarioId, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  if (scenarioId !== null) q.set("scenario", String(scenarioId));
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}

const slotsPath = (slug: string, scenarioId: ScenarioId, rest = "", params: Record<string, string | number | undefined> = {}) =>
  withQuery(`/api/v1/editions/${encodeURIComponent(slug)}/slots${rest}`, scenarioId, params);

export interface NewSlotBody {
  venueId: number;
  startsAt: string;
  endsAt: string;
}
interface SlotTimesBody {
  startsAt?: string;
  endsAt?: string;
  /** A hold's private note; null releases it. */
  holdNote?: string | null;
  version?: number;
}
export interface ScreeningBody extends Partial<ScreeningDetails> {
  filmIds: number[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
  /** The version read; refused with 409 stale_version if the screening changed since. */
  version?: number;
  /** Refused with 409 if the slot holds a screening by now. */
  ifEmpty?: boolean;
}
export interface PatternBody {
  venueId: number;
  times: string[];
  minutes: number;
  days?: string[];
}
/** PUT .../screening answers the screening as saved, its fit and the slot's conflicts. */
export interface ScreeningAnswer {
  screening: ScreeningView;
  fit: FitResult;
  conflicts: Conflict[];
}
export interface MoveAnswer {
  from: SlotView;
  to: SlotView;
}

/** What copying a day or swapping venues answers: the slots made or changed, their screenings, fit and conflicts. */
export interface LineupChangeAnswer {
  slots: SlotView[];
  screenings: ScreeningView[];
  fit: ({ slotId: number } & FitResult)[];
  conflicts: Conflict[];
}
export interface CopyDayBody {
  toDay: string;
  venueIds?: number[];
  withScreenings: boolean;
}

const editionPath = (slug: string) => `/api/v1/editions/${encodeURIComponent(slug)}`;

/** The slot routes of one lineup: each call's last argument is the scenario (null or absent: the working lineup). */
export const slotsApi = {
  list: (slug: string, day?: string, scenarioId: ScenarioId = null) =>
    api<{ slots: SlotView[] }>(slotsPath(slug, scenarioId, "", { day })).then((r) => r.slots),
  create: (slug: string, body: NewSlotBody, scenarioId: ScenarioId = null) =>
    api<SlotView>(slotsPath(slug, scenarioId), { method: "POST", body }),
  update: (slug: string, slotId: number, body: SlotTimesBody, scenarioId: ScenarioId = null) =>
    api<SlotView>(slotsPath(slug, scenarioId, `/${slotId}`), { method: "PATCH", body }),
  remove: (slug: string, slotId: number, scenarioId: ScenarioId = null) =>
    api<void>(slotsPath(slug, scenarioId, `/${slotId}`), { method: "DELETE" }),
  putScreening: (slug: string, slotId: number, body: ScreeningBody, scenarioId: ScenarioId = null) =>
    api<ScreeningAnswer>(slotsPath(slug, scenarioId, `/${slotId}/screening`), { method: "PUT", body }),
  clearScreening: (slug: string, slotId: number, version?: number, scenarioId: ScenarioId = null) =>
    api<void>(slotsPath(slug, scenarioId, `/${slotId}/screening`, { version }), { method: "DELETE" }),
  moveScreening: (slug: string, fromSlotId: number, body: { toSlotId: number; version?: number }, scenarioId: ScenarioId = null) =>
    api<MoveAnswer>(slotsPath(slug, scenarioId, `/${fromSlotId}/screening/move`), { method: "POST", body }),
  pattern: (slug: string, body: PatternBody, scenarioId: ScenarioId = null) =>
    api<{ slots: SlotView[] }>(slotsPath(slug, scenarioId, "/pattern"), { method: "POST", body }),
  copyDay: (slug: string, day: string, body: CopyDayBody, scenarioId: ScenarioId = null) =>
    api<LineupChangeAnswer>(withQuery(`${editionPath(slug)}/days/${day}/copy`, scenarioId), { method: "POST", body }),
  undoCopy: (
    slug: string,
    toDay: string,
    body: { slots: { id: number; version: number; screeningVersion: number | null }[] },
    scenarioId: ScenarioId = null,
  ) => api<{ deleted: number }>(withQuery(`${editionPath(slug)}/days/${toDay}/copy/undo`, scenarioId), { method: "POST", body }),
  swapVenues: (slug: string, body: { day: string; venueA: number; venueB: number }, scenarioId: ScenarioId = null) =>
    api<LineupChangeAnswer & { mode: "screenings" | "slots" }>(withQuery(`${editionPath(slug)}/venues/swap`, scenarioId), {
      method: "POST",
      body,
    }),
};

/** A scenario as GET .../scenarios lists it. */
export type ScenarioSummary = ScenarioView;

const scenariosPath = (slug: string, rest = "") => `/api/v1/editions/${encodeURIComponent(slug)}/scenarios${rest}`;

/** The scenario routes (issue 16). */
export const scenariosApi = {
  list: (slug: string) => api<{ scenarios: ScenarioSummary[] }>(scenariosPath(slug)).then((r) => r.scenarios),
  create: (slug: string, body: { name: string; from: "current" | "empty" | number }) =>
    api<ScenarioSummary>(scenariosPath(slug), { method: "POST", body }),
  rename: (slug: string, id: number, body: { name: string; version: number }) =>
    api<ScenarioSummary>(scenariosPath(slug, `/${id}`), { method: "PATCH", body }),
  remove: (slug: string, id: number) => api<void>(scenariosPath(slug, `/${id}`), { method: "DELETE" }),
  promote: (slug: string, id: number, version: number) =>
    api<{ kept: { id: number; name: string; version: number } }>(scenariosPath(slug, `/${id}/promote`), {
      method: "POST",
      body: { version },
    }),
};

/** Entries of the import preview per page (the API sends one page at a time). */
const IMPORT_PAGE = 100;

interface ImportBody {
  text: string;
  fileName?: string;
  mapping?: Record<string, string | null>;
  decisions?: { mapping?: Record<string, string | null>; entries: unknown[] };
}

const filmsApi = {
  get: (id: number) => api<Film>(`/api/v1/films/${id}`),
  search: (q: string) => api<{ films: Film[] }>(`/api/v1/films?q=${encodeURIComponent(q)}&limit=500`).then((r) => r.films),
  previewImport: ({ offset = 0, ...body }: ImportBody & { offset?: number }) =>
    api<ImportPreview>(`/api/v1/films/import?dryRun=true&offset=${offset}&limit=${IMPORT_PAGE}`, { method: "POST", body }),
  commitImport: (body: ImportBody) => api<ImportResult>(`/api/v1/films/import?limit=${IMPORT_PAGE}`, { method: "POST", body }),
};

/** A person as the API sends them (instants as ISO text). */
type PersonAnswer = Omit<Person, "availability"> & { availability: { from: string; to: string }[] };

const peopleApi = {
  list: () => api<{ people: PersonAnswer[] }>("/api/v1/people").then((r) => r.people),
};

/** The automatic draft of a scenario (issue 16 §2) and its undo. */
export interface DraftBody {
  films: { filmId: number; screenings: number; venueIds?: number[]; days?: string[]; notBefore?: string; notAfter?: string }[];
  rules?: Partial<Record<"maxPerFilmPerDay" | "minDaysBetweenScreenings" | "preShowMinutes" | "introMinutes" | "qaMinutes", number>>;
  timeLimitSeconds?: number;
}
const draftPath = (slug: string, scenarioId: number) => `/api/v1/editions/${encodeURIComponent(slug)}/scenarios/${scenarioId}/draft`;
const draftApi = {
  run: ({ slug, scenarioId, body }: { slug: string; scenarioId: number; body: DraftBody }) =>
    api<DraftAnswer>(draftPath(slug, scenarioId), { method: "POST", body }),
  undo: ({ slug, scenarioId, screeningIds }: { slug: string; scenarioId: number; screeningIds: number[] }) =>
    api<{ removed: number }>(`${draftPath(slug, scenarioId)}/undo`, { method: "POST", body: { screeningIds } }),
};

/* ---------- query options ---------- */

/** Every slot of the edition; the board adds its initial data and its polling. */
export const boardSlotsOptions = (slug: string, scenarioId: ScenarioId = null) =>
  queryOptions({
    queryKey: queryKeys.boardSlots(slug, scenarioId),
    queryFn: () => slotsApi.list(slug, undefined, scenarioId),
    staleTime: 1_000,
  });

/** One festival day's slots, polled so two programmers see each other's changes. */
export const daySlotsOptions = (slug: string, day: string, scenarioId: ScenarioId = null) =>
  queryOptions({
    queryKey: queryKeys.daySlots(slug, day, scenarioId),
    queryFn: () => slotsApi.list(slug, day, scenarioId),
    refetchInterval: 5_000,
  });

/** The catalogue search (GET /api/v1/films?q=), keeping the last result on screen while the next loads. */
export const filmSearchOptions = (q: string) =>
  queryOptions({ queryKey: queryKeys.filmSearch(q), queryFn: () => filmsApi.search(q), placeholderData: keepPreviousData });

/** One film, to show a screening form what its chosen films say (languages, subtitles). */
export const filmOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.film(id), queryFn: () => filmsApi.get(id), staleTime: 60_000 });

/** Every guest, to choose a screening's guests from. */
export const peopleOptions = () => queryOptions({ queryKey: queryKeys.people(), queryFn: peopleApi.list, staleTime: 10_000 });

/* ---------- mutation options ---------- */

/** A write to the edition's schedule (the list view's forms); every view of the schedule reloads once it has settled. */
export const scheduleMutationOptions = <TData, TVars>(slug: string, mutationFn: (vars: TVars) => Promise<TData>) =>
  mutationOptions({
    mutationFn,
    onSettled: (_data, _error, _vars, _result, { client }) => client.invalidateQueries({ queryKey: queryKeys.schedule(slug) }),
  });

/** Running a scenario's draft, and undoing it: every view of the schedule reloads once it has settled. */
export const draftRunOptions = (slug: string) => scheduleMutationOptions(slug, draftApi.run);
export const draftUndoOptions = (slug: string) => scheduleMutationOptions(slug, draftApi.undo);

/** Reading a pasted or uploaded catalogue text, without writing anything. */
export const importPreviewOptions = () => mutationOptions({ mutationFn: filmsApi.previewImport });

/** Importing it; every catalogue search reloads. */
export const importCommitOptions = () =>
  mutationOptions({
    mutationFn: filmsApi.commitImport,
    onSuccess: (_data, _vars, _result, { client }) => client.invalidateQueries({ queryKey: queryKeys.films() }),
  });
