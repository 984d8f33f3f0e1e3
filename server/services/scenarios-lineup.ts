/**
 * Which lineup a schedule write or read is in (issue 16): the working lineup (null) or one of
 * the edition's scenarios, named by `?scenario={id}` in the API and the pages.
 */
import type { DB } from "@/db/client";
import { getScenario, touchScenario } from "@/db/queries/scenarios";
import type { ScenarioId } from "@/db/queries/schedule";
import type { Edition } from "@/lib/types";
import type { Actor, Permission } from "@/server/auth";
import { notFound, ServiceError } from "@/server/errors";
import { authoriseIn, editionTransaction } from "./editions";

export type { ScenarioId };

/** `?scenario=` as a lineup: absent or empty is the working lineup; not a positive integer is 422 naming `scenario`. */
export function scenarioParam(value: string | null | undefined): ScenarioId {
  if (value === null || value === undefined || value === "") return null;
  if (!/^[1-9]\d{0,15}$/.test(value))
    throw new ServiceError("unprocessable", "Invalid scenario: must be a scenario id (a positive whole number)", {
      scenario: "must be a scenario id (a positive whole number)",
    });
  return Number(value);
}

/** The lineup named by a request's `?scenario=` (see scenarioParam). */
export function scenarioOf(req: Request): ScenarioId {
  return scenarioParam(new URL(req.url).searchParams.get("scenario"));
}

/** The lineup of a request whose caller is authorised first (401/403 before a bad `?scenario=` is judged). */
export function lineupOf(actor: Actor, slug: string, permission: Permission, req: Request): ScenarioId {
  authoriseIn(actor, slug, permission);
  return scenarioOf(req);
}

/** 404 unless the scenario is one of this edition's (the working lineup always is). */
export function requireLineup(db: DB, edition: Edition, scenarioId: ScenarioId): void {
  if (scenarioId !== null && !getScenario(db, edition.id, scenarioId)) throw notFound(`Scenario ${scenarioId}`);
}

/**
 * editionTransaction inside one lineup: 404 for a scenario of another edition, and a write in a
 * scenario grows the scenario's version (so promoting a scenario that changed since it was read is refused).
 */
export function lineupTransaction<T>(slug: string, scenarioId: ScenarioId, fn: (db: DB, edition: Edition) => T): T {
  return editionTransaction(slug, (db, edition) => {
    requireLineup(db, edition, scenarioId);
    const result = fn(db, edition);
    if (scenarioId !== null) touchScenario(db, scenarioId);
    return result;
  });
}
