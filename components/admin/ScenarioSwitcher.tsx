"use client";

/**
 * Which lineup a page shows (issue 16): the working lineup or one of the edition's scenarios, as
 * links (the URL says which, `?scenario={id}`); and the scenario's own actions: a new scenario
 * (from the working lineup, empty, or another scenario), rename, delete, compare.
 */
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorText } from "@/components/api";
import { type ScenarioSummary, scenariosApi, scheduleMutationOptions } from "@/components/queries";
import { Labelled, Options } from "@/components/ui/FormControls";
import { inLineup } from "@/lib/lineup-links";
import { buttonClass, quietButtonClass } from "./Field";
import { submitWith } from "./format";

const chip = "rounded-full border px-3 py-1";
const current = `${chip} border-accent bg-accent font-semibold text-white`;
const other = `${chip} border-stone-400 bg-white hover:bg-stone-100`;

export function ScenarioSwitcher({
  slug,
  path,
  scenarios,
  scenarioId,
}: {
  slug: string;
  /** This page's address without the query: each lineup's link is it with `?scenario=`. */
  path: string;
  scenarios: ScenarioSummary[];
  scenarioId: number | null;
}) {
  const shown = scenarios.find((s) => s.id === scenarioId) ?? null;
  return (
    <section aria-label="Lineup" className="grid gap-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <nav aria-label="Scenarios" className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">Lineup:</span>
        <Link href={path} className={scenarioId === null ? current : other} aria-current={scenarioId === null ? "page" : undefined}>
          Working lineup
        </Link>
        {scenarios.map((s) => (
          <Link
            key={s.id}
            href={inLineup(path, s.id)}
            className={s.id === scenarioId ? current : other}
            aria-current={s.id === scenarioId ? "page" : undefined}
          >
            {s.name}
          </Link>
        ))}
        <Link href={`/admin/editions/${slug}/scenarios`} className="ml-auto underline">
          All scenarios
        </Link>
      </nav>
      {shown ? (
        <p role="note" className="rounded bg-amber-100 px-2 py-1 text-amber-950">
          You are working in the scenario <strong>{shown.name}</strong>: the working lineup and the public programme do not change.{" "}
          <Link href={`/admin/editions/${slug}/scenarios/${shown.id}/compare`} className="underline">
            Compare with the working lineup
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <NewScenario slug={slug} path={path} scenarios={scenarios} />
        {shown ? <ScenarioActions slug={slug} path={path} scenario={shown} /> : null}
      </div>
    </section>
  );
}

/** "New scenario": its name and what it starts from; opens the new scenario on this page. */
function NewScenario({ slug, path, scenarios }: { slug: string; path: string; scenarios: ScenarioSummary[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [from, setFrom] = useState("current");
  const create = useMutation(
    scheduleMutationOptions(slug, (body: { name: string; from: "current" | "empty" | number }) => scenariosApi.create(slug, body)),
  );
  const submit = () =>
    create.mutate(
      { name, from: from === "current" || from === "empty" ? from : Number(from) },
      { onSuccess: (s) => router.push(inLineup(path, s.id)) },
    );
  const options = [
    { value: "current", label: "a copy of the working lineup" },
    { value: "empty", label: "nothing (no slots)" },
    ...scenarios.map((s) => ({ value: String(s.id), label: `a copy of ${s.name}` })),
  ];
  return (
    <details className="rounded border border-stone-300 bg-white px-2 py-1">
      <summary className="cursor-pointer font-medium">New scenario</summary>
      <form aria-label="New scenario" className="flex flex-wrap items-end gap-2 py-2" onSubmit={submitWith(submit)}>
        <Labelled label="Name">
          <input className="rounded border border-stone-400 px-2 py-1" value={name} onChange={(e) => setName(e.target.value)} required />
        </Labelled>
        <Labelled label="Start from">
          <select className="rounded border border-stone-400 px-2 py-1" value={from} onChange={(e) => setFrom(e.target.value)}>
            <Options options={options} />
          </select>
        </Labelled>
        <button type="submit" className={buttonClass} disabled={create.isPending}>
          Create scenario
        </button>
        {create.isError && (
          <p role="alert" className="basis-full text-red-800">
            {errorText(create.error)}
          </p>
        )}
      </form>
    </details>
  );
}

/** Rename or delete the scenario shown (deleting goes back to the working lineup). */
function ScenarioActions({ slug, path, scenario }: { slug: string; path: string; scenario: ScenarioSummary }) {
  const router = useRouter();
  const [name, setName] = useState(scenario.name);
  const rename = useMutation(
    scheduleMutationOptions(slug, (body: { name: string; version: number }) => scenariosApi.rename(slug, scenario.id, body)),
  );
  const remove = useMutation(scheduleMutationOptions(slug, () => scenariosApi.remove(slug, scenario.id)));
  const confirmDelete = () => {
    if (window.confirm(`Delete the scenario "${scenario.name}" with its ${scenario.slots} slots? The working lineup stays as it is.`))
      remove.mutate(undefined, { onSuccess: () => router.push(path) });
  };
  const failed = rename.error ?? remove.error;
  return (
    <details className="rounded border border-stone-300 bg-white px-2 py-1">
      <summary className="cursor-pointer font-medium">Rename or delete “{scenario.name}”</summary>
      <form
        aria-label="Rename scenario"
        className="flex flex-wrap items-end gap-2 py-2"
        onSubmit={submitWith(() => rename.mutate({ name, version: scenario.version }, { onSuccess: () => router.refresh() }))}
      >
        <Labelled label="Scenario name">
          <input className="rounded border border-stone-400 px-2 py-1" value={name} onChange={(e) => setName(e.target.value)} required />
        </Labelled>
        <button type="submit" className={quietButtonClass} disabled={rename.isPending}>
          Rename
        </button>
        <button type="button" className={quietButtonClass} onClick={confirmDelete} disabled={remove.isPending}>
          Delete scenario
        </button>
        {failed && (
          <p role="alert" className="basis-full text-red-800">
            {errorText(failed)}
          </p>
        )}
      </form>
    </details>
  );
}
