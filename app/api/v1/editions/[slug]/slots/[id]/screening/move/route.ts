import { writeInEdition } from "@/server/edition-routes";
import { moveScreeningRequest } from "@/server/services/board";
import { scenarioOf } from "@/server/services/scenarios-lineup";

/**
 * `{toSlotId, version}` -> 200 `{from, to}` (both slots as GET lists them): the screening keeps its identity.
 * 409 `stale_version` when `version` is not the screening's, 409 `conflict` when the target is occupied,
 * 422 `does_not_fit` with the fit object when it would run over the target.
 */
export const POST = writeInEdition("Slot", (actor, slug, id, body, req) => moveScreeningRequest(actor, slug, id, body, scenarioOf(req)));
