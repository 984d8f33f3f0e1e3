"use client";

import { useDroppable } from "@dnd-kit/core";
import { memo } from "react";
import { titlesOf, toneClass } from "@/components/admin/format";
import { askSentence, asksOnDrop, type BoardScreening, type DropPlan, type SlotView } from "@/lib/board";
import { fitBadge } from "@/lib/fit";
import { clockOf } from "@/lib/slot-times";
import type { Conflict } from "@/lib/types";
import { useDragHandle } from "./dnd";

interface SlotBoxProps {
  slot: SlotView;
  venueName: string;
  timeZone: string;
  top: number;
  height: number;
  lane: number;
  selected: boolean;
  /** While something is dragged over this slot: would the drop be made, with the arithmetic. */
  preview: DropPlan | null;
  /** While the bottom edge is dragged: the new length. */
  resizeMinutes: number | null;
  onSelect: (id: number, viaKeyboard: boolean) => void;
}

/** One slot on the grid: a drop target holding a draggable screening and a resize handle. */
export const SlotBox = memo(function SlotBox({
  slot,
  venueName,
  timeZone,
  top,
  height,
  lane,
  selected,
  preview,
  resizeMinutes,
  onSelect,
}: SlotBoxProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `slot:${slot.id}`, data: { slotId: slot.id }, disabled: slot.id < 0 });
  const start = clockOf(slot.startsAt, timeZone);
  const end = clockOf(slot.endsAt, timeZone);
  const s = slot.screening;
  const badge = fitBadge(slot.fit);
  return (
    <article
      ref={setNodeRef}
      aria-label={slotLabel(slot, venueName, start, end)}
      aria-current={selected ? "true" : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a slot is selected from the keyboard (Enter/Space); it holds buttons, so it cannot be one
      tabIndex={0}
      data-slot-id={slot.id}
      data-testid="board-slot"
      onClick={() => onSelect(slot.id, false)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || e.defaultPrevented) return;
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(slot.id, true);
        }
      }}
      style={{ top, height: resizeMinutes !== null ? Math.max(height, 4) : height, left: 4 + lane * 14, right: 4 }}
      className={`@container absolute z-10 overflow-hidden rounded border-2 px-1.5 py-0.5 text-xs shadow-sm ${selected ? "ring-2 ring-blue-700" : ""} ${slotTone(
        slot,
        isOver && preview ? (asksOnDrop(preview, slot) ? "ask" : preview.ok) : null,
      )} ${s?.status === "tentative" ? "border-dashed" : ""} ${slot.id < 0 ? "opacity-60" : ""}`}
    >
      {/* The first line carries the times, the length, the conflicts and the fit badge: never under the resize handle. */}
      <p className="flex flex-wrap items-center gap-x-1 font-semibold whitespace-nowrap">
        <span>
          {start}–{end}
        </span>
        {/* In a narrow column the length gives way to the badge (the times say it, and so does the slot's name). */}
        <span className="hidden font-normal text-stone-600 @[13rem]:inline">{slot.minutes} min</span>
        {slot.conflicts.length > 0 && <ConflictMarker conflicts={slot.conflicts} />}
        {slot.fit && (
          <span
            className={`ml-auto shrink-0 rounded px-1 font-normal ${toneClass(badge.tone)}`}
            data-testid="fit-badge"
            title={slot.fit.message}
          >
            {badge.label}
          </span>
        )}
      </p>
      {slot.holdNote && (
        <p className="truncate rounded bg-violet-100 px-1 text-violet-950" data-testid="hold-note" title={slot.holdNote}>
          Held: {slot.holdNote}
        </p>
      )}
      {s ? (
        <ScreeningChip slotId={slot.id} screening={s} venueName={venueName} start={start} />
      ) : slot.holdNote ? null : (
        <p className="text-stone-500">Empty</p>
      )}
      {isOver && preview?.message && <DropPreview plan={preview} asks={asksOnDrop(preview, slot)} />}
      {resizeMinutes !== null && (
        <p className="mt-0.5 rounded bg-blue-100 px-1 text-blue-900" data-testid="resize-preview">
          {resizeMinutes} min
        </p>
      )}
      {slot.id > 0 && <ResizeHandle slotId={slot.id} name={`${venueName} ${start}`} />}
    </article>
  );
});

/** Border and background: conflicts (red, amber), a hold (violet), a drop being judged (green or red; blue: it will ask). */
function slotTone(slot: SlotView, dropOk: boolean | "ask" | null): string {
  const border = slot.conflicts.some((c) => c.severity === "error")
    ? "border-red-700"
    : slot.conflicts.length
      ? "border-amber-600"
      : slot.holdNote
        ? "border-violet-700"
        : "border-stone-400";
  const drop = { ask: "bg-blue-50", true: "bg-green-50", false: "bg-red-50" } as const;
  const bg = dropOk !== null ? drop[`${dropOk}`] : slot.holdNote ? "bg-violet-50" : "bg-white";
  return `${border} ${bg}`;
}

/** The slot as a screen reader names it: "Cinema 1, 20:30 to 23:45, 195 min, Matewan (pencilled in), 1 conflict". */
function slotLabel(slot: SlotView, venueName: string, start: string, end: string): string {
  const s = slot.screening;
  const what = s ? `${titlesOf(s)} (${s.status === "tentative" ? "pencilled in" : s.status})` : slot.holdNote ? "held" : "empty";
  const n = slot.conflicts.length;
  return `${venueName}, ${start} to ${end}, ${slot.minutes} min, ${what}${n ? `, ${n} conflict${n === 1 ? "" : "s"}` : ""}`;
}

/** ⚠ and the number of conflicts, their messages as its title and for screen readers. */
function ConflictMarker({ conflicts }: { conflicts: Conflict[] }) {
  const errors = conflicts.some((c) => c.severity === "error");
  return (
    <span
      data-testid="conflict-marker"
      data-conflict-types={[...new Set(conflicts.map((c) => c.type))].join(" ")}
      title={conflicts.map((c) => c.message).join("\n")}
      className={`rounded px-1 font-bold ${errors ? "bg-red-700 text-white" : "bg-amber-300 text-amber-950"}`}
    >
      <span aria-hidden="true">⚠</span> {conflicts.length}
      <span className="sr-only">
        {" "}
        conflict{conflicts.length === 1 ? "" : "s"}: {conflicts.map((c) => c.message).join("; ")}
      </span>
    </span>
  );
}

/** While something is dragged over the slot: whether the drop would be made, with the arithmetic. */
function DropPreview({ plan, asks }: { plan: DropPlan; asks: boolean }) {
  if (asks)
    return (
      <p data-testid="drop-preview" className="mt-0.5 rounded bg-blue-100 px-1 font-medium text-blue-950">
        {askSentence(plan)}
      </p>
    );
  return (
    <p
      data-testid="drop-preview"
      className={`mt-0.5 rounded px-1 font-medium ${plan.ok ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
    >
      {plan.ok ? "Fits: " : "Won't fit: "}
      {plan.message}
    </p>
  );
}

function ScreeningChip({
  slotId,
  screening: s,
  venueName,
  start,
}: {
  slotId: number;
  screening: BoardScreening;
  venueName: string;
  start: string;
}) {
  const titles = titlesOf(s);
  const { handle, isDragging } = useDragHandle({
    id: `screening:${slotId}`,
    data: { kind: "screening", slotId },
    disabled: slotId < 0 || s.id < 0,
  });
  return (
    <button
      type="button"
      {...handle}
      aria-roledescription="draggable screening"
      aria-label={`Screening ${titles} in ${venueName} at ${start}`}
      data-testid="screening"
      data-status={s.status}
      className={`block w-full cursor-grab touch-none text-left leading-tight ${isDragging ? "opacity-40" : ""} ${s.status === "tentative" ? "italic text-stone-700" : ""} ${s.status === "cancelled" ? "line-through text-stone-500" : ""}`}
    >
      {titles}
      {s.status !== "confirmed" && (
        <span className="ml-1 text-[10px] not-italic uppercase tracking-wide no-underline">
          {s.status === "tentative" ? "pencilled" : "cancelled"}
        </span>
      )}
    </button>
  );
}

function ResizeHandle({ slotId, name }: { slotId: number; name: string }) {
  const { handle } = useDragHandle({ id: `resize:${slotId}`, data: { kind: "resize", slotId } });
  return (
    <button
      type="button"
      {...handle}
      aria-roledescription="resize handle"
      aria-label={`Resize the slot ${name}: Space, then arrow up or down in 5-minute steps`}
      data-testid="resize-handle"
      onClick={(e) => e.stopPropagation()}
      className="absolute right-0 bottom-0 block h-2 w-8 cursor-ns-resize touch-none rounded-tl bg-stone-400/70 hover:bg-blue-400 focus:bg-blue-500"
    />
  );
}
