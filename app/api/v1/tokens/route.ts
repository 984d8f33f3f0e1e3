import { requireUser } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { createApiToken, listApiTokens } from "@/server/services/accounts";

/** The caller's personal API tokens (never the tokens themselves). */
export const GET = route(async (req) => json({ tokens: listApiTokens(actorOf(req)) }));

/** `{name, role}` -> 201 `{token, id, name, role}`: the token is shown this once. */
export const POST = route(async (req) => {
  const actor = actorOf(req);
  requireUser(actor);
  return json(createApiToken(actor, await readJson(req)), 201);
});
