import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { getWalkingMinutes, putWalkingMinutes } from "@/server/services/walking";

type Ctx = { params: Promise<{ slug: string }> };

/** `{minutes: [{fromVenueId, toVenueId, minutes}]}` */
export const GET = route(async (req, { params }: Ctx) => json(getWalkingMinutes(actorOf(req), (await params).slug)));

/** Replaces the whole set: `{minutes: [...]}` -> 200 with what is stored. */
export const PUT = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "edit");
  return json(putWalkingMinutes(actor, slug, await readJson(req)));
});
