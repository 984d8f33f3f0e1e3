import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { swapVenues } from "@/server/services/venue-swap";

type Ctx = { params: Promise<{ slug: string }> };

/**
 * `{day, venueA, venueB}` -> 200 `{slots, screenings, fit, conflicts, mode}`: the two venues'
 * screenings of festival day `day` swapped (or their slots, when the slots do not pair up by
 * start); `?scenario={id}` inside a scenario. All or nothing.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "edit");
  const scenario = new URL(req.url).searchParams.get("scenario");
  return json(swapVenues(actor, slug, await readJson(req), scenario));
});
