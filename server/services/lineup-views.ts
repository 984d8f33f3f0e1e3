/**
 * The answer of a write that changes many slots of one lineup (the working one or a
 * scenario's, issue 16): the changed slots' views with their fit, and the conflicts that
 * name them, judged among the lineup's slots around them.
 */
import type { DB } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmNamesByIds } from "@/db/queries/films";
import { getPeopleByIds } from "@/db/queries/people";
import * as q from "@/db/queries/schedule";
import { listWalkingMinutes } from "@/db/queries/walking";
import type { BoardScreening, BoardSlot } from "@/lib/board";
import { conflictsTouching } from "@/lib/conflicts";
import type { Conflict, Edition, FitResult, Slot } from "@/lib/types";
import { walkLookup } from "@/lib/walking";
import { slotViews } from "./schedule-state";

/** What copying a day or swapping venues answers. */
export interface LineupChange {
  slots: BoardSlot[];
  screenings: BoardScreening[];
  fit: ({ slotId: number } & FitResult)[];
  conflicts: Conflict[];
}

const DAY_MS = 86_400_000;

/** The views of `changed` (slots of one lineup), each judged among that lineup's slots a day either side. */
export function changeViews(
  db: DB,
  edition: Edition,
  changed: readonly Pick<Slot, "id" | "startsAt">[],
  scenarioId: number | null,
): LineupChange {
  if (!changed.length) return { slots: [], screenings: [], fit: [], conflicts: [] };
  const starts = changed.map((s) => s.startsAt.getTime());
  const from = new Date(Math.min(...starts) - 2 * DAY_MS);
  const to = new Date(Math.max(...starts) + 2 * DAY_MS);
  const slots = q.listSlotsStarting(db, edition.id, from, to, undefined, undefined, scenarioId);
  const screenings = q.listScreeningsStarting(db, edition.id, from, to, undefined, undefined, scenarioId);
  const films = new Map(getFilmNamesByIds(db, [...new Set(screenings.flatMap((s) => s.filmIds))]).map((f) => [f.id, f]));
  const people = new Map(
    getPeopleByIds(db, [...new Set(screenings.flatMap((s) => s.guests.map((g) => g.personId)))]).map((p) => [p.id, p]),
  );
  const walking = listWalkingMinutes(db, edition.id);
  const walk = walkLookup(walking);
  const state = { edition, venues: listVenues(db, edition.id), slots, screenings, films, people, walking };
  const ids = new Set(changed.map((s) => s.id));
  const conflicts = conflictsTouching({ ...state, walkingMinutes: (a, b) => walk(a, b) ?? 0 }, ids);
  const views = slotViews({ ...state, slots: slots.filter((s) => ids.has(s.id)) }, conflicts);
  views.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.venueId - b.venueId || a.id - b.id);
  return {
    slots: views,
    screenings: views.flatMap((v) => (v.screening ? [v.screening] : [])),
    fit: views.flatMap((v) => (v.fit ? [{ slotId: v.id, ...v.fit }] : [])),
    conflicts,
  };
}
