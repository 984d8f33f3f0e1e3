import type { Metadata } from "next";
import Link from "next/link";
import { EditionForm } from "@/components/admin/EditionForm";
import { EditionLogoField } from "@/components/admin/EditionLogoField";
import { NewVenueForm, VenueRow } from "@/components/admin/VenueForms";
import { WalkingMinutesForm } from "@/components/admin/WalkingMinutesForm";
import { Panel, Section } from "@/components/ui/Section";
import { dayLabel, daysBetween } from "@/lib/festival-time";
import { knownLocales } from "@/server/i18n";
import { pageData } from "@/server/page-data";
import { getEdition } from "@/server/services/editions";
import { getBoard } from "@/server/services/schedule";
import { getWalkingMinutes } from "@/server/services/walking";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Edition" };

export default async function EditionPage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition: slug } = await params;
  const actor = await requireSignedIn("/admin");
  const edition = pageData(() => getEdition(actor, slug));
  const board = pageData(() => getBoard(actor, slug));
  const walking = pageData(() => getWalkingMinutes(actor, slug));
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
          <Link href={`${base}/overview`} className="underline">
            Festival overview
          </Link>
          <Link href={`${base}/publish`} className="underline">
            Publish a release
          </Link>
          <Link href={`${base}/scenarios`} className="underline">
            Scenarios
          </Link>
          <Link href={`/schedule/${edition.slug}`} className="underline">
            Public schedule
          </Link>
        </p>
      </div>
      <Section id="days-h" title="Days">
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
      </Section>
      <Section id="venues-h" title="Venues">
        <ul>
          {edition.venues.map((v) => (
            <VenueRow
              key={`${v.id}-${v.version}`}
              edition={edition.slug}
              venue={v}
              languages={edition.locales.filter((l) => l !== edition.defaultLocale)}
            />
          ))}
        </ul>
        <div className="mt-4 rounded border border-stone-300 bg-white p-3">
          <h3 className="mb-2 font-semibold">Add a venue</h3>
          <NewVenueForm edition={edition.slug} />
        </div>
        <div className="mt-4 rounded border border-stone-300 bg-white p-3">
          <h3 className="mb-2 font-semibold">Walking minutes</h3>
          <WalkingMinutesForm edition={edition.slug} venues={edition.venues} pairs={walking.minutes} />
        </div>
      </Section>
      <Panel id="settings-h" title="Settings">
        <EditionForm key={edition.version} edition={edition} knownLocales={knownLocales()} />
        <EditionLogoField edition={edition} />
      </Panel>
    </div>
  );
}
