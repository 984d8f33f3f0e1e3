import { actorOf, json, readJson, route } from "@/server/http";
import { copyDay } from "@/server/services/day-copy";
import { authoriseIn } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string; day: string }> };

/**
 * `{toDay, venueIds?, withScreenings}` -> 201 `{slots, screenings, fit, conflicts}`: the day's slots
 * (and screenings, as tentative) copied to festival day `toDay` at the same clock times;
 * `?scenario={id}` inside a scenario. 409 `conflict` when a copy would overlap a slot; nothing half-written.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, day } = await params;
  authoriseIn(actor, slug, "edit");
  const scenario = new URL(req.url).searchParams.get("scenario");
  return json(copyDay(actor, slug, day, await readJson(req), scenario), 201);
});
