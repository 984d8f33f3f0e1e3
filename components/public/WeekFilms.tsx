import Link from "next/link";
import type { ProgrammeScreening } from "@/lib/programme";
import { formatRuntime } from "@/lib/runtime";
import type { WeekFilm } from "@/lib/week";
import type { WeekWords } from "@/server/i18n-words";

/** The film's screenings grouped by festival day, in order. */
function byDay(screenings: ProgrammeScreening[]): [string, ProgrammeScreening[]][] {
  const days = new Map<string, ProgrammeScreening[]>();
  for (const s of screenings) days.set(s.festivalDay, [...(days.get(s.festivalDay) ?? []), s]);
  return [...days.entries()];
}

/** One time of a film: start, venue; today's still to come marked; cancelled struck through. */
function WeekTime({ s, base, remaining, w }: { s: ProgrammeScreening; base: string; remaining: boolean; w: WeekWords }) {
  const cancelled = s.status === "cancelled";
  return (
    <li
      data-screening-id={s.id}
      data-today={remaining || undefined}
      className={`px-1.5 py-0.5 ${remaining ? "border-l-4 border-accent bg-white" : ""} ${cancelled ? "text-stone-600" : ""}`}
    >
      <Link
        href={`${base}/${s.festivalDay}`}
        className={`font-semibold tabular-nums underline underline-offset-2 ${cancelled ? "line-through" : ""}`}
      >
        <time dateTime={s.startIso}>{s.startTime}</time>
      </Link>{" "}
      <span className="text-sm">
        {s.venue.name}
        {s.programmeTitle && ` · ${w.inProgramme(s.programmeTitle)}`}
        {s.afterMidnight && ` · ${w.afterMidnight}`}
      </span>
      {cancelled && <span className="ml-1 text-sm">({w.cancelled})</span>}
      {remaining && <span className="sr-only"> ({w.today})</span>}
    </li>
  );
}

/** A film of the week: its title, facts and every time across the days. */
function WeekFilmCard({ entry, base, today, w }: { entry: WeekFilm; base: string; today: string | null; w: WeekWords }) {
  const { film, screenings, todayRemaining } = entry;
  const facts = [film.directors.join(", "), film.year, formatRuntime(film.runtimeMinutes)].filter(Boolean).join(" · ");
  return (
    <li className="rounded border border-stone-300 bg-white p-4" data-film-id={film.id}>
      <h2 className="font-serif text-xl font-semibold">
        <Link href={`${base}/films/${film.segment}`} className="text-ink underline-offset-2 hover:underline">
          {film.displayTitle}
        </Link>
      </h2>
      {facts && <p className="text-sm text-stone-700">{facts}</p>}
      <dl className="mt-2 space-y-1">
        {byDay(screenings).map(([day, list]) => (
          <div key={day} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <dt className="w-28 shrink-0 text-sm font-medium text-stone-700">
              {day === today ? `${w.today} · ` : ""}
              {w.day(day)}
            </dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {list.map((s) => (
                  <WeekTime key={s.id} s={s} base={base} remaining={todayRemaining.includes(s.id)} w={w} />
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** Every film of the week, in the order lib/week.ts gives (today's remaining screenings first). */
export function WeekFilms({ films, base, today, w }: { films: WeekFilm[]; base: string; today: string | null; w: WeekWords }) {
  if (films.length === 0) return <p className="mt-6">{w.none}</p>;
  return (
    <ol className="mt-4 grid gap-3 md:grid-cols-2" aria-label={w.films}>
      {films.map((entry) => (
        <WeekFilmCard key={entry.film.id} entry={entry} base={base} today={today} w={w} />
      ))}
    </ol>
  );
}
