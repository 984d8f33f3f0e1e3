import { actorOf, json, readJson, route } from "@/server/http";
import { getEdition, updateEdition } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => json(getEdition(actorOf(req), (await params).slug)));

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  return json(updateEdition(actor, (await params).slug, await readJson(req)));
});
