"use client";

/**
 * The scheduling board: one festival day (day-break to day-break) as a grid, time down the
 * side, a column per venue, slots as boxes whose top and height are their real start and
 * length. Films and screenings are dragged with dnd-kit (pointer and keyboard), every change
 * is optimistic and undoable, and the board polls every 3 s so two programmers see each
 * other's work. This component only puts the pieces together; each hook has one job.
 */
import { useQuery } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { boardSlotsOptions, type ScenarioId } from "@/components/queries";
import type { SlotView } from "@/lib/board";
import { daysBetween } from "@/lib/festival-time";
import { ViewControls } from "./BoardControls";
import { BoardGrid } from "./BoardGrid";
import { BoardSide, DraggedCard } from "./BoardSide";
import { BoardMessages, BoardToolbar } from "./BoardToolbar";
import { CopySwapPanel } from "./CopySwapPanel";
import { DropChoiceDialog } from "./DropChoiceDialog";
import { BoardDnd } from "./dnd";
import { FilmPanel } from "./FilmPanel";
import { PatternPanel } from "./PatternForm";
import { useDropTiming, useFirstRenderMark } from "./perf";
import type { BoardEdition, BoardVenue } from "./types";
import { useBoardCommands } from "./useBoardCommands";
import { useBoardDrag } from "./useBoardDrag";
import { useBoardEdits } from "./useBoardEdits";
import { useBoardModel } from "./useBoardModel";
import { useDragState } from "./useDragState";
import { useGuestAway } from "./useGuestAway";
import { usePanelFilms } from "./usePanelFilms";
import { useBoardPrefs, useElementHeight } from "./usePrefs";
import { useInitialScroll, useSlotSelection } from "./useSlotSelection";
import { useUndoKeys } from "./useUndoKeys";

/** The lineup's slots (a scenario's, or the working lineup's), polled every 3 s unless `paused`. */
function useBoardSlots(slug: string, scenarioId: ScenarioId, initialSlots: SlotView[], paused: boolean) {
  return useQuery({ ...boardSlotsOptions(slug, scenarioId), initialData: initialSlots, refetchInterval: paused ? false : 3_000 });
}

/** The last change's sentence, or why it was refused (one clears the other; the next action clears both). */
function useBoardSay() {
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const say = useCallback((m: string) => {
    setError("");
    setStatus(m);
  }, []);
  const fail = useCallback((m: string) => {
    setStatus("");
    setError(m);
  }, []);
  const clear = useCallback(() => {
    setStatus("");
    setError("");
  }, []);
  return { status, error, say, fail, clear };
}

export function Board({
  edition,
  venues,
  day,
  initialSlots,
  userId = null,
}: {
  edition: BoardEdition;
  venues: BoardVenue[];
  day: string;
  initialSlots: SlotView[];
  /** Whose choices (zoom, venues shown) the board remembers. */
  userId?: number | null;
}) {
  useFirstRenderMark();
  const tz = edition.timeZone;
  const messages = useBoardSay();
  const timing = useDropTiming();
  const commands = useBoardCommands(edition.slug, edition, { say: messages.say, fail: messages.fail, applied: timing.applied });
  const drag = useDragState();
  // While a drag or a write is under way the cache holds the optimistic picture: don't poll over it.
  const query = useBoardSlots(edition.slug, edition.scenarioId ?? null, initialSlots, drag.active !== null || commands.pending);
  const slots = query.data;
  const { prefs, ready, update } = useBoardPrefs(userId, edition.slug);
  const shown = venues.filter((v) => !prefs.hiddenVenues.includes(v.id));
  const scroller = useRef<HTMLDivElement>(null);
  const model = useBoardModel(edition, shown, day, slots, { level: prefs.zoom, gridHeight: useElementHeight(scroller) });
  const panel = usePanelFilms(model.scheduled);
  const selection = useSlotSelection(messages.clear);
  useInitialScroll(scroller, model.daySlots, model.win, model.px, ready);
  useUndoKeys(commands.undo, commands.redo, drag.active !== null);
  const edits = useBoardEdits(commands.run, messages.fail, slots, model, tz);
  const dnd = useBoardDrag(drag, model, slots, panel.films, edits, timing.dropped, useGuestAway(drag.active, model), messages.clear);

  return (
    <div className="grid gap-3" data-testid="board">
      <BoardToolbar
        edition={edition}
        day={day}
        dayMinutes={model.win.minutes}
        undo={{ run: commands.undo, label: commands.undoOp?.label, disabled: !commands.undoOp || commands.pending }}
        redo={{ run: commands.redo, label: commands.redoOp?.label, disabled: !commands.redoOp || commands.pending }}
      >
        <ViewControls venues={venues} prefs={prefs} ready={ready} update={update} />
      </BoardToolbar>
      <BoardMessages status={messages.status} error={messages.error} reloadError={query.isError ? query.error : null} />
      <PatternPanel
        day={day}
        venues={venues}
        dayCount={daysBetween(edition.firstDay, edition.lastDay).length}
        run={commands.run}
        pending={commands.pending}
      />
      <CopySwapPanel edition={edition} day={day} venues={venues} run={commands.run} pending={commands.pending} />
      <BoardDnd handlers={dnd.handlers} announcements={dnd.announcements} scroller={scroller} px={model.px}>
        {/* Out of sight until the remembered zoom and venues are read: the defaults never flash. */}
        <div className={`grid items-start gap-3 lg:grid-cols-[16rem_minmax(0,1fr)_18rem] ${ready ? "" : "invisible"}`} aria-busy={!ready}>
          <FilmPanel {...panel} />
          <BoardGrid venues={shown} model={model} timeZone={tz} scroller={scroller} previews={dnd.previews} selection={selection} />
          <BoardSide
            selection={selection}
            slots={slots}
            model={model}
            timeZone={tz}
            films={panel.films}
            actions={edits.actions}
            edition={edition.slug}
            scenarioId={edition.scenarioId}
            venues={venues}
          />
        </div>
        <DraggedCard active={drag.active} nameOf={dnd.nameOf} />
      </BoardDnd>
      <DropChoiceDialog choice={edits.choice} dropped={timing.dropped} say={messages.say} />
    </div>
  );
}
