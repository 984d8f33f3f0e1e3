"use client";

import { useCallback, useMemo } from "react";
import { slotName } from "@/components/admin/format";
import { boardWindow, gridMinutes, hourMarks, instantAt, layOutSlots, pxPerMinute, type SlotView, type ZoomLevel } from "@/lib/board";
import { type BoardEdition, type BoardVenue, HEADER } from "./types";

/**
 * What the board draws, derived from the edition's slots: the day's window and the grid's length
 * (stretched to the latest end), hour marks, the day's slots in start order and their boxes,
 * lookups by id, how a slot is named in sentences ("Cinema 1 at 20:30"), and the zoom's
 * pixels per minute (`gridHeight`: the grid's height on screen, for "whole day").
 */
export function useBoardModel(
  edition: BoardEdition,
  venues: BoardVenue[],
  day: string,
  slots: SlotView[],
  zoom: { level: ZoomLevel; gridHeight: number },
) {
  const tz = edition.timeZone;
  const win = useMemo(() => boardWindow(day, tz, edition.dayBreak), [day, tz, edition.dayBreak]);
  const daySlots = useMemo(
    () => slots.filter((s) => s.festivalDay === day).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id),
    [slots, day],
  );
  const venueById = useMemo(() => new Map(venues.map((v) => [v.id, v])), [venues]);
  const venueName = useCallback((id: number) => venueById.get(id)?.name ?? `Venue ${id}`, [venueById]);
  const total = useMemo(
    () =>
      gridMinutes(
        win,
        daySlots.map((s) => ({ endsAt: s.endsAt, changeoverMinutes: venueById.get(s.venueId)?.changeoverMinutes ?? 0 })),
      ),
    [win, daySlots, venueById],
  );
  const marks = useMemo(() => hourMarks({ start: win.start, end: instantAt(win, total) }, tz), [win, total, tz]);
  const slotById = useMemo(() => new Map(slots.map((s) => [s.id, s])), [slots]);
  const scheduled = useMemo(() => new Set(slots.flatMap((s) => s.screening?.filmIds ?? [])), [slots]);
  // The whole day fits under the venue headers (less a scrollbar's height).
  const px = pxPerMinute(zoom.level, zoom.gridHeight - HEADER - 16, total);
  const boxes = useMemo(() => layOutSlots(win, daySlots, venues, px), [win, daySlots, venues, px]);
  const where = useCallback((s: SlotView) => slotName(s, venueName(s.venueId), tz), [venueName, tz]);
  return { win, daySlots, venueName, total, marks, slotById, scheduled, boxes, where, px };
}

export type BoardModel = ReturnType<typeof useBoardModel>;
