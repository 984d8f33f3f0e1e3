import { authorise } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { createUser, listUsers } from "@/server/services/accounts";

/** Admins: every user with their role and per-edition roles. */
export const GET = route(async (req) => json({ users: listUsers(actorOf(req)) }));

/** Admins: `{email, name?, password, role?}` -> 201 */
export const POST = route(async (req) => {
  const actor = actorOf(req);
  authorise(actor, "admin");
  return json(await createUser(actor, await readJson(req)), 201);
});
