import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { WeekFilms } from "@/components/public/WeekFilms";
import { isIsoDay } from "@/lib/festival-time";
import { weekOf } from "@/lib/week";
import { WEEK_WORDS } from "@/lib/week-words";
import { getPublished } from "@/server/services/public";

// "Today's remaining screenings first" depends on the time of reading: rendered per request
// (lib/programme-pages.ts), from the release's programme kept in memory.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; start: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, start } = await params;
  const published = getPublished(edition);
  const week = published && isIsoDay(start) ? weekOf(published.programme, start, new Date()) : null;
  if (!published || !week) return { title: "Schedule" };
  return { title: `${WEEK_WORDS.title(week.days)} · ${published.programme.edition.name}` };
}

/** A cinema's week (issue 17 §4): each film showing in the seven days from the date, with all its times. */
export default async function WeekPage({ params }: Props) {
  const { edition, start } = await params;
  const published = getPublished(edition);
  if (!published || !isIsoDay(start)) notFound();
  const { programme } = published;
  const week = weekOf(programme, start, new Date());
  if (!week) notFound();
  const base = `/schedule/${programme.edition.slug}`;
  return (
    <>
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{WEEK_WORDS.title(week.days)}</h1>
        <p className="mt-1 text-sm text-stone-700">{WEEK_WORDS.intro}</p>
        <nav aria-label={WEEK_WORDS.weeks} className="mt-3 flex justify-between text-sm">
          {week.previous ? (
            <Link href={`${base}/week/${week.previous}`} className="underline">
              {WEEK_WORDS.previous(week.previous)}
            </Link>
          ) : (
            <span />
          )}
          {week.next ? (
            <Link href={`${base}/week/${week.next}`} className="underline">
              {WEEK_WORDS.next(week.next)}
            </Link>
          ) : (
            <span />
          )}
        </nav>
        <WeekFilms films={week.films} base={base} today={week.today} />
      </main>
    </>
  );
}
