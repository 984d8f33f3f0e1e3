"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { quietButtonClass } from "@/components/admin/Field";
import { errorText } from "@/components/api";
import { type ScenarioSummary, scenariosApi, scheduleMutationOptions } from "@/components/queries";

type Kept = { id: number; name: string; version: number };

/**
 * "Make working lineup": promotes the scenario at the version shown (a scenario changed since is
 * refused, 409), then says where the replaced lineup went and offers to undo at once.
 */
export function PromoteButton({ slug, scenario }: { slug: string; scenario: Pick<ScenarioSummary, "id" | "name" | "version"> }) {
  const router = useRouter();
  const [done, setDone] = useState<{ said: string; undo: Kept | null } | null>(null);
  const promote = useMutation(
    scheduleMutationOptions(slug, (s: { id: number; version: number }) => scenariosApi.promote(slug, s.id, s.version)),
  );
  const run = (s: Kept, ask: string, undoing: boolean) => {
    if (!window.confirm(ask)) return;
    promote.mutate(s, {
      onSuccess: ({ kept }) => {
        setDone(
          undoing
            ? { said: `Undone: the working lineup is as it was; “${kept.name}” is a scenario again.`, undo: null }
            : { said: `“${scenario.name}” is the working lineup now; the previous one is kept as “${kept.name}”.`, undo: kept },
        );
        router.refresh();
      },
    });
  };
  const failed = promote.isError && (
    <span role="alert" className="text-red-800">
      {errorText(promote.error)}
    </span>
  );
  if (done)
    return (
      <span className="grid gap-1">
        <span role="status">{done.said}</span>
        {done.undo && (
          <button
            type="button"
            className={quietButtonClass}
            onClick={() => done.undo && run(done.undo, `Undo: make “${done.undo.name}” the working lineup again?`, true)}
            disabled={promote.isPending}
          >
            Undo the promotion
          </button>
        )}
        {failed}
      </span>
    );
  return (
    <span className="grid gap-1">
      <button
        type="button"
        className={quietButtonClass}
        disabled={promote.isPending}
        aria-label={`Make ${scenario.name} the working lineup`}
        onClick={() =>
          run(
            scenario,
            `Make “${scenario.name}” the working lineup? The current working lineup is kept as the scenario “before promoting ${scenario.name}”. Nothing is published until you publish a release.`,
            false,
          )
        }
      >
        Make working lineup
      </button>
      {failed}
    </span>
  );
}
