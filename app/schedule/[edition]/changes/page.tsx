import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { toZonedIso } from "@/lib/festival-time";
import { getPublished } from "@/server/services/public";

// Rendered on first request and kept until the next release of the edition (server/release-cache.ts).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export const metadata: Metadata = { title: "Changes" };

const LABEL: Record<string, string> = {
  new: "New",
  moved: "Moved",
  retimed: "New time",
  "films-changed": "Programme changed",
  cancelled: "Cancelled",
  reinstated: "Back on",
  removed: "Removed",
};

export default async function ChangesPage({ params }: Props) {
  const { edition } = await params;
  const published = getPublished(edition);
  if (!published) notFound();
  const { programme, history } = published;
  const tz = programme.edition.timeZone;
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "changes"]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">Changes to the programme</h1>
        {history.map((r) => {
          const iso = toZonedIso(r.publishedAt, tz);
          return (
            <section
              key={r.version}
              data-release={r.version}
              aria-labelledby={`release-${r.version}`}
              className="mt-6 border-t border-stone-300 pt-4"
            >
              <h2 id={`release-${r.version}`} className="text-xl font-semibold">
                Release {r.version}
                <span className="ml-2 text-base font-normal text-stone-700">
                  <time dateTime={iso}>
                    {iso.slice(0, 10)} {iso.slice(11, 16)}
                  </time>
                </span>
              </h2>
              {r.note && <p className="mt-1 italic">{r.note}</p>}
              {r.changes.length === 0 ? (
                <p className="mt-1 text-sm text-stone-700">No changes to screenings.</p>
              ) : (
                <ul className="mt-2 grid gap-1">
                  {r.changes.map((c) => (
                    <li key={`${c.type}:${c.screeningId}:${c.message}`} data-change={c.type}>
                      <span className="mr-2 inline-block min-w-28 rounded bg-stone-200 px-1.5 text-xs font-semibold uppercase tracking-wide">
                        {LABEL[c.type] ?? c.type}
                      </span>
                      {c.message}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </main>
    </>
  );
}
