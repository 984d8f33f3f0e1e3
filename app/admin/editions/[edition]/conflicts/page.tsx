import type { Metadata } from "next";
import { ConflictList } from "@/components/admin/ConflictList";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { ScenarioSwitcher } from "@/components/admin/ScenarioSwitcher";
import { conflictSlots } from "@/lib/conflict-words";
import { pageData, type RouteProps, scenarioOfPage } from "@/server/page-data";
import { listScenarios } from "@/server/services/scenarios";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params, searchParams }: RouteProps<{ edition: string }, { scenario?: string }>) {
  const { edition: slug } = await params;
  const actor = await requireSignedIn("/admin");
  const scenarioId = scenarioOfPage((await searchParams).scenario);
  const board = pageData(() => getBoard(actor, slug, undefined, scenarioId));
  const scenarios = pageData(() => listScenarios(actor, slug));
  const place = { edition: slug, timeZone: board.edition.timeZone, known: conflictSlots(board.slots, board.venues), scenarioId };
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={board.edition.name}>
        Conflicts
      </EditionPageHeading>
      <ScenarioSwitcher slug={slug} path={`/admin/editions/${slug}/conflicts`} scenarios={scenarios} scenarioId={scenarioId} />
      <p>
        {scenarioId === null
          ? "Errors block a release; warnings do not."
          : "A scenario is never released; its errors would block a release once it is promoted."}
      </p>
      <ConflictList conflicts={board.conflicts} place={place} />
    </div>
  );
}
