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

/* ---------- keys ---------- */

export const queryKeys = {
  /** Everything of an edition's schedule: invalidating it reloads the board and every day view. */
  schedule: (slug: string) => ["slots", slug] as const,
  /** Every slot of the edition (the board: it needs them all to know which films are scheduled). */
  boardSlots: (slug: string) => ["slots", slug, "all"] as const,
  /** One festival day's slots (the list view). */
  daySlots: (slug: string, day: string) => ["slots", slug, day] as const,
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

const slotsPath = (slug: string) => `/api/v1/editions/${encodeURIComponent(slug)}/slots`;

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

export const slotsApi = {
  list: (slug: string, day?: string) => api<{ slots: SlotView[] }>(`${slotsPath(slug)}${day ? `?day=${day}` : ""}`).then((r) => r.slots),
  create: (slug: string, body: NewSlotBody) => api<SlotView>(slotsPath(slug), { method: "POST", body }),
  update: (slug: string, slotId: number, body: SlotTimesBody) => api<SlotView>(`${slotsPath(slug)}/${slotId}`, { method: "PATCH", body }),
  remove: (slug: string, slotId: number) => api<void>(`${slotsPath(slug)}/${slotId}`, { method: "DELETE" }),
  putScreening: (slug: string, slotId: number, body: ScreeningBody) =>
    api<ScreeningAnswer>(`${slotsPath(slug)}/${slotId}/screening`, { method: "PUT", body }),
  clearScreening: (slug: string, slotId: number, version?: number) =>
    api<void>(`${slotsPath(slug)}/${slotId}/screening${version !== undefined ? `?version=${version}` : ""}`, { method: "DELETE" }),
  moveScreening: (slug: string, fromSlotId: number, body: { toSlotId: number; version?: number }) =>
    api<MoveAnswer>(`${slotsPath(slug)}/${fromSlotId}/screening/move`, { method: "POST", body }),
  pattern: (slug: string, body: PatternBody) => api<{ slots: SlotView[] }>(`${slotsPath(slug)}/pattern`, { method: "POST", body }),
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

/* ---------- query options ---------- */

/** Every slot of the edition; the board adds its initial data and its polling. */
export const boardSlotsOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.boardSlots(slug), queryFn: () => slotsApi.list(slug), staleTime: 1_000 });

/** One festival day's slots, polled so two programmers see each other's changes. */
export const daySlotsOptions = (slug: string, day: string) =>
  queryOptions({ queryKey: queryKeys.daySlots(slug, day), queryFn: () => slotsApi.list(slug, day), refetchInterval: 5_000 });

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

/** Reading a pasted or uploaded catalogue text, without writing anything. */
export const importPreviewOptions = () => mutationOptions({ mutationFn: filmsApi.previewImport });

/** Importing it; every catalogue search reloads. */
export const importCommitOptions = () =>
  mutationOptions({
    mutationFn: filmsApi.commitImport,
    onSuccess: (_data, _vars, _result, { client }) => client.invalidateQueries({ queryKey: queryKeys.films() }),
  });
