import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { dayLabel } from "@/lib/festival-time";
import { listPublishedEditions } from "@/server/services/public";

export const dynamic = "force-dynamic";

/** The front page: every edition with a published programme, and the way in for programmers. */
export default function Home() {
  const editions = listPublishedEditions();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="font-serif text-4xl font-bold">Lineup</h1>
      <p className="mt-2 text-stone-700">Festival programmes, proven to fit and published.</p>
      <Section id="programmes-h" title="Programmes" className="mt-8">
        {editions.length === 0 ? (
          <p className="mt-2">No programme has been published yet.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {editions.map((e) => (
              <li key={e.slug}>
                <Link href={`/schedule/${e.slug}`} className="font-serif text-2xl font-semibold underline">
                  {e.name}
                </Link>
                <p className="text-sm text-stone-700">
                  {dayLabel(e.firstDay)} to {dayLabel(e.lastDay)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p className="mt-10 text-sm">
        <Link href="/admin" className="underline">
          Programmers: sign in
        </Link>{" "}
        ·{" "}
        <a href="/api/docs" className="underline">
          API
        </a>
      </p>
    </main>
  );
}
