import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { isIsoDay } from "@/lib/festival-time";
import { findDay } from "@/lib/programme-pages";
import { getPublished } from "@/server/services/public";

// Rendered on first request and kept until the next release of the edition (server/release-cache.ts).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string; day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, day } = await params;
  const published = getPublished(edition);
  const d = published && findDay(published.programme, day);
  return { title: d ? `${d.label} · ${published!.programme.edition.name}` : "Schedule" };
}

export default async function DayPage({ params }: Props) {
  const { edition, day } = await params;
  const published = getPublished(edition);
  if (!published || !isIsoDay(day)) notFound();
  const { programme } = published;
  const index = programme.days.findIndex((d) => d.day === day);
  const current = programme.days[index];
  if (!current) notFound();
  const base = `/schedule/${programme.edition.slug}`;
  const prev = programme.days[index - 1];
  const next = programme.days[index + 1];
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, day]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} day={current.day} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{current.label}</h1>
        <p className="mt-1 text-sm text-stone-700">
          Festival day from {programme.edition.dayBreak} to {programme.edition.dayBreak} the next morning; screenings after midnight are
          listed here.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <Link href={`${base}/${current.day}/grid`} className="hidden underline md:inline">
            Grid by venue
          </Link>
          <Link href={`${base}/${current.day}/print`} className="underline">
            Printable programme
          </Link>
          <Link href={`${base}/search?day=${current.day}`} className="underline">
            Filter this day
          </Link>
        </p>
        <nav aria-label="Days" className="mt-3 flex justify-between text-sm">
          {prev ? (
            <Link href={`${base}/${prev.day}`} className="underline">
              ← {prev.label}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`${base}/${next.day}`} className="underline">
              {next.label} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
        {current.screenings.length === 0 ? (
          <p className="mt-6">No screenings on this day.</p>
        ) : (
          <ol className="mt-4" aria-label={`Screenings on ${current.label}`}>
            {current.screenings.map((s) => (
              <ScreeningItem key={s.id} s={s} base={base} />
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
