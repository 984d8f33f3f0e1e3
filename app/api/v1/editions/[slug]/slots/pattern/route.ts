import { createInEdition } from "@/server/edition-routes";
import { createSlotsFromPattern } from "@/server/services/board";
import { scenarioOf } from "@/server/services/scenarios-lineup";

/**
 * A daily pattern `{venueId, times: ["14:00", ...], minutes, days?: ["yyyy-mm-dd", ...]}` -> 201 `{slots}`:
 * one slot per time on every festival day (or the days given), in one transaction;
 * 400 naming the field (e.g. `times.1`) when any time is invalid on any day, and nothing is created.
 */
export const POST = createInEdition((actor, slug, body, req) => createSlotsFromPattern(actor, slug, body, scenarioOf(req)));
