import { ReleaseMark } from "@/components/public/ReleaseMark";
import { TableHead } from "@/components/ui/TableHead";
import { toZonedIso } from "@/lib/festival-time";
import { findDay } from "@/lib/programme-pages";
import { formatRuntime } from "@/lib/runtime";
import { publishedPart } from "@/server/published-page";

// Rendered on first request and kept until the next release of the edition (server/release-cache.ts).
export const revalidate = false;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string; day: string }> };

const page = publishedPart(
  (programme, { day }: { edition: string; day: string }) => findDay(programme, day),
  (d, { programme }) => `${programme.edition.name} · ${d.label} (print)`,
  "Print",
);
export const generateMetadata = page.generateMetadata;

export default async function PrintPage({ params }: Props) {
  const { edition, day } = await params;
  const { published, part: d } = await page.load(params);
  const { programme } = published;
  const asOf = toZonedIso(published.publishedAt, programme.edition.timeZone);
  return (
    <main id="main" className="print-sheet mx-auto max-w-[190mm] bg-white p-4 text-black print:p-0">
      <ReleaseMark version={published.version} segments={[edition, day, "print"]} />
      <header className="mb-2 flex items-baseline justify-between border-b-2 border-black pb-1">
        <h1 className="font-serif text-[15pt] font-bold">{programme.edition.name}</h1>
        <p className="text-[11pt] font-semibold">{d.label}</p>
      </header>
      <p className="no-print mb-2 text-sm">
        <a href={`/schedule/${programme.edition.slug}/${d.day}`} className="underline">
          Back to the day
        </a>{" "}
        · Print this page (A4).
      </p>
      {d.screenings.length === 0 ? (
        <p>No screenings on this day.</p>
      ) : (
        <table>
          <TableHead columns={["Time", "Venue", "Film", "Director", "Runtime"]} />
          <tbody>
            {d.screenings.map((s) => {
              const cancelled = s.status === "cancelled";
              return (
                <tr key={s.id} data-screening-id={s.id}>
                  <td className="whitespace-nowrap tabular-nums">
                    {s.startTime}–{s.endTime}
                    {s.afterMidnight && " ☾"}
                  </td>
                  <td>{s.venue.name}</td>
                  <td>
                    {cancelled && <strong>CANCELLED </strong>}
                    <span className={cancelled ? "line-through" : "font-semibold"}>{s.title}</span>
                  </td>
                  <td>{[...new Set(s.films.flatMap((f) => f.directors))].join(", ")}</td>
                  <td className="whitespace-nowrap">{formatRuntime(s.runtimeMinutes)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <footer className="print-footer mt-3 flex justify-between border-t border-black pt-1 text-[8pt]">
        <span>☾ after midnight (belongs to this festival day)</span>
        <span>
          Release {published.version} · as of{" "}
          <time dateTime={asOf}>
            {asOf.slice(0, 10)} {asOf.slice(11, 16)}
          </time>
        </span>
      </footer>
    </main>
  );
}
