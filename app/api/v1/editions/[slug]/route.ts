import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn, getEdition, updateEdition } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => json(getEdition(actorOf(req), (await params).slug)));

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "admin");
  return json(updateEdition(actor, slug, await readJson(req)));
});
