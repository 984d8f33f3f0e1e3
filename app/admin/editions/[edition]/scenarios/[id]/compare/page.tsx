import type { Metadata } from "next";
import Link from "next/link";
import { EditionPageHeading } from "@/components/admin/EditionPageHeading";
import { quietButtonClass } from "@/components/admin/Field";
import { Labelled, Options } from "@/components/ui/FormControls";
import { dayLabel, daysBetween, isIsoDay, shortDayLabel } from "@/lib/festival-time";
import { inLineup } from "@/lib/lineup-links";
import type { FiguresSideBySide } from "@/lib/scenario-figures";
import type { ReleaseChange } from "@/lib/types";
import { pageData, type RouteProps } from "@/server/page-data";
import { getEdition } from "@/server/services/editions";
import { listScenarios } from "@/server/services/scenarios";
import { compareScenario } from "@/server/services/scenarios-compare";
import { getBoard } from "@/server/services/schedule";
import { requireSignedIn } from "@/server/session";
import { PromoteButton } from "../../PromoteButton";
import { CompareGrid } from "./CompareGrid";

export const metadata: Metadata = { title: "Compare scenarios" };

type Search = { with?: string; day?: string };

/** A scenario beside the working lineup (or another scenario): the figures, the changes, and one day of both on the grid. */
export default async function ComparePage({ params, searchParams }: RouteProps<{ edition: string; id: string }, Search>) {
  const { edition: slug, id: idText } = await params;
  const search = await searchParams;
  const actor = await requireSignedIn("/admin");
  const id = /^[1-9]\d{0,15}$/.test(idText) ? Number(idText) : 0;
  const comparison = pageData(() => compareScenario(actor, slug, id, { with: search.with ?? "current" }));
  const scenarios = pageData(() => listScenarios(actor, slug));
  const other = comparison.with?.id ?? null;
  const edition = pageData(() => getEdition(actor, slug));
  const days = daysBetween(edition.firstDay, edition.lastDay);
  const day =
    search.day && isIsoDay(search.day) && days.includes(search.day) ? search.day : (busiestDay(comparison.figures) ?? edition.firstDay);
  const left = pageData(() => getBoard(actor, slug, day, id));
  const right = pageData(() => getBoard(actor, slug, day, other));
  const withName = comparison.with?.name ?? "Working lineup";
  const scenario = scenarios.find((s) => s.id === id);
  const base = `/admin/editions/${slug}`;
  return (
    <div
      className="grid gap-4"
      style={{ width: "calc(100vw - 3rem)", maxWidth: "100rem", marginLeft: "calc(50% - min(50vw, 50rem) + 1.5rem)" }}
    >
      <EditionPageHeading slug={slug} back={edition.name}>
        Compare “{comparison.scenario.name}” with {comparison.with ? `“${withName}”` : "the working lineup"}
      </EditionPageHeading>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/scenarios`} className="underline">
          All scenarios
        </Link>
        <Link href={inLineup(`${base}/board/${day}`, id)} className="underline">
          Board of “{comparison.scenario.name}”
        </Link>
        {scenario && <PromoteButton slug={slug} scenario={scenario} />}
      </p>
      <CompareForm days={days} day={day} other={other} options={scenarios.filter((s) => s.id !== id)} />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,25rem)_minmax(0,1fr)]">
        <div className="grid gap-4">
          <FiguresTable
            figures={comparison.figures}
            scenarioName={comparison.scenario.name}
            withName={withName}
            venueNames={Object.fromEntries(edition.venues.map((v) => [v.slug, v.name]))}
          />
          <ChangeList changes={comparison.changes} from={comparison.with ? `“${withName}”` : "the working lineup"} />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <CompareGrid
            title={`${comparison.scenario.name}, ${dayLabel(day)}`}
            day={day}
            timeZone={edition.timeZone}
            dayBreak={edition.dayBreak}
            venues={edition.venues}
            slots={left.slots}
          />
          <CompareGrid
            title={`${withName}, ${dayLabel(day)}`}
            day={day}
            timeZone={edition.timeZone}
            dayBreak={edition.dayBreak}
            venues={edition.venues}
            slots={right.slots}
          />
        </div>
      </div>
    </div>
  );
}

/** The changes in the release changelog's words. */
function ChangeList({ changes, from }: { changes: ReleaseChange[]; from: string }) {
  return (
    <section aria-labelledby="changes" className="grid gap-2">
      <h2 id="changes" className="text-lg font-semibold">
        Changes from {from} ({changes.length})
      </h2>
      {changes.length === 0 ? (
        <p role="status">No differences.</p>
      ) : (
        <ul aria-label="Changes" className="grid gap-1 text-sm">
          {changes.map((c) => (
            <li key={`${c.type}-${c.screeningId}-${c.message}`} data-change={c.type} className="rounded bg-white px-2 py-1">
              {c.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A plain GET form: the lineup to compare with and the day shown on the grid (the URL says both). */
function CompareForm({
  days,
  day,
  other,
  options,
}: {
  days: string[];
  day: string;
  other: number | null;
  options: { id: number; name: string }[];
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="What to compare">
      <Labelled label="Compare with">
        <select name="with" defaultValue={other === null ? "current" : String(other)} className="rounded border border-stone-400 px-2 py-1">
          <Options
            options={[{ value: "current", label: "Working lineup" }, ...options.map((s) => ({ value: String(s.id), label: s.name }))]}
          />
        </select>
      </Labelled>
      <Labelled label="Day on the grid">
        <select name="day" defaultValue={day} className="rounded border border-stone-400 px-2 py-1">
          <Options options={days.map((d) => ({ value: d, label: dayLabel(d) }))} />
        </select>
      </Labelled>
      <button type="submit" className={quietButtonClass}>
        Show
      </button>
    </form>
  );
}

/** The day where the two lineups hold the most screenings (the first such), to show first. */
function busiestDay(figures: FiguresSideBySide): string | undefined {
  const days = Object.keys(figures.perDay.scenario);
  let best: string | undefined;
  let most = 0;
  for (const d of days) {
    const n = (figures.perDay.scenario[d] ?? 0) + (figures.perDay.with[d] ?? 0);
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The figures side by side, with the difference (scenario minus the other). */
function FiguresTable({
  figures,
  scenarioName,
  withName,
  venueNames,
}: {
  figures: FiguresSideBySide;
  scenarioName: string;
  withName: string;
  venueNames: Record<string, string>;
}) {
  const rows: [label: string, a: number, b: number, show?: (x: number) => string][] = [
    ["Screenings", figures.screenings.scenario, figures.screenings.with],
    ["Films placed", figures.filmsPlaced.scenario, figures.filmsPlaced.with],
    ["Slots filled", figures.fillRate.scenario, figures.fillRate.with, percent],
    ["Empty slot minutes", figures.emptyMinutes.scenario, figures.emptyMinutes.with],
    ["Errors", figures.conflicts.scenario.error, figures.conflicts.with.error],
    ["Warnings", figures.conflicts.scenario.warning, figures.conflicts.with.warning],
    ...Object.keys(figures.perVenue.scenario).map((v): [string, number, number] => [
      `Screenings at ${venueNames[v] ?? v}`,
      figures.perVenue.scenario[v] ?? 0,
      figures.perVenue.with[v] ?? 0,
    ]),
    ...Object.keys(figures.perDay.scenario).map((d): [string, number, number] => [
      `Screenings on ${shortDayLabel(d)}`,
      figures.perDay.scenario[d] ?? 0,
      figures.perDay.with[d] ?? 0,
    ]),
  ];
  return (
    <table className="w-full text-sm" aria-label="Figures">
      <thead>
        <tr className="border-b border-stone-400 text-left">
          <th scope="col" className="py-1 pr-2">
            Figure
          </th>
          <th scope="col" className="py-1 pr-2 text-right">
            {scenarioName}
          </th>
          <th scope="col" className="py-1 pr-2 text-right">
            {withName}
          </th>
          <th scope="col" className="py-1 text-right">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, a, b, show = String]) => {
          const diff = show === percent ? Math.round((a - b) * 100) : a - b;
          return (
            <tr key={label} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {label}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{show(a)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{show(b)}</td>
              <td className={`py-1 text-right tabular-nums ${diff === 0 ? "text-stone-500" : "font-semibold"}`}>
                {diff === 0 ? "=" : `${diff > 0 ? "+" : "−"}${Math.abs(diff)}${show === percent ? " pts" : ""}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
