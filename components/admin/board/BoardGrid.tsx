"use client";

import type { RefObject } from "react";
import { type DropPlan, type HourMark, type LaidOutBox, minutesFrom, type SlotView } from "@/lib/board";
import { SlotBox } from "./SlotBox";
import { type BoardVenue, GUTTER, HEADER, MIN_COLUMN } from "./types";
import type { BoardModel } from "./useBoardModel";
import type { SlotSelection } from "./useSlotSelection";
import { VenueColumn } from "./VenueColumn";

/** While dragging: the drop's plan over a slot, a slot's new end, a new slot's range. */
export interface DragPreviews {
  overSlot: number | null;
  plan: DropPlan | null;
  resize: { slotId: number; endsAt: Date; minutes: number } | null;
  drawing: { venueId: number; range: { start: number; end: number } | null } | null;
  /** A dragged screening's guests: when any of them is away (shaded). */
  away: { bands: { start: number; end: number }[]; who: string } | null;
}

/** The grid: time down the side in the festival's zone, a column per venue, each slot at its real start and length. */
export function BoardGrid({
  venues,
  model,
  timeZone,
  scroller,
  previews,
  selection,
}: {
  venues: BoardVenue[];
  model: BoardModel;
  timeZone: string;
  scroller: RefObject<HTMLDivElement | null>;
  previews: DragPreviews;
  selection: Pick<SlotSelection, "selectedId" | "select">;
}) {
  const px = model.px;
  const height = model.total * px;
  return (
    <div
      ref={scroller}
      className="relative h-[calc(100vh-9rem)] min-h-96 overflow-auto rounded border border-stone-300 bg-white"
      data-testid="board-grid"
    >
      {/* The venues share the width there is; past MIN_COLUMN each, the grid scrolls sideways. */}
      <div
        className="relative grid"
        style={{ gridTemplateColumns: `${GUTTER}px repeat(${venues.length}, minmax(${MIN_COLUMN}px, 1fr))`, height: HEADER + height }}
      >
        <HourLines marks={model.marks} height={height} px={px} />
        {previews.away?.bands.map((b) => (
          <div
            key={b.start}
            aria-hidden="true"
            data-testid="guest-away"
            title={`Not at the festival: ${previews.away?.who}`}
            className="pointer-events-none absolute right-0 z-20 bg-red-900/15 bg-[repeating-linear-gradient(-45deg,rgba(127,29,29,.18)_0_6px,transparent_6px_12px)]"
            style={{ left: GUTTER, top: HEADER + b.start * px, height: (b.end - b.start) * px }}
          >
            <span className="sticky top-10 m-1 inline-block rounded bg-red-800 px-1 text-[11px] text-white">
              Away: {previews.away?.who}
            </span>
          </div>
        ))}
        <HourGutter marks={model.marks} height={height} timeZone={timeZone} px={px} />
        {venues.map((v) => (
          <VenueColumn
            key={v.id}
            venue={v}
            height={height}
            px={px}
            drawing={previews.drawing?.venueId === v.id ? previews.drawing.range : null}
          >
            {model.daySlots
              .filter((s) => s.venueId === v.id)
              .map((s) => {
                const box = model.boxes.get(s.id);
                return box ? (
                  <PlacedSlot
                    key={s.id}
                    slot={s}
                    venue={v}
                    box={box}
                    model={model}
                    timeZone={timeZone}
                    previews={previews}
                    selected={selection.selectedId === s.id}
                    onSelect={selection.select}
                  />
                ) : null;
              })}
          </VenueColumn>
        ))}
      </div>
    </div>
  );
}

/** Hour lines across every column. */
function HourLines({ marks, height, px }: { marks: HourMark[]; height: number; px: number }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-x-0" style={{ top: HEADER, height }}>
      {marks.map((m) => (
        <div key={m.offset} className="absolute inset-x-0 border-t border-stone-200" style={{ top: m.offset * px }} />
      ))}
    </div>
  );
}

/** The hours down the side, in the festival's zone; the UTC offset where the clocks change. */
function HourGutter({ marks, height, timeZone, px }: { marks: HourMark[]; height: number; timeZone: string; px: number }) {
  return (
    <div className="sticky left-0 z-30 border-r border-stone-200 bg-white" style={{ width: GUTTER, height: HEADER + height }}>
      <div className="sticky top-0 z-10 h-10 border-b border-stone-300 bg-white" aria-hidden="true" />
      <ol aria-label={`Hours in ${timeZone}`} className="relative" style={{ height }}>
        {marks.map((m) => (
          <li
            key={m.offset}
            className="absolute right-1 -translate-y-2 text-right text-[11px] text-stone-600"
            style={{ top: m.offset * px }}
            title={`UTC${m.utcOffset}`}
            data-testid="hour-mark"
          >
            {m.label}
            {m.offsetChanged && <span className="block text-[9px] text-indigo-800">{m.utcOffset}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A slot on its column, with the hatched changeover band after it (following a resize as it is dragged). */
function PlacedSlot({
  slot,
  venue,
  box,
  model,
  timeZone,
  previews,
  selected,
  onSelect,
}: {
  slot: SlotView;
  venue: BoardVenue;
  box: LaidOutBox;
  model: BoardModel;
  timeZone: string;
  previews: DragPreviews;
  selected: boolean;
  onSelect: (id: number, viaKeyboard: boolean) => void;
}) {
  const resize = previews.resize?.slotId === slot.id ? previews.resize : null;
  return (
    <div>
      {venue.changeoverMinutes > 0 && (
        <div
          aria-hidden="true"
          data-testid="changeover"
          title={`${venue.changeoverMinutes} min changeover`}
          className="pointer-events-none absolute inset-x-1 z-0"
          style={{
            top: resize ? minutesFrom(model.win, resize.endsAt) * model.px : box.changeoverTop,
            height: box.changeoverHeight,
            backgroundImage: "repeating-linear-gradient(45deg, rgba(120,113,108,.35) 0 4px, transparent 4px 8px)",
          }}
        />
      )}
      <SlotBox
        slot={slot}
        venueName={venue.name}
        timeZone={timeZone}
        top={box.top}
        height={resize ? resize.minutes * model.px : box.height}
        lane={box.lane}
        selected={selected}
        preview={previews.overSlot === slot.id ? previews.plan : null}
        resizeMinutes={resize ? resize.minutes : null}
        onSelect={onSelect}
      />
    </div>
  );
}
