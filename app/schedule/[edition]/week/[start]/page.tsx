import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { WeekFilms } from "@/components/public/WeekFilms";
import { isIsoDay } from "@/lib/festival-time";
import { weekOf } from "@/lib/week";
import { editionBase, publishedHere } from "@/server/i18n-page";
import { weekWords } from "@/server/i18n-words";

// "Today's remaining screenings first" depends on the time of reading: rendered per request
// (lib/programme-pages.ts), from the release's programme kept in memory.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; start: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, start } = await params;
  const published = await publishedHere(edition);
  const week = published && isIsoDay(start) ? weekOf(published.programme, start, new Date()) : null;
  if (!published || !week) return {};
  return { title: `${weekWords(published.programme.locale).title(week.days)} · ${published.programme.edition.name}` };
}

/** A cinema's week (issue 17 §4): each film showing in the seven days from the date, with all its times. */
export default async function WeekPage({ params }: Props) {
  const { edition, start } = await params;
  const published = await publishedHere(edition);
  if (!published || !isIsoDay(start)) notFound();
  const { programme } = published;
  const week = weekOf(programme, start, new Date());
  if (!week) notFound();
  const base = editionBase(programme.edition, programme.locale);
  const w = weekWords(programme.locale);
  return (
    <>
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{w.title(week.days)}</h1>
        <p className="mt-1 text-sm text-stone-700">{w.intro}</p>
        <nav aria-label={w.weeks} className="mt-3 flex justify-between text-sm">
          {week.previous ? (
            <Link href={`${base}/week/${week.previous}`} className="underline">
              {w.previous(week.previous)}
            </Link>
          ) : (
            <span />
          )}
          {week.next ? (
            <Link href={`${base}/week/${week.next}`} className="underline">
              {w.next(week.next)}
            </Link>
          ) : (
            <span />
          )}
        </nav>
        <WeekFilms films={week.films} base={base} today={week.today} w={w} />
      </main>
    </>
  );
}
