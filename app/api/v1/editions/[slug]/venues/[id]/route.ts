import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { authoriseIn, deleteVenue, updateVenue } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string; id: string }> };

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  return json(updateVenue(actor, slug, idParam(id, "Venue"), await readJson(req)));
});

export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  deleteVenue(actor, slug, idParam(id, "Venue"));
  return new Response(null, { status: 204 });
});
