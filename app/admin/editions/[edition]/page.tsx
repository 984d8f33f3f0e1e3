import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionForm } from "@/components/admin/EditionForm";
import { NewVenueForm, VenueRow } from "@/components/admin/VenueForms";
import { dayLabel, daysBetween } from "@/lib/festival-time";
import { ServiceError } from "@/server/errors";
import { getEdition } from "@/server/services/editions";
import { getBoard } from "@/server/services/schedule";
import { currentActor } from "@/server/session";

export const metadata: Metadata = { title: "Edition" };

export default async function EditionPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition: slug } = await params;
  const actor = await currentActor();
  let edition: ReturnType<typeof getEdition>;
  let board: ReturnType<typeof getBoard>;
  try {
    edition = getEdition(actor, slug);
    board = getBoard(actor, slug);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "not_found") notFound();
    throw e;
  }
  const errors = board.conflicts.filter((c) => c.severity === "error").length;
  const warnings = board.conflicts.length - errors;
  const base = `/admin/editions/${edition.slug}`;
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">{edition.name}</h1>
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          <Link href={`${base}/conflicts`} className="underline">
            {errors} error{errors === 1 ? "" : "s"}, {warnings} warning{warnings === 1 ? "" : "s"}
          </Link>
          <Link href={`${base}/publish`} className="underline">
            Publish a release
          </Link>
          <Link href={`/schedule/${edition.slug}`} className="underline">
            Public schedule
          </Link>
        </p>
      </div>
      <section aria-labelledby="days-h">
        <h2 id="days-h" className="text-xl font-semibold">
          Days
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-3">
          {daysBetween(edition.firstDay, edition.lastDay).map((d) => {
            const n = board.slots.filter((s) => s.festivalDay === d).length;
            return (
              <li key={d}>
                <Link href={`${base}/days/${d}`} className="underline">
                  {dayLabel(d)}
                </Link>
                <Link href={`${base}/board/${d}`} className="ml-2 text-sm underline" aria-label={`Board ${dayLabel(d)}`}>
                  Board
                </Link>
                <span className="ml-2 text-sm text-stone-700">
                  {n} slot{n === 1 ? "" : "s"}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="venues-h">
        <h2 id="venues-h" className="text-xl font-semibold">
          Venues
        </h2>
        <ul>
          {edition.venues.map((v) => (
            <VenueRow key={`${v.id}-${v.version}`} edition={edition.slug} venue={v} />
          ))}
        </ul>
        <div className="mt-4 rounded border border-stone-300 bg-white p-3">
          <h3 className="mb-2 font-semibold">Add a venue</h3>
          <NewVenueForm edition={edition.slug} />
        </div>
      </section>
      <section aria-labelledby="settings-h" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="settings-h" className="mb-3 text-xl font-semibold">
          Settings
        </h2>
        <EditionForm key={edition.version} edition={edition} />
      </section>
    </div>
  );
}
