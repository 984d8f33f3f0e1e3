/** The board's zoom: how many pixels an hour of real time takes, or the whole festival day in the space there is. */

/** "day": the whole festival day fits the grid's height; a number: pixels per hour. */
export type ZoomLevel = "day" | 30 | 60 | 90 | 120;

export const ZOOM_LEVELS: readonly ZoomLevel[] = ["day", 30, 60, 90, 120];

/** 1 h = 60 px: one pixel per minute, the board's first picture (and "whole day" before the grid is measured). */
export const DEFAULT_ZOOM: ZoomLevel = 60;

/** Never fewer pixels per minute than this, however long the day (a 26-hour day on a short screen). */
export const MIN_PX_PER_MINUTE = 0.25;

export function zoomLabel(level: ZoomLevel): string {
  return level === "day" ? "Whole day" : `1 h = ${level} px`;
}

/** A stored zoom read back (localStorage): the default when it is not a level. */
export function parseZoom(stored: string | null | undefined): ZoomLevel {
  return ZOOM_LEVELS.find((z) => String(z) === stored) ?? DEFAULT_ZOOM;
}

/**
 * Pixels per minute of real time at this zoom: `perHour / 60`, or for "day" the grid's
 * height left under the venue headers (`availablePx`) shared by the day's minutes
 * (`totalMinutes`), never below MIN_PX_PER_MINUTE.
 */
export function pxPerMinute(level: ZoomLevel, availablePx: number, totalMinutes: number): number {
  if (level !== "day") return level / 60;
  if (totalMinutes <= 0 || availablePx <= 0) return 1;
  return Math.max(MIN_PX_PER_MINUTE, availablePx / totalMinutes);
}
