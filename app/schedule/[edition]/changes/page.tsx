import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { toZonedIso } from "@/lib/festival-time";
import type { ChangeType, ReleaseChange } from "@/lib/types";
import { publishedHere } from "@/server/i18n-page";
import { festivalTitle } from "@/server/published-page";
import type { Published } from "@/server/services/public";

// Rendered on first request and kept until the next release of the edition (server/release-cache.ts).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export const generateMetadata = ({ params }: { params: Promise<{ edition: string; day?: string }> }) => festivalTitle("Changes", params);

const LABEL: Record<ChangeType, string> = {
  new: "New",
  moved: "Moved",
  retimed: "New time",
  "films-changed": "Programme changed",
  cancelled: "Cancelled",
  reinstated: "Back on",
  removed: "Removed",
  "details-changed": "Details",
  "guests-changed": "Guests",
  "tickets-changed": "Tickets",
};

type Entry = Published["history"][number];

function ChangeList({ changes }: { changes: ReleaseChange[] }) {
  if (changes.length === 0) return <p className="mt-1 text-sm text-stone-700">No changes to screenings.</p>;
  return (
    <ul className="mt-2 grid gap-1">
      {changes.map((c) => (
        <li key={`${c.type}:${c.screeningId}:${c.message}`} data-change={c.type}>
          <span className="mr-2 inline-block min-w-28 rounded bg-stone-200 px-1.5 text-xs font-semibold uppercase tracking-wide">
            {LABEL[c.type] ?? c.type}
          </span>
          {c.message}
        </li>
      ))}
    </ul>
  );
}

function When({ at, tz }: { at: Date; tz: string }) {
  const iso = toZonedIso(at, tz);
  return (
    <time dateTime={iso}>
      {iso.slice(0, 10)} {iso.slice(11, 16)}
    </time>
  );
}

/** A status-only release (ticket availability alone): folded, its heading says so; opens without JavaScript. */
function TicketRelease({ r, tz }: { r: Entry; tz: string }) {
  const n = r.changes.length;
  return (
    <section
      data-release={r.version}
      data-kind="tickets"
      aria-labelledby={`release-${r.version}`}
      className="mt-6 border-t border-stone-300 pt-4"
    >
      <details>
        <summary className="cursor-pointer">
          <h2 id={`release-${r.version}`} className="inline text-lg font-semibold">
            Release {r.version}: ticket status
          </h2>
          <span className="ml-2 text-base text-stone-700">
            <When at={r.publishedAt} tz={tz} /> · {n} {n === 1 ? "screening" : "screenings"}
          </span>
        </summary>
        {r.note && <p className="mt-1 italic">{r.note}</p>}
        <ChangeList changes={r.changes} />
      </details>
    </section>
  );
}

function ScheduleRelease({ r, tz }: { r: Entry; tz: string }) {
  return (
    <section
      data-release={r.version}
      data-kind="schedule"
      aria-labelledby={`release-${r.version}`}
      className="mt-6 border-t border-stone-300 pt-4"
    >
      <h2 id={`release-${r.version}`} className="text-xl font-semibold">
        Release {r.version}
        <span className="ml-2 text-base font-normal text-stone-700">
          <When at={r.publishedAt} tz={tz} />
        </span>
      </h2>
      {r.note && <p className="mt-1 italic">{r.note}</p>}
      <ChangeList changes={r.changes} />
    </section>
  );
}

export default async function ChangesPage({ params }: Props) {
  const { edition } = await params;
  const published = await publishedHere(edition);
  if (!published) notFound();
  const { programme, history } = published;
  const tz = programme.edition.timeZone;
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "changes"]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">Changes to the programme</h1>
        {history.map((r) =>
          r.kind === "tickets" ? <TicketRelease key={r.version} r={r} tz={tz} /> : <ScheduleRelease key={r.version} r={r} tz={tz} />,
        )}
      </main>
    </>
  );
}
