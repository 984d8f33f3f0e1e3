import type { Metadata } from "next";
import { Board } from "@/components/admin/board/Board";
import { DraftPanel } from "@/components/admin/board/DraftPanel";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { ScenarioSwitcher } from "@/components/admin/ScenarioSwitcher";
import { dayLabel } from "@/lib/festival-time";
import { dayViewProps, editionOfDay, pageData, type RouteProps, scenarioOfPage } from "@/server/page-data";
import { draftPanelData } from "@/server/services/draft";
import { listScenarios } from "@/server/services/scenarios";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Board" };

/** The scheduling board of one festival day (day-break to day-break), of the working lineup or a scenario (`?scenario=`). */
export default async function BoardPage({ params, searchParams }: RouteProps<{ edition: string; day: string }, { scenario?: string }>) {
  const { edition: slug, day } = await params;
  await editionOfDay(slug, day);
  const actor = await requireSignedIn("/admin");
  const scenarioId = scenarioOfPage((await searchParams).scenario);
  // Every slot of the lineup: the board needs them all to know which films are scheduled.
  const board = pageData(() => getBoard(actor, slug, undefined, scenarioId));
  const scenarios = pageData(() => listScenarios(actor, slug));
  const { edition } = board;
  return (
    // The board is wider than the admin column: let it use the window's width.
    <div className="grid gap-3" style={{ width: "calc(100vw - 3rem)", marginLeft: "calc(50% - 50vw + 1.5rem)" }}>
      <EditionPageHeading slug={slug} back={edition.name}>
        Board: {dayLabel(day)}
      </EditionPageHeading>
      <ScenarioSwitcher slug={slug} path={`/admin/editions/${slug}/board/${day}`} scenarios={scenarios} scenarioId={scenarioId} />
      <Board key={`${day}:${scenarioId ?? "working"}`} {...dayViewProps(board, day, scenarioId)} userId={actor?.id ?? null} />
      {scenarioId !== null && <DraftPanel slug={slug} data={pageData(() => draftPanelData(actor, slug, scenarioId))} />}
    </div>
  );
}
