"use client";

import { DragOverlay, type UniqueIdentifier } from "@dnd-kit/core";
import { useMemo } from "react";
import type { SlotView } from "@/lib/board";
import { conflictSlots } from "@/lib/conflict-words";
import { formatRuntime } from "@/lib/runtime";
import type { PanelFilm } from "./FilmPanel";
import { type SlotActions, SlotDetails } from "./SlotDetails";
import type { ActiveDrag, BoardVenue } from "./types";
import type { BoardModel } from "./useBoardModel";
import type { SlotSelection } from "./useSlotSelection";

/** The right-hand column: the selected slot's details, or how to select one. */
export function BoardSide({
  selection,
  slots,
  model,
  timeZone,
  films,
  actions,
  edition,
  scenarioId = null,
  venues,
}: {
  edition: string;
  /** The lineup the conflicts' links stay in (a scenario's id; null: the working lineup). */
  scenarioId?: number | null;
  venues: BoardVenue[];
  selection: SlotSelection;
  slots: SlotView[];
  model: BoardModel;
  timeZone: string;
  films: PanelFilm[];
  actions: SlotActions;
}) {
  const selected = selection.selectedId !== null ? model.slotById.get(selection.selectedId) : undefined;
  const place = useMemo(
    () => ({ edition, timeZone, known: conflictSlots(slots, venues), scenarioId }),
    [edition, timeZone, slots, venues, scenarioId],
  );
  return (
    <div className="grid content-start gap-3">
      {selected ? (
        <SlotDetails
          key={selected.id}
          ref={selection.heading}
          slot={selected}
          slots={slots}
          daySlots={model.daySlots}
          venueName={model.venueName}
          timeZone={timeZone}
          films={films}
          actions={actions}
          onClose={selection.close}
          place={place}
        />
      ) : (
        <p className="rounded border border-stone-300 bg-white p-3 text-sm text-stone-700">
          Select a slot (click, or Enter on it) to change its status, move it, or see what fits an empty one. Drag down an empty column to
          draw a new slot.
        </p>
      )}
    </div>
  );
}

/** The card under the pointer while a film or a screening is dragged. */
export function DraggedCard({ active, nameOf }: { active: ActiveDrag | null; nameOf: (id: UniqueIdentifier) => string }) {
  const card = "w-44 rounded border border-blue-700 bg-white px-2 py-1 text-sm shadow-lg";
  return (
    <DragOverlay dropAnimation={null}>
      {active?.kind === "film" ? (
        <div className={card}>
          {active.film.displayTitle} <span className="whitespace-nowrap text-stone-600">{formatRuntime(active.film.runtimeMinutes)}</span>
        </div>
      ) : active?.kind === "screening" ? (
        <div className={card}>{nameOf(`screening:${active.slotId}`)}</div>
      ) : null}
    </DragOverlay>
  );
}
