import { requireUser } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { tokenQuery } from "@/server/schemas";
import { createApiToken, listApiTokens } from "@/server/services/accounts";
import { parse } from "@/server/validate";

/** The caller's personal API tokens (never the tokens themselves); admins: `?userId=` for anyone's. */
export const GET = route(async (req) => {
  const actor = actorOf(req);
  const { userId } = parse(tokenQuery, Object.fromEntries(new URL(req.url).searchParams));
  return json({ tokens: listApiTokens(actor, userId) });
});

/** `{name, role, expiresAt?}` -> 201 `{token, id, name, role, expiresAt}`: the token is shown this once. */
export const POST = route(async (req) => {
  const actor = actorOf(req);
  requireUser(actor);
  return json(createApiToken(actor, await readJson(req)), 201);
});
