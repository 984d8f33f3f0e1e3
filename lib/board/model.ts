/** The board's picture of a slot (structurally the API's SlotView) and its constants. */
import type { Conflict, FitResult, ScreeningDetails, ScreeningStatus } from "@/lib/types";

export const SNAP_MINUTES = 5;
/** Undo keeps at least this many steps. */
export const HISTORY_LIMIT = 50;
/** The smallest slot the board draws or resizes to. */
export const MIN_SLOT_MINUTES = 5;

/* ---------- the board's picture of a slot (structurally the API's SlotView) ---------- */

export interface BoardFilm {
  id: number;
  title: string | null;
  displayTitle: string;
  runtimeMinutes: number | null;
}

export interface BoardScreening extends ScreeningDetails {
  id: number;
  filmIds: number[];
  films: BoardFilm[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
  version: number;
}

export interface BoardSlot {
  id: number;
  venueId: number;
  /** ISO 8601 in the edition's offset */
  startsAt: string;
  endsAt: string;
  minutes: number;
  festivalDay: string;
  version: number;
  /** A hold's private note (never public); a held slot takes no screening until released. */
  holdNote?: string | null;
  screening: BoardScreening | null;
  fit: FitResult | null;
  conflicts: Conflict[];
}

/** The API's names for the board's picture: GET /api/v1/editions/{slug}/slots lists SlotViews. */
export type SlotView = BoardSlot;
export type ScreeningView = BoardScreening;
