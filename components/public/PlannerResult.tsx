import Link from "next/link";
import { dayLabel } from "@/lib/festival-time";
import { dateLocale } from "@/lib/i18n";
import type { PlannerText } from "@/server/i18n-words";
import type { PlannerView, PlanStop } from "@/server/services/planner";

function Changes({ view, T }: { view: PlannerView; T: PlannerText }) {
  if (view.changes.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3 text-stone-900" data-plan-changes>
      <h2 className="font-semibold">{T.changedHeading}</h2>
      <p className="mt-1 text-sm">{T.changedIntro}</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {view.changes.map((c) => (
          <li key={c.screeningId} data-change={c.kind}>
            {c.kind === "cancelled" ? T.cancelled(c.title, T.when(c.was)) : T.moved(c.title, T.when(c.was), T.when(c.now ?? c.was))}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm font-medium">{T.changedOffer}</p>
    </div>
  );
}

function Stop({ stop, base, T }: { stop: PlanStop; base: string; T: PlannerText }) {
  const s = stop.screening;
  const film = s.films.find((f) => f.id === stop.filmId);
  return (
    <li className="grid grid-cols-[6.5rem_1fr] gap-x-3 border-b border-stone-200 py-2" data-plan-screening={s.id}>
      <div className="whitespace-nowrap tabular-nums">
        <time dateTime={s.startIso} className="font-semibold">
          {s.startTime}
        </time>
        {"–"}
        <time dateTime={s.endIso}>{s.endTime}</time>
      </div>
      <div>
        {stop.walkMinutes !== null && (
          <p className="text-sm text-stone-700" data-walk>
            {stop.walkMinutes === 0 ? T.sameVenue : T.walk(stop.walkMinutes, stop.walkFrom ?? "")}
          </p>
        )}
        <Link href={`${base}/films/${film?.segment ?? stop.filmId}`} className="font-semibold underline-offset-2 hover:underline">
          {stop.filmTitle}
        </Link>
        {s.programmeTitle && <span className="text-sm text-stone-700"> ({s.programmeTitle})</span>}
        <div className="text-sm text-stone-700">
          <Link href={`${base}/venues/${s.venue.slug}`} className="underline-offset-2 hover:underline">
            {s.venue.name}
          </Link>
        </div>
      </div>
    </li>
  );
}

/** The plan by festival day (times, venues, the walk from the stop before), then the films that did not fit and why. */
export function PlannerResult({ view, base, query, T }: { view: PlannerView; base: string; query: string; T: PlannerText }) {
  const r = view.result;
  if (!r) return <Changes view={view} T={T} />;
  const days = [...new Set(r.plan.map((p) => p.screening.festivalDay))];
  const wanted = r.plan.length + r.missed.length;
  return (
    <>
      <Changes view={view} T={T} />
      <p className="mt-4 text-lg" data-plan-summary>
        {T.summary(r.plan.length, wanted, days.length)}
      </p>
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mt-4">
          <h3 id={`day-${day}`} className="font-serif text-xl font-bold">
            {dayLabel(day, dateLocale(T.locale))}
          </h3>
          <ol className="mt-1">
            {r.plan
              .filter((p) => p.screening.festivalDay === day)
              .map((p) => (
                <Stop key={`${p.filmId}-${p.screening.id}`} stop={p} base={base} T={T} />
              ))}
          </ol>
        </section>
      ))}
      {r.missed.length > 0 && (
        <section aria-labelledby="missed" className="mt-6">
          <h3 id="missed" className="font-serif text-xl font-bold">
            {T.missedHeading}
          </h3>
          <ul className="mt-1 list-disc pl-5">
            {r.missed.map((m) => (
              <li key={m.filmId} data-missed={m.filmId}>
                <span className="font-semibold">{m.title}</span>: {m.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <a href={`${base}/planner.ics?${query}`} className="underline" data-plan-ics>
          {T.calendar}
        </a>
        <a href={`${base}/planner?${query}`} className="underline" data-plan-share>
          {T.share}
        </a>
      </p>
      <p className="mt-1 text-sm text-stone-700">{T.shareHint}</p>
    </>
  );
}
