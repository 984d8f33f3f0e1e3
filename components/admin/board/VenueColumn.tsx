"use client";

import { useDraggable } from "@dnd-kit/core";
import { type BoardVenue, HEADER } from "./types";

/** A venue's column: a header, and a background on which dragging draws a new slot. */
export function VenueColumn({
  venue,
  height,
  px,
  drawing,
  children,
}: {
  venue: BoardVenue;
  height: number;
  px: number;
  drawing: { start: number; end: number } | null;
  children: React.ReactNode;
}) {
  const { listeners, setNodeRef } = useDraggable({ id: `draw:${venue.id}`, data: { kind: "draw", venueId: venue.id } });
  return (
    <section
      aria-label={venue.name}
      className="relative min-w-0 border-l border-stone-200"
      style={{ height: HEADER + height }}
      data-venue-id={venue.id}
    >
      <h3 className="sticky top-0 z-20 flex h-10 flex-col justify-center overflow-hidden border-b border-stone-300 bg-white px-2 text-sm font-semibold leading-tight whitespace-nowrap">
        {venue.name}
        <span className="text-[11px] font-normal text-stone-600">changeover {venue.changeoverMinutes} min</span>
      </h3>
      <div className="relative" style={{ height }}>
        <div
          ref={setNodeRef}
          {...listeners}
          className="absolute inset-0 cursor-crosshair touch-none"
          data-testid="draw-layer"
          aria-hidden="true"
        />
        {drawing && (
          <div
            className="pointer-events-none absolute inset-x-1 z-20 rounded border-2 border-dashed border-blue-700 bg-blue-50/70 text-xs text-blue-900"
            style={{ top: drawing.start * px, height: (drawing.end - drawing.start) * px }}
            data-testid="draw-preview"
          >
            {drawing.end - drawing.start} min
          </div>
        )}
        {children}
      </div>
    </section>
  );
}
