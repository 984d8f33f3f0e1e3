import type { ProgrammeDay, ProgrammeScreening } from "@/lib/programme";
import type { SnapshotEdition } from "@/lib/types";
import { editionBase } from "@/server/i18n-page";
import { type EmbedWords, embedWords } from "@/server/i18n-words";

/** Every link of the listing leaves the frame: the full page opens in a new tab. */
const OUT = { target: "_blank", rel: "noopener" } as const;

function EmbedRow({ s, base, w }: { s: ProgrammeScreening; base: string; w: EmbedWords }) {
  const cancelled = s.status === "cancelled";
  return (
    <li className="flex gap-2 border-b border-stone-200 py-1.5" data-screening-id={s.id}>
      <a href={`${base}/${s.festivalDay}`} {...OUT} className="w-11 shrink-0 font-semibold tabular-nums text-ink underline-offset-2">
        <time dateTime={s.startIso}>{s.startTime}</time>
        <span className="sr-only"> {w.newTab}</span>
      </a>
      <span className="min-w-0">
        {cancelled && <span className="mr-1 rounded bg-stone-800 px-1 text-xs font-bold uppercase text-white">{w.cancelled}</span>}
        <span className={cancelled ? "line-through" : ""}>
          {s.programmeTitle && <span className="font-semibold">{s.programmeTitle}: </span>}
          {s.films.map((f, i) => (
            <span key={f.id}>
              {i > 0 && " + "}
              <a href={`${base}/films/${f.segment}`} {...OUT} className="font-semibold text-ink underline underline-offset-2">
                {f.displayTitle}
                <span className="sr-only"> {w.newTab}</span>
              </a>
            </span>
          ))}
        </span>
        <span className="block text-xs text-stone-700">
          {s.venue.name}
          {s.afterMidnight && ` · ${w.afterMidnight}`}
        </span>
      </span>
    </li>
  );
}

/**
 * The compact listing an iframe shows on the festival's or a cinema's own site: no header,
 * each day's screenings as one line each, every link opening the full page in a new tab.
 */
export function EmbedListing({ edition, days, locale }: { edition: SnapshotEdition; days: ProgrammeDay[]; locale: string }) {
  const base = editionBase(edition, locale);
  const w = embedWords(locale);
  return (
    <main id="main" className="embed-listing px-2 py-2 text-sm">
      <h1 className="flex flex-wrap items-baseline justify-between gap-x-3 font-serif text-base font-bold">
        {edition.name}
        <a href={base} {...OUT} className="font-sans text-xs font-normal text-ink underline">
          {w.full}
          <span className="sr-only"> {w.newTab}</span>
        </a>
      </h1>
      {days.map((d) => (
        <section key={d.day} aria-labelledby={`embed-${d.day}`} className="mt-2">
          <h2 id={`embed-${d.day}`} className="bg-accent px-1.5 py-0.5 text-sm font-semibold text-on-accent">
            {d.label}
          </h2>
          {d.screenings.length === 0 ? (
            <p className="py-1.5 text-stone-700">{w.none}</p>
          ) : (
            <ol aria-label={w.screeningsOn(d.label)}>
              {d.screenings.map((s) => (
                <EmbedRow key={s.id} s={s} base={base} w={w} />
              ))}
            </ol>
          )}
        </section>
      ))}
    </main>
  );
}
