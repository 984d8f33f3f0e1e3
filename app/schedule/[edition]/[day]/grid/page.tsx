import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { type DayGrid, dayGrid } from "@/lib/day-grid";
import { findDay } from "@/lib/programme-pages";
import { translator } from "@/server/i18n";
import { editionBase, publishedHere, requestLocale } from "@/server/i18n-page";
import { festivalTitle } from "@/server/published-page";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release (server/release-site.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; day: string }> };

export const generateMetadata = async ({ params }: { params: Promise<{ edition: string; day?: string }> }) =>
  festivalTitle(translator(await requestLocale())("grid.title"), params);

const PX_PER_MIN = 1.2;
/** A faint line at every hour (the grid starts on one, and hours are real time: evenly spaced). */
const HOUR_LINES = `repeating-linear-gradient(to bottom, rgb(214 211 209) 0 1px, transparent 1px ${60 * PX_PER_MIN}px)`;

/** The festival day as a venue-by-time grid, for wide screens. */
export default async function GridPage({ params }: Props) {
  const { edition, day } = await params;
  const published = await publishedHere(edition);
  const d = published && findDay(published.programme, day);
  if (!published || !d) notFound();
  const { programme } = published;
  const base = editionBase(programme.edition, programme.locale);
  const grid = dayGrid(d, programme.venues, programme.edition.timeZone);
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, day, "grid"]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} day={d.day} width="wide" version={published.version} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{d.label}</h1>
        <p className="mt-1 text-sm">
          <Link href={`${base}/${d.day}`} className="underline">
            List view
          </Link>
        </p>
        {grid.clockChange && (
          <p className="mt-3 rounded border-l-4 border-accent bg-white p-2 text-sm" data-testid="clock-change">
            {grid.clockChange}
          </p>
        )}
        {grid.items.length === 0 ? (
          <p className="mt-4">{translator(programme.locale)("day.none")}</p>
        ) : (
          <GridView grid={grid} base={base} />
        )}
      </main>
    </>
  );
}

/** The venue-by-time grid itself: hour labels down the side, a column per venue. */
function GridView({ grid, base }: { grid: DayGrid; base: string }) {
  return (
    <div className="mt-4 overflow-x-auto pt-2 pb-4">
      <div
        className="grid min-w-[36rem]"
        // the hour column is wider only on a night whose hour lines carry a note
        style={{ gridTemplateColumns: `${grid.clockChange ? "8rem" : "3.5rem"} repeat(${grid.venues.length}, minmax(10rem, 1fr))` }}
      >
        <div />
        {grid.venues.map((v) => (
          <h2 key={v.id} className="border-b-2 border-stone-800 px-2 pb-1 text-sm font-semibold">
            <Link href={`${base}/venues/${v.slug}`}>{v.name}</Link>
          </h2>
        ))}
        <div className="relative" style={{ height: grid.totalMinutes * PX_PER_MIN }}>
          {grid.hours.map((h) => (
            <span
              key={h.offset}
              className="absolute inset-x-0 -translate-y-2 whitespace-nowrap pr-2 text-right text-xs leading-4 tabular-nums text-stone-700"
              style={{ top: h.offset * PX_PER_MIN }}
              data-hour={h.label}
            >
              {h.label}
              {h.note && <span className="block text-[0.7rem] leading-3 text-stone-800">{h.note}</span>}
            </span>
          ))}
        </div>
        {grid.venues.map((v, col) => (
          <ol
            key={v.id}
            className="relative border-l border-stone-300"
            aria-label={v.name}
            style={{ height: grid.totalMinutes * PX_PER_MIN, backgroundImage: HOUR_LINES }}
          >
            {grid.items
              .filter((i) => i.column === col)
              .map((i) => (
                <li
                  key={i.screening.id}
                  className={`absolute inset-x-1 overflow-hidden rounded border p-1 text-xs ${i.screening.status === "cancelled" ? "border-stone-400 bg-stone-100 text-stone-600" : "border-accent bg-white"}`}
                  style={{ top: i.top * PX_PER_MIN, height: i.height * PX_PER_MIN }}
                >
                  <span className="font-semibold tabular-nums">
                    {i.screening.startTime}–{i.screening.endTime}
                  </span>{" "}
                  {i.screening.status === "cancelled" && <strong>Cancelled </strong>}
                  <span className={i.screening.status === "cancelled" ? "line-through" : ""}>{i.screening.title}</span>
                </li>
              ))}
          </ol>
        ))}
      </div>
    </div>
  );
}
