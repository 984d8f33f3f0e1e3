import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn, createVenue, listVenues } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => json({ venues: listVenues(actorOf(req), (await params).slug) }));

/** `{name, capacity, changeoverMinutes}` -> 201 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "edit");
  return json(createVenue(actor, slug, await readJson(req)), 201);
});
