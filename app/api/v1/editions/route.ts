import { authorise } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { createEdition, listEditions } from "@/server/services/editions";

export const GET = route(async (req) => json({ editions: listEditions(actorOf(req)) }));

/** `{slug, name, firstDay, lastDay, timeZone, dayBreak}` -> 201 */
export const POST = route(async (req) => {
  const actor = actorOf(req);
  authorise(actor, "admin");
  return json(createEdition(actor, await readJson(req)), 201);
});
