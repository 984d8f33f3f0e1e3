import type { SlotView } from "@/lib/board";
import { boardWindow, hourMarks, layOutSlots } from "@/lib/board";

const PX_PER_MINUTE = 0.7;
const LANE_WIDTH = 100;

/**
 * One lineup's festival day on the board's grid, read-only: time down the side (trimmed to the
 * hours that hold slots), a column per venue, each slot where its real start and length put it.
 */
export function CompareGrid({
  title,
  day,
  timeZone,
  dayBreak,
  venues,
  slots,
}: {
  title: string;
  day: string;
  timeZone: string;
  dayBreak: string;
  venues: { id: number; name: string; changeoverMinutes: number }[];
  slots: SlotView[];
}) {
  const win = boardWindow(day, timeZone, dayBreak);
  const boxes = layOutSlots(win, slots, venues, PX_PER_MINUTE);
  const tops = [...boxes.values()];
  // whole hours around the day's slots (the whole day when it has none)
  const first = tops.length ? Math.floor(Math.min(...tops.map((b) => b.top)) / (60 * PX_PER_MINUTE)) * 60 * PX_PER_MINUTE : 0;
  const last = tops.length
    ? Math.ceil(Math.max(...tops.map((b) => b.top + b.height)) / (60 * PX_PER_MINUTE)) * 60 * PX_PER_MINUTE
    : win.minutes * PX_PER_MINUTE;
  const height = Math.max(60, last - first);
  const marks = hourMarks(win, timeZone).filter((m) => m.offset * PX_PER_MINUTE >= first && m.offset * PX_PER_MINUTE <= last);
  return (
    <section aria-label={title} className="grid min-w-0 gap-2">
      <h2 className="truncate text-lg font-semibold" title={title}>
        {title}
      </h2>
      <div className="overflow-x-auto rounded border border-stone-300 bg-white">
        <div className="flex" style={{ minWidth: 48 + venues.length * (LANE_WIDTH + 8) }}>
          <div className="relative w-12 shrink-0 border-r border-stone-200" style={{ height: height + 28 }}>
            {marks.map((m) => (
              <span
                key={m.offset}
                className="absolute right-1 text-[11px] text-stone-500 tabular-nums"
                style={{ top: 28 + m.offset * PX_PER_MINUTE - first - 6 }}
              >
                {m.label}
              </span>
            ))}
          </div>
          {venues.map((v) => (
            <div key={v.id} className="relative flex-1 border-r border-stone-200" style={{ minWidth: LANE_WIDTH, height: height + 28 }}>
              <div
                className="sticky top-0 h-7 truncate border-b border-stone-200 bg-stone-50 px-1 text-xs font-semibold leading-7"
                title={v.name}
              >
                {v.name}
              </div>
              {slots
                .filter((s) => s.venueId === v.id)
                .map((s) => {
                  const box = boxes.get(s.id);
                  if (!box) return null;
                  const films = s.screening?.films.map((f) => f.displayTitle).join(" + ");
                  const clock = `${s.startsAt.slice(11, 16)}–${s.endsAt.slice(11, 16)}`;
                  return (
                    <div
                      key={s.id}
                      className={`absolute overflow-hidden rounded border px-1 text-[11px] leading-tight ${
                        s.screening ? "border-stone-500 bg-white shadow-sm" : "border-dashed border-stone-400 bg-stone-50 text-stone-600"
                      } ${s.conflicts.some((c) => c.severity === "error") ? "ring-2 ring-red-600" : ""}`}
                      style={{ top: 28 + box.top - first, height: Math.max(box.height, 14), left: 2 + box.lane * 6, right: 2 }}
                      title={`${clock} ${films ?? "empty"}`}
                      data-slot-films={films ?? ""}
                    >
                      <span className="tabular-nums">{clock}</span> <span className="font-medium">{films ?? "empty"}</span>
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
