/** The board's props and its drag state, shared by its components and hooks. */
import type { BoardFilm } from "@/lib/board";

export interface BoardEdition {
  slug: string;
  name: string;
  timeZone: string;
  dayBreak: string;
  firstDay: string;
  lastDay: string;
  /** The lineup shown: a scenario's id, or null/absent for the working lineup (issue 16). */
  scenarioId?: number | null;
}

export interface BoardVenue {
  id: number;
  name: string;
  changeoverMinutes: number;
}

/** What is being dragged: a film from the panel, a screening, a slot's end, or a new slot drawn on a column. */
export type ActiveDrag =
  | { kind: "film"; film: BoardFilm }
  | { kind: "screening"; slotId: number }
  | { kind: "resize"; slotId: number }
  | { kind: "draw"; venueId: number; startPx: number };

/** The venue headers' height, the hour gutter's width and a venue column's narrowest width, in pixels. */
export const HEADER = 40;
export const GUTTER = 64;
export const MIN_COLUMN = 180;
