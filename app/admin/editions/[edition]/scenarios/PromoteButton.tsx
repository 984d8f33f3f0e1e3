"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { quietButtonClass } from "@/components/admin/Field";
import { errorText } from "@/components/api";
import { type ScenarioSummary, scenariosApi, scheduleMutationOptions } from "@/components/queries";

type Promotable = Pick<ScenarioSummary, "id" | "name" | "version">;

/** Promotes a scenario at the version shown (one changed since is refused, 409), then opens the scenarios page saying what happened. */
function usePromote(slug: string, after: (kept: { id: number }) => string) {
  const router = useRouter();
  const promote = useMutation(
    scheduleMutationOptions(slug, (s: { id: number; version: number }) => scenariosApi.promote(slug, s.id, s.version)),
  );
  const run = (s: Promotable, ask: string) => {
    if (window.confirm(ask)) promote.mutate(s, { onSuccess: ({ kept }) => router.push(after(kept)) });
  };
  const failed = promote.isError && (
    <span role="alert" className="text-red-800">
      {errorText(promote.error)}
    </span>
  );
  return { run, pending: promote.isPending, failed };
}

const scenariosPage = (slug: string) => `/admin/editions/${encodeURIComponent(slug)}/scenarios`;

/** "Make working lineup": the scenarios page then offers to undo at once. */
export function PromoteButton({ slug, scenario }: { slug: string; scenario: Promotable }) {
  const { run, pending, failed } = usePromote(slug, (kept) => `${scenariosPage(slug)}?kept=${kept.id}`);
  return (
    <span className="grid gap-1">
      <button
        type="button"
        className={quietButtonClass}
        disabled={pending}
        aria-label={`Make ${scenario.name} the working lineup`}
        onClick={() =>
          run(
            scenario,
            `Make “${scenario.name}” the working lineup? The current working lineup is kept as the scenario “before promoting ${scenario.name}”. Nothing is published until you publish a release.`,
          )
        }
      >
        Make working lineup
      </button>
      {failed}
    </span>
  );
}

/** Undo a promotion: promote the lineup it replaced. */
export function UndoPromotion({ slug, kept }: { slug: string; kept: Promotable }) {
  const { run, pending, failed } = usePromote(slug, (back) => `${scenariosPage(slug)}?undone=${back.id}`);
  return (
    <>
      <button
        type="button"
        className={quietButtonClass}
        disabled={pending}
        onClick={() => run(kept, `Undo: make “${kept.name}” the working lineup again?`)}
      >
        Undo the promotion
      </button>
      {failed}
    </>
  );
}
