"use client";

import { Options } from "@/components/ui/FormControls";
import { ZOOM_LEVELS, type ZoomLevel, zoomLabel } from "@/lib/board";
import type { BoardVenue } from "./types";
import type { BoardPrefs } from "./usePrefs";

/** The board's view: zoom and the venues shown, remembered per programmer (out of sight until they are read). */
export function ViewControls(props: {
  venues: BoardVenue[];
  prefs: BoardPrefs;
  ready: boolean;
  update: (change: Partial<BoardPrefs>) => void;
}) {
  const { venues, prefs, ready, update } = props;
  return (
    <span className={ready ? "contents" : "invisible contents"}>
      <ZoomControl zoom={prefs.zoom} onZoom={(zoom) => update({ zoom })} />
      <VenuePicker venues={venues} hidden={prefs.hiddenVenues} onHidden={(hiddenVenues) => update({ hiddenVenues })} />
    </span>
  );
}

const select = "rounded border border-stone-400 bg-white px-2 py-1 text-sm";

/** How tall an hour is: 30 to 120 px, or the whole festival day on one screen. */
function ZoomControl({ zoom, onZoom }: { zoom: ZoomLevel; onZoom: (z: ZoomLevel) => void }) {
  return (
    <label className="flex items-center gap-1 text-sm">
      <span>Zoom</span>
      <select
        className={select}
        value={String(zoom)}
        onChange={(e) => onZoom(ZOOM_LEVELS.find((z) => String(z) === e.target.value) ?? zoom)}
        data-testid="board-zoom"
      >
        <Options options={ZOOM_LEVELS.map((z) => ({ value: String(z), label: zoomLabel(z) }))} />
      </select>
    </label>
  );
}

/** Which venues the board shows (a 12-venue festival shows the few being worked on); at least one stays. */
function VenuePicker({ venues, hidden, onHidden }: { venues: BoardVenue[]; hidden: number[]; onHidden: (ids: number[]) => void }) {
  const shown = venues.filter((v) => !hidden.includes(v.id)).length;
  return (
    <details className="relative text-sm" data-testid="venue-picker">
      <summary className="cursor-pointer rounded border border-stone-400 bg-white px-2 py-1">
        Venues ({shown} of {venues.length} shown)
      </summary>
      <fieldset className="absolute z-40 mt-1 grid max-h-80 min-w-56 gap-1 overflow-auto rounded border border-stone-400 bg-white p-2 shadow-lg">
        <legend className="sr-only">Venues shown on the board</legend>
        {venues.map((v) => {
          const on = !hidden.includes(v.id);
          return (
            <label key={v.id} className="flex items-center gap-2 whitespace-nowrap">
              <input
                type="checkbox"
                checked={on}
                disabled={on && shown === 1}
                onChange={() => onHidden(on ? [...hidden, v.id] : hidden.filter((id) => id !== v.id))}
              />
              {v.name}
            </label>
          );
        })}
        <button type="button" className="justify-self-start underline" onClick={() => onHidden([])}>
          Show all
        </button>
      </fieldset>
    </details>
  );
}
