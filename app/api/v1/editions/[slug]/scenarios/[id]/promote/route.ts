import { writeInEdition } from "@/server/edition-routes";
import { promoteScenario } from "@/server/services/scenarios";

/**
 * `{version}` -> 200 `{working, kept}`: the scenario becomes the working lineup in one transaction;
 * the lineup it replaced is kept as the scenario "before promoting {name}" (promote it to undo).
 * 409 `stale_version` when the scenario changed since `version`.
 */
export const POST = writeInEdition("Scenario", promoteScenario);
