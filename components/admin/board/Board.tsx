"use client";

/**
 * The scheduling board: one festival day (day-break to day-break) as a grid,
 * time down the side, a column per venue, slots as boxes whose top and height are
 * their real start and length. Films and screenings are dragged with dnd-kit
 * (pointer and keyboard), every change is optimistic and undoable, and the
 * board polls every 3 s so two programmers see each other's work.
 */
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  type UniqueIdentifier,
  useDraggable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import Link from "next/link";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useFilms } from "@/components/admin/CatalogueList";
import { quietButtonClass } from "@/components/admin/Field";
import {
  type BoardCommand,
  type BoardFilm,
  boardWindow,
  type Direction,
  type DragItem,
  type DropPlan,
  drawnRange,
  gridMinutes,
  hourMarks,
  instantAt,
  minutesFrom,
  nextTarget,
  planDrop,
  resizedEnd,
  SNAP_MINUTES,
  slotBox,
} from "@/lib/board";
import { addDays, dayLabel, daysBetween, elapsedMinutes, toZonedIso } from "@/lib/festival-time";
import { fitBadge } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import { formatRuntime } from "@/lib/runtime";
import { clockOf } from "@/lib/slot-times";
import { emptyFilters, type FilmFilters, FilmPanel, filterFilms, type PanelFilm } from "./FilmPanel";
import { PatternForm } from "./PatternForm";
import { SlotBox, slotName } from "./SlotBox";
import { type SlotActions, SlotDetails } from "./SlotDetails";
import { type SlotView, useBoardCommands, useBoardSlots } from "./useBoard";

export interface BoardEdition {
  slug: string;
  name: string;
  timeZone: string;
  dayBreak: string;
  firstDay: string;
  lastDay: string;
}
export interface BoardVenue {
  id: number;
  name: string;
  changeoverMinutes: number;
}

/** Pixels per minute of real time. */
const PX = 1;
const HEADER = 40;
const GUTTER = 64;
const COLUMN = 180;

type ActiveDrag =
  | { kind: "film"; film: BoardFilm }
  | { kind: "screening"; slotId: number }
  | { kind: "resize"; slotId: number }
  | { kind: "draw"; venueId: number; startPx: number };

const DIRECTIONS: Record<string, Direction> = { ArrowDown: "down", ArrowUp: "up", ArrowLeft: "left", ArrowRight: "right" };

const slotIdOf = (id: UniqueIdentifier | null | undefined) => (id && String(id).startsWith("slot:") ? Number(String(id).slice(5)) : null);

/** Keyboard dragging: arrows jump from slot to slot (or move a resize handle 5 minutes). */
const coordinateGetter: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
  const dir = DIRECTIONS[event.code];
  if (!dir) return undefined;
  event.preventDefault();
  const kind = String(active).split(":")[0];
  if (kind === "resize") {
    if (dir === "down") return { ...currentCoordinates, y: currentCoordinates.y + SNAP_MINUTES * PX };
    if (dir === "up") return { ...currentCoordinates, y: currentCoordinates.y - SNAP_MINUTES * PX };
    return undefined;
  }
  if (kind === "draw") return undefined;
  const rect = context.collisionRect;
  if (!rect) return undefined;
  const rects = [];
  for (const [id, r] of context.droppableRects)
    if (String(id).startsWith("slot:")) rects.push({ id, left: r.left, top: r.top, width: r.width, height: r.height });
  const t = nextTarget(rects, rect, dir);
  if (!t) return undefined;
  // Centre the dragged card on the target's upper part (a tall slot's middle may be out of view).
  const cy = t.top + Math.min(t.height / 2, 30);
  return { x: t.left + t.width / 2 - rect.width / 2, y: cy - rect.height / 2 };
};

/** Pointer: the slot under the pointer. Keyboard: the slot under the dragged card's centre. Never for resize/draw. */
const collisionDetection: CollisionDetection = (args) => {
  const kind = String(args.active.id).split(":")[0];
  if (kind === "resize" || kind === "draw") return [];
  if (args.pointerCoordinates) return pointerWithin(args);
  const c = args.collisionRect;
  const cx = c.left + c.width / 2;
  const cy = c.top + c.height / 2;
  return args.droppableContainers
    .filter((dc) => {
      const r = args.droppableRects.get(dc.id);
      return r && cx >= r.left && cx <= r.left + r.width && cy >= r.top && cy <= r.top + r.height;
    })
    .map((dc) => ({ id: dc.id, data: { droppableContainer: dc, value: 0 } }));
};

/** What a drag carries, as lib/board's drop rules see it. */
const itemOf = (a: ActiveDrag | null): DragItem | null =>
  a?.kind === "film" ? { kind: "film", film: a.film } : a?.kind === "screening" ? { kind: "screening", slotId: a.slotId } : null;

/** A fresh performance mark (the board's speed figures are read from these; see e2e/board.spec.ts). */
function mark(name: string) {
  if (typeof performance === "undefined") return;
  performance.clearMarks(name);
  performance.mark(name);
}

export function Board({
  edition,
  venues,
  day,
  initialSlots,
}: {
  edition: BoardEdition;
  venues: BoardVenue[];
  day: string;
  initialSlots: SlotView[];
}) {
  useState(() => (typeof window !== "undefined" ? mark("board:render-start") : null));
  const tz = edition.timeZone;
  const [active, setActive] = useState<ActiveDrag | null>(null);
  const [overSlot, setOverSlot] = useState<number | null>(null);
  const [deltaY, setDeltaY] = useState(0);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [filters, setFilters] = useState<FilmFilters>(emptyFilters);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const focusDetails = useRef(false);
  const dropMark = useRef(false);

  const say = useCallback((m: string) => {
    setError("");
    setStatus(m);
  }, []);
  const fail = useCallback((m: string) => {
    setStatus("");
    setError(m);
  }, []);
  const commands = useBoardCommands(edition.slug, edition, {
    say,
    fail,
    applied: () => {
      if (dropMark.current) {
        dropMark.current = false;
        // After React has committed the optimistic picture and the browser has painted it.
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark("board:drop-painted");
            try {
              performance.measure("board:drop-to-badge", "board:drop", "board:drop-painted");
            } catch {}
          }, 0),
        );
      }
    },
  });
  const query = useBoardSlots(edition.slug, initialSlots, active !== null || commands.pending);
  const slots = useMemo(() => query.data ?? [], [query.data]);

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

  const q = useDeferredValue(filters.q.trim());
  const filmQuery = useFilms(q);
  const panelFilms: PanelFilm[] = useMemo(
    () =>
      filterFilms(
        (filmQuery.data ?? []).map((f) => ({
          id: f.id,
          title: f.title,
          displayTitle: displayTitle(f),
          runtimeMinutes: f.runtimeMinutes,
          flags: f.flags,
          year: f.year,
          scheduled: scheduled.has(f.id),
        })),
        filters,
      ),
    [filmQuery.data, scheduled, filters],
  );

  // First render: mark it (performance figures) and scroll to the day's first slot.
  const scroller = useRef<HTMLDivElement>(null);
  const [firstScrollTop] = useState(() => {
    const first = daySlots[0];
    return first ? Math.max(0, minutesFrom(win, first.startsAt) - 90) * PX : null;
  });
  useEffect(() => {
    // From the first render of this board (its data already there) to its commit.
    mark("board:rendered");
    performance.clearMeasures("board:first-render");
    try {
      performance.measure("board:first-render", "board:render-start", "board:rendered");
    } catch {}
    if (firstScrollTop !== null && scroller.current) scroller.current.scrollTop = firstScrollTop;
  }, [firstScrollTop]);

  useLayoutEffect(() => {
    if (focusDetails.current && detailsHeading.current) {
      focusDetails.current = false;
      detailsHeading.current.focus();
    }
  });

  const { run, undo, redo, undoOp, redoOp } = commands;

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), outside text fields.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || active) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((k === "z" && e.shiftKey) || k === "y") {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, active]);

  const where = useCallback((s: SlotView) => slotName(s, venueName(s.venueId), tz), [venueName, tz]);

  /** Carries out a planned drop (or refuses it with the arithmetic). */
  const applyPlan = useCallback(
    (plan: DropPlan, target: SlotView, what: string) => {
      if (!plan.ok) {
        if (plan.reason !== "same-slot")
          fail(`Not ${plan.reason === "occupied" || plan.reason === "no-screening" ? "moved" : "placed"}: ${plan.message}`);
        return;
      }
      const badge = fitBadge(plan.fit).label;
      const sentence =
        plan.action === "place"
          ? `${what} placed in ${where(target)}, ${badge}`
          : plan.action === "append"
            ? `${what} added to the screening in ${where(target)}, ${badge}`
            : `${what} moved to ${where(target)}, ${badge}`;
      run(plan.command, `${plan.action} ${what}`, sentence);
    },
    [fail, run, where],
  );

  const actions: SlotActions = useMemo(
    () => ({
      run: (cmd: BoardCommand, label: string, success: string) => run(cmd, label, success),
      fail,
      placeFilm: (film, slot) => applyPlan(planDrop({ kind: "film", film }, slot, slots), slot, film.displayTitle),
      resizeBy: (slot, minutes) => {
        const endsAt = new Date(new Date(slot.endsAt).getTime() + minutes * 60_000);
        const len = elapsedMinutes(new Date(slot.startsAt), endsAt);
        if (len < 5) return;
        run(
          { kind: "resize", slotId: slot.id, endsAt: toZonedIso(endsAt, tz) },
          `resize ${where(slot)}`,
          `Slot ${where(slot)} now ends at ${clockOf(endsAt, tz)} (${len} min)`,
        );
      },
    }),
    [run, fail, applyPlan, slots, tz, where],
  );

  /* ---------- dnd-kit ---------- */

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const nameOf = useCallback(
    (id: UniqueIdentifier): string => {
      const [kind, rest] = String(id).split(":");
      if (kind === "film") return panelFilms.find((f) => f.id === Number(rest))?.displayTitle ?? "the film";
      const s = slotById.get(Number(rest));
      if (kind === "screening") return s?.screening ? s.screening.films.map((f) => f.displayTitle).join(" + ") : "the screening";
      if (kind === "resize") return s ? `the end of the slot ${where(s)}` : "the slot's end";
      return "a new slot";
    },
    [panelFilms, slotById, where],
  );

  const planFor = useCallback(
    (a: ActiveDrag | null, targetId: number | null): DropPlan | null => {
      const item = itemOf(a);
      const target = targetId !== null ? slotById.get(targetId) : undefined;
      return item && target ? planDrop(item, target, slots) : null;
    },
    [slotById, slots],
  );

  const activeRef = useRef<ActiveDrag | null>(null);
  activeRef.current = active;

  const announcements: Announcements = {
    onDragStart: ({ active: a }) =>
      String(a.id).startsWith("resize:")
        ? `Resizing ${nameOf(a.id)}. Arrow down makes it 5 minutes longer, arrow up 5 minutes shorter. Space to finish, Escape to cancel.`
        : `Picked up ${nameOf(a.id)}. Arrow keys move it from slot to slot; Space or Enter drops it; Escape cancels.`,
    onDragOver: ({ active: a, over }) => {
      const id = slotIdOf(over?.id);
      if (id === null) return `${nameOf(a.id)} is not over a slot.`;
      const target = slotById.get(id);
      const plan = planFor(activeRef.current, id);
      if (!target) return undefined;
      return `${nameOf(a.id)} is over ${where(target)}${target.screening ? ` (${target.screening.films.map((f) => f.displayTitle).join(" + ")})` : ", empty"}. ${plan ? (plan.ok ? `Fits: ${plan.message}` : plan.message ? `Won't fit: ${plan.message}` : "") : ""}`;
    },
    onDragEnd: ({ active: a, over }) => {
      const id = slotIdOf(over?.id);
      const target = id !== null ? slotById.get(id) : undefined;
      return target ? `${nameOf(a.id)} dropped on ${where(target)}.` : `${nameOf(a.id)} dropped.`;
    },
    onDragCancel: ({ active: a }) => `Cancelled. ${nameOf(a.id)} is back where it was.`,
  };

  const onDragStart = (e: DragStartEvent) => {
    const data = e.active.data.current as ActiveDrag | { kind: "draw"; venueId: number } | undefined;
    setDeltaY(0);
    setOverSlot(null);
    if (!data) return;
    if (data.kind === "draw") {
      const ev = e.activatorEvent as PointerEvent;
      const layer = ev.target instanceof HTMLElement ? ev.target : null;
      if (!layer || !("clientY" in ev)) return;
      setActive({ kind: "draw", venueId: data.venueId, startPx: ev.clientY - layer.getBoundingClientRect().top });
    } else setActive(data as ActiveDrag);
  };
  const onDragMove = (e: DragMoveEvent) => {
    const k = activeRef.current?.kind;
    if (k === "resize" || k === "draw") setDeltaY(e.delta.y);
  };
  const onDragOver = (e: DragOverEvent) => setOverSlot(slotIdOf(e.over?.id));
  const finish = () => {
    setActive(null);
    setOverSlot(null);
    setDeltaY(0);
  };
  const onDragEnd = (e: DragEndEvent) => {
    const a = activeRef.current;
    finish();
    if (!a) return;
    if (a.kind === "film" || a.kind === "screening") {
      const id = slotIdOf(e.over?.id);
      const target = id !== null ? slotById.get(id) : undefined;
      if (!target) return;
      const plan = planFor(a, target.id)!;
      if (plan.ok) {
        performance.clearMarks("board:drop");
        performance.clearMarks("board:drop-painted");
        performance.clearMeasures("board:drop-to-badge");
        performance.mark("board:drop");
        dropMark.current = true;
      }
      applyPlan(plan, target, nameOf(e.active.id));
      return;
    }
    if (a.kind === "resize") {
      const slot = slotById.get(a.slotId);
      if (!slot) return;
      const r = resizedEnd(win, slot, e.delta.y, PX);
      if (r.endsAt.getTime() === new Date(slot.endsAt).getTime()) return;
      run(
        { kind: "resize", slotId: slot.id, endsAt: toZonedIso(r.endsAt, tz) },
        `resize ${where(slot)}`,
        `Slot ${where(slot)} now ends at ${clockOf(r.endsAt, tz)} (${r.minutes} min)`,
      );
      return;
    }
    const range = drawnRange(a.startPx, e.delta.y, PX, total);
    if (!range) return;
    const startsAt = instantAt(win, range.start);
    const endsAt = instantAt(win, range.end);
    run(
      { kind: "create", venueId: a.venueId, startsAt: toZonedIso(startsAt, tz), endsAt: toZonedIso(endsAt, tz) },
      `new slot in ${venueName(a.venueId)}`,
      `New slot in ${venueName(a.venueId)}, ${clockOf(startsAt, tz)}–${clockOf(endsAt, tz)} (${elapsedMinutes(startsAt, endsAt)} min)`,
    );
  };

  /* ---------- layout ---------- */

  const preview = planFor(active, overSlot);
  const resizing = active?.kind === "resize" ? slotById.get(active.slotId) : undefined;
  const resizePreview = resizing ? resizedEnd(win, resizing, deltaY, PX) : null;
  const drawing = active?.kind === "draw" ? { venueId: active.venueId, range: drawnRange(active.startPx, deltaY, PX, total) } : null;

  const boxes = useMemo(() => {
    const out = new Map<number, { top: number; height: number; lane: number; changeoverTop: number; changeoverHeight: number }>();
    for (const v of venues) {
      let laneEnd: number[] = [];
      for (const s of daySlots.filter((x) => x.venueId === v.id)) {
        const b = slotBox(win, s, v.changeoverMinutes, PX);
        laneEnd = laneEnd.map((e) => (e <= b.top ? -Infinity : e));
        let lane = laneEnd.indexOf(-Infinity);
        if (lane < 0) lane = laneEnd.length;
        laneEnd[lane] = b.top + b.height;
        out.set(s.id, { ...b, lane: Math.min(lane, 3) });
      }
    }
    return out;
  }, [venues, daySlots, win]);

  const onSelect = useCallback((id: number, viaKeyboard: boolean) => {
    setSelectedId(id);
    focusDetails.current = viaKeyboard;
  }, []);

  const selected = selectedId !== null ? slotById.get(selectedId) : undefined;
  const base = `/admin/editions/${edition.slug}`;
  const prev = addDays(day, -1);
  const next = addDays(day, 1);
  const height = total * PX;

  return (
    <div className="grid gap-3" data-testid="board">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <nav aria-label="Board days" className="flex flex-wrap gap-3">
          {prev >= edition.firstDay && (
            <Link href={`${base}/board/${prev}`} className="underline">
              ← {dayLabel(prev)}
            </Link>
          )}
          {next <= edition.lastDay && (
            <Link href={`${base}/board/${next}`} className="underline">
              {dayLabel(next)} →
            </Link>
          )}
          <Link href={`${base}/days/${day}`} className="underline">
            List view
          </Link>
        </nav>
        <span className="text-stone-600">
          Times in {tz}; the day runs {edition.dayBreak} to {edition.dayBreak} ({win.minutes / 60} h).
        </span>
        <div className="ml-auto flex gap-2">
          <button
            type="button"
            className={quietButtonClass}
            onClick={undo}
            disabled={!undoOp || commands.pending}
            title={undoOp ? `Undo ${undoOp.label} (Ctrl+Z)` : "Nothing to undo"}
          >
            Undo
          </button>
          <button
            type="button"
            className={quietButtonClass}
            onClick={redo}
            disabled={!redoOp || commands.pending}
            title={redoOp ? `Redo ${redoOp.label} (Ctrl+Shift+Z)` : "Nothing to redo"}
          >
            Redo
          </button>
        </div>
      </div>
      <div className="min-h-6 text-sm">
        <p role="status" aria-live="polite" data-testid="board-status" className="text-green-900">
          {status}
        </p>
        <p role="alert" data-testid="board-error" className="font-medium text-red-800">
          {error}
        </p>
        {query.isError && (
          <p className="text-amber-900">Could not reload the board ({(query.error as Error).message}); showing what was loaded.</p>
        )}
      </div>
      <details className="rounded border border-stone-300 bg-white p-2">
        <summary className="cursor-pointer text-sm font-semibold">Create slots from a daily pattern</summary>
        <div className="mt-2">
          {venues.length ? (
            <PatternForm
              day={day}
              venues={venues}
              dayCount={daysBetween(edition.firstDay, edition.lastDay).length}
              run={commands.run}
              pending={commands.pending}
            />
          ) : (
            <p>Add a venue first.</p>
          )}
        </div>
      </details>
      <DndContext
        id="board-dnd"
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={finish}
        // Scroll only the grid, and only from close to its edges (not the page, not the film list).
        autoScroll={{ threshold: { x: 0.08, y: 0.08 }, acceleration: 6, canScroll: (el) => el === scroller.current }}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              "To pick up a film or a screening, press Space or Enter. Arrow keys move it from slot to slot and say whether it fits; Space or Enter drops it; Escape cancels. On a slot's resize handle, Space then arrow up or down changes its end in 5-minute steps.",
          },
        }}
      >
        <div className="grid items-start gap-3 lg:grid-cols-[16rem_minmax(0,1fr)_18rem]">
          <FilmPanel films={panelFilms} filters={filters} onFilters={setFilters} loading={filmQuery.isLoading} />
          <div
            ref={scroller}
            className="relative max-h-[75vh] overflow-auto rounded border border-stone-300 bg-white"
            data-testid="board-grid"
          >
            <div className="relative" style={{ width: GUTTER + venues.length * COLUMN, height: HEADER + height }}>
              {/* hour lines across every column */}
              <div aria-hidden="true" className="pointer-events-none absolute inset-x-0" style={{ top: HEADER, height }}>
                {marks.map((m) => (
                  <div key={m.offset} className="absolute inset-x-0 border-t border-stone-200" style={{ top: m.offset * PX }} />
                ))}
              </div>
              {/* time down the side, in the festival's zone */}
              <div className="sticky left-0 z-30 bg-white" style={{ width: GUTTER, height: HEADER + height }}>
                <ol aria-label={`Hours in ${tz}`} className="relative" style={{ top: HEADER, height }}>
                  {marks.map((m) => (
                    <li
                      key={m.offset}
                      className="absolute right-1 -translate-y-2 text-right text-[11px] text-stone-600"
                      style={{ top: m.offset * PX }}
                      title={`UTC${m.utcOffset}`}
                      data-testid="hour-mark"
                    >
                      {m.label}
                      {m.offsetChanged && <span className="block text-[9px] text-indigo-800">{m.utcOffset}</span>}
                    </li>
                  ))}
                </ol>
              </div>
              {venues.map((v, i) => (
                <VenueColumn
                  key={v.id}
                  venue={v}
                  left={GUTTER + i * COLUMN}
                  height={height}
                  drawing={drawing?.venueId === v.id ? drawing.range : null}
                >
                  {daySlots
                    .filter((s) => s.venueId === v.id)
                    .map((s) => {
                      const b = boxes.get(s.id)!;
                      const resize = resizePreview && resizing?.id === s.id ? resizePreview : null;
                      return (
                        <div key={s.id}>
                          {v.changeoverMinutes > 0 && (
                            <div
                              aria-hidden="true"
                              data-testid="changeover"
                              title={`${v.changeoverMinutes} min changeover`}
                              className="pointer-events-none absolute inset-x-1 z-0"
                              style={{
                                top: resize ? minutesFrom(win, resize.endsAt) * PX : b.changeoverTop,
                                height: b.changeoverHeight,
                                backgroundImage: "repeating-linear-gradient(45deg, rgba(120,113,108,.35) 0 4px, transparent 4px 8px)",
                              }}
                            />
                          )}
                          <SlotBox
                            slot={s}
                            venueName={v.name}
                            timeZone={tz}
                            top={b.top}
                            height={resize ? resize.minutes * PX : b.height}
                            lane={b.lane}
                            selected={selectedId === s.id}
                            preview={overSlot === s.id ? preview : null}
                            resizeMinutes={resize ? resize.minutes : null}
                            onSelect={onSelect}
                          />
                        </div>
                      );
                    })}
                </VenueColumn>
              ))}
            </div>
          </div>
          <div className="grid content-start gap-3">
            {selected ? (
              <SlotDetails
                key={selected.id}
                ref={detailsHeading}
                slot={selected}
                slots={slots}
                daySlots={daySlots}
                venueName={venueName}
                timeZone={tz}
                films={panelFilms}
                actions={actions}
                onClose={() => setSelectedId(null)}
              />
            ) : (
              <p className="rounded border border-stone-300 bg-white p-3 text-sm text-stone-700">
                Select a slot (click, or Enter on it) to change its status, move it, or see what fits an empty one. Drag down an empty
                column to draw a new slot.
              </p>
            )}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {active?.kind === "film" ? (
            <div className="w-44 rounded border border-blue-700 bg-white px-2 py-1 text-sm shadow-lg">
              {active.film.displayTitle} <span className="text-stone-600">{formatRuntime(active.film.runtimeMinutes)}</span>
            </div>
          ) : active?.kind === "screening" ? (
            <div className="w-44 rounded border border-blue-700 bg-white px-2 py-1 text-sm shadow-lg">
              {nameOf(`screening:${active.slotId}`)}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}

/** A venue's column: a header, and a background on which dragging draws a new slot. */
function VenueColumn({
  venue,
  left,
  height,
  drawing,
  children,
}: {
  venue: BoardVenue;
  left: number;
  height: number;
  drawing: { start: number; end: number } | null;
  children: React.ReactNode;
}) {
  const { listeners, setNodeRef } = useDraggable({ id: `draw:${venue.id}`, data: { kind: "draw", venueId: venue.id } });
  return (
    <section
      aria-label={venue.name}
      className="absolute top-0 border-l border-stone-200"
      style={{ left, width: COLUMN, height: HEADER + height }}
      data-venue-id={venue.id}
    >
      <h3 className="sticky top-0 z-20 flex h-10 flex-col justify-center border-b border-stone-300 bg-white px-2 text-sm font-semibold leading-tight">
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
            style={{ top: drawing.start * PX, height: (drawing.end - drawing.start) * PX }}
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
