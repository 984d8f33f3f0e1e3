import type { Metadata } from "next";
import Link from "next/link";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { ScenarioSwitcher } from "@/components/admin/ScenarioSwitcher";
import { ListTableHead } from "@/components/ui/TableHead";
import { inLineup } from "@/lib/lineup-links";
import { pageData, type RouteProps } from "@/server/page-data";
import { getEdition } from "@/server/services/editions";
import { listScenarios } from "@/server/services/scenarios";
import { requireSignedIn } from "@/server/session";
import { PromoteButton, UndoPromotion } from "./PromoteButton";

export const metadata: Metadata = { title: "Scenarios" };

/** The edition's scenarios: open one on the board, compare it with the working lineup, promote it. */
export default async function ScenariosPage({ params, searchParams }: RouteProps<{ edition: string }, { kept?: string; undone?: string }>) {
  const { edition: slug } = await params;
  const { kept: keptId, undone: undoneId } = await searchParams;
  const actor = await requireSignedIn("/admin");
  const edition = pageData(() => getEdition(actor, slug));
  const scenarios = pageData(() => listScenarios(actor, slug));
  const base = `/admin/editions/${slug}`;
  const board = `${base}/board/${edition.firstDay}`;
  const kept = scenarios.find((s) => String(s.id) === keptId);
  const undone = scenarios.find((s) => String(s.id) === undoneId);
  return (
    <div className="grid gap-4">
      <EditionPageHeading slug={slug} back={edition.name}>
        Scenarios
      </EditionPageHeading>
      <p className="max-w-prose">
        A scenario is a copy of the lineup to try things in (&ldquo;what if the Dardennes open in the big hall?&rdquo;) without touching the
        working lineup or the public programme. Promoting one makes it the working lineup; the lineup it replaces is kept as a scenario, so
        promoting that one undoes it.
      </p>
      {kept && (
        <p role="status" className="flex flex-wrap items-center gap-3 rounded bg-green-100 px-3 py-2 text-green-950">
          <span>
            {kept.name.startsWith("before promoting ") ? `“${kept.name.slice(17)}”` : "The scenario"} is the working lineup now; the
            previous one is kept as “{kept.name}”.
          </span>
          <UndoPromotion slug={slug} kept={kept} />
        </p>
      )}
      {undone && (
        <p role="status" className="rounded bg-green-100 px-3 py-2 text-green-950">
          Undone: the working lineup is as it was; “{undone.name}” is a scenario again.
        </p>
      )}
      <ScenarioSwitcher slug={slug} path={board} scenarios={scenarios} scenarioId={null} />
      {scenarios.length === 0 ? (
        <p role="status">No scenarios yet.</p>
      ) : (
        <table className="w-full text-sm">
          <ListTableHead columns={["Scenario", "Slots", "Screenings", "Last changed", { key: "actions", label: "Actions" }]} />
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} className="border-b border-stone-200 align-top">
                <th scope="row" className="py-2 pr-2 text-left font-semibold">
                  {s.name}
                </th>
                <td className="py-2 pr-2 tabular-nums">{s.slots}</td>
                <td className="py-2 pr-2 tabular-nums">{s.screenings}</td>
                <td className="py-2 pr-2">
                  {new Date(s.updatedAt).toLocaleString("en-GB", { timeZone: edition.timeZone, dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="flex flex-wrap items-start gap-3 py-2">
                  <Link href={inLineup(board, s.id)} className="underline" aria-label={`Board of ${s.name}`}>
                    Board
                  </Link>
                  <Link href={`${base}/scenarios/${s.id}/compare`} className="underline" aria-label={`Compare ${s.name}`}>
                    Compare
                  </Link>
                  <PromoteButton slug={slug} scenario={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
