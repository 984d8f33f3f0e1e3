import { actorOf, json, readJson, route } from "@/server/http";
import { createSlotsFromPattern } from "@/server/services/board";
import { authoriseIn } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string }> };

/**
 * A daily pattern `{venueId, times: ["14:00", ...], minutes, days?: ["yyyy-mm-dd", ...]}` -> 201 `{slots}`:
 * one slot per time on every festival day (or the days given), in one transaction;
 * 400 naming the field (e.g. `times.1`) when any time is invalid on any day, and nothing is created.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "edit");
  return json(createSlotsFromPattern(actor, slug, await readJson(req)), 201);
});
