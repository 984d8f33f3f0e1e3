import type { Metadata } from "next";
import Link from "next/link";
import { DayView } from "@/components/admin/DayView";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { ScenarioSwitcher } from "@/components/admin/ScenarioSwitcher";
import { dayLabel } from "@/lib/festival-time";
import { dayViewProps, editionOfDay, pageData, type RouteProps, scenarioOfPage } from "@/server/page-data";
import { listScenarios } from "@/server/services/scenarios";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Day" };

export default async function DayPage({ params, searchParams }: RouteProps<{ edition: string; day: string }, { scenario?: string }>) {
  const { edition: slug, day } = await params;
  await editionOfDay(slug, day);
  const actor = await requireSignedIn("/admin");
  const scenarioId = scenarioOfPage((await searchParams).scenario);
  const board = pageData(() => getBoard(actor, slug, day, scenarioId));
  const scenarios = pageData(() => listScenarios(actor, slug));
  const { edition } = board;
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={edition.name}>
        {dayLabel(day)}
      </EditionPageHeading>
      {scenarioId === null && (
        <p className="text-sm">
          <Link href={`/admin/editions/${slug}/days/${day}/sheets`} className="underline">
            Staff sheets for this day
          </Link>{" "}
          (running order per venue, to print)
        </p>
      )}
      <ScenarioSwitcher slug={slug} path={`/admin/editions/${slug}/days/${day}`} scenarios={scenarios} scenarioId={scenarioId} />
      <DayView key={scenarioId ?? "working"} {...dayViewProps(board, day, scenarioId)} />
    </div>
  );
}
