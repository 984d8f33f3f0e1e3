import type { Metadata } from "next";
import Link from "next/link";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { ScenarioSwitcher } from "@/components/admin/ScenarioSwitcher";
import { shortDayLabel } from "@/lib/festival-time";
import { dayTotals, type OverviewCell } from "@/lib/overview";
import { pageData, scenarioOfPage } from "@/server/page-data";
import { getOverview } from "@/server/services/overview";
import { listScenarios } from "@/server/services/scenarios";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Festival overview" };

/** The whole edition at a glance: days × venues, each cell's fill, empty minutes and conflicts, linking to that day's board. */
export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ edition: string }>;
  searchParams: Promise<{ scenario?: string | string[] }>;
}) {
  const { edition: slug } = await params;
  const actor = await requireSignedIn("/admin");
  const query = await searchParams;
  const scenarioId = scenarioOfPage(query.scenario);
  const scenarios = pageData(() => listScenarios(actor, slug));
  const overview = pageData(() => getOverview(actor, slug, scenarioId));
  const keep = scenarioId === null ? "" : `?scenario=${scenarioId}`;
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={overview.edition.name}>
        Festival overview{overview.scenario ? `: ${overview.scenario.name}` : ""}
      </EditionPageHeading>
      <ScenarioSwitcher slug={slug} path={`/admin/editions/${slug}/overview`} scenarios={scenarios} scenarioId={scenarioId} />
      <p className="text-sm text-stone-700">
        Empty minutes are slot time no screening uses: empty slots and what is left of a slot after its screening (a held slot counts as
        used); fill is the share of slot time used. ⚠ counts the conflicts that touch the cell (errors block a release). Each cell opens
        that day's board.
      </p>
      <div className="w-fit max-w-full overflow-auto rounded border border-stone-300 bg-white">
        <table className="border-collapse text-sm" data-testid="overview">
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-stone-100 px-2 py-1 text-left">
                Day
              </th>
              {overview.venues.map((v) => (
                <th key={v.id} scope="col" className="bg-stone-100 px-2 py-1 text-left whitespace-nowrap">
                  {v.name}
                </th>
              ))}
              <th scope="col" className="bg-stone-100 px-2 py-1 text-left">
                Day total
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row, i) => {
              const day = overview.days[i] ?? "";
              const total = dayTotals(row);
              return (
                <tr key={day} className="border-t border-stone-200">
                  <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1 text-left whitespace-nowrap">
                    <Link href={`/admin/editions/${slug}/board/${day}${keep}`} className="underline">
                      {shortDayLabel(day)}
                    </Link>
                  </th>
                  {row.map((cell) => (
                    <Cell key={cell.venueId} cell={cell} href={`/admin/editions/${slug}/board/${day}${keep}`} />
                  ))}
                  <td className="px-2 py-1 whitespace-nowrap text-stone-700">
                    {total.fillPercent === null ? "no slots" : `${total.fillPercent}% · ${total.emptyMinutes} min empty`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Cell({ cell, href }: { cell: OverviewCell; href: string }) {
  const fill = cell.fillPercent;
  const tone = fill === null ? "bg-stone-50 text-stone-500" : fill >= 90 ? "bg-green-100" : fill >= 50 ? "bg-lime-50" : "bg-amber-50";
  return (
    <td className={`border-l border-stone-200 p-0 ${tone}`} data-testid="overview-cell" data-day={cell.day} data-venue-id={cell.venueId}>
      <Link href={href} className="block px-2 py-1 whitespace-nowrap hover:underline">
        {fill === null ? (
          "no slots"
        ) : (
          <>
            <span className="font-semibold" data-testid="cell-fill">
              {fill}%
            </span>{" "}
            <span data-testid="cell-empty">{cell.emptyMinutes} min empty</span>
            {cell.conflicts > 0 && (
              <span
                className={`ml-1 rounded px-1 font-bold ${cell.errors ? "bg-red-700 text-white" : "bg-amber-300 text-amber-950"}`}
                data-testid="cell-conflicts"
              >
                ⚠ {cell.conflicts}
              </span>
            )}
          </>
        )}
      </Link>
    </td>
  );
}
