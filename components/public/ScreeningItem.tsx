import Link from "next/link";
import { shortDayLabel } from "@/lib/festival-time";
import type { ProgrammeScreening } from "@/lib/programme";
import { formatRuntime } from "@/lib/runtime";

/** One screening in a public list: times in the festival's zone, films, venue, runtime; cancelled ones struck through. */
export function ScreeningItem({ s, base, showDay = false }: { s: ProgrammeScreening; base: string; showDay?: boolean }) {
  const cancelled = s.status === "cancelled";
  return (
    <li
      className={`grid grid-cols-[4.5rem_1fr] gap-x-3 border-b border-stone-200 py-3 ${cancelled ? "text-stone-500" : ""}`}
      data-screening-id={s.id}
    >
      <div className="tabular-nums">
        {showDay && <div className="text-xs text-stone-600">{shortDayLabel(s.festivalDay)}</div>}
        <time dateTime={s.startIso} className="block text-lg font-semibold leading-tight" data-field="start">
          {s.startTime}
        </time>
        <span className="text-sm text-stone-700">
          to{" "}
          <time dateTime={s.endIso} data-field="end">
            {s.endTime}
          </time>
        </span>
        {s.afterMidnight && (
          <span className="mt-1 block text-xs font-medium text-indigo-800" title={`Starts after midnight, on ${s.localDate}`}>
            after midnight
          </span>
        )}
      </div>
      <div>
        {cancelled && (
          <span className="mr-2 rounded bg-stone-800 px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide text-white">Cancelled</span>
        )}
        <span className={cancelled ? "line-through" : ""} data-field="title">
          {s.films.map((f, i) => (
            <span key={f.id}>
              {i > 0 && <span aria-hidden="true"> + </span>}
              <Link
                href={`${base}/films/${f.segment}`}
                className="font-serif text-lg font-semibold text-ink underline-offset-2 hover:underline"
              >
                {f.displayTitle}
              </Link>
            </span>
          ))}
        </span>
        <div className="text-sm text-stone-700">
          <Link href={`${base}/venues/${s.venue.slug}`} className="underline-offset-2 hover:underline" data-field="venue">
            {s.venue.name}
          </Link>
          {" · "}
          <span data-field="runtime">{formatRuntime(s.runtimeMinutes)}</span>
          {s.films.length === 1 && s.films[0]?.directors.length ? <> · {s.films[0].directors.join(", ")}</> : null}
          {s.qaMinutes > 0 && <> · with Q&amp;A</>}
          {" · "}
          <a href={`${base}/screenings/${s.id}.ics`} className="underline-offset-2 hover:underline" data-feed="screening-ics">
            Add<span className="sr-only"> {s.title}</span> to calendar
          </a>
        </div>
      </div>
    </li>
  );
}
