import { authorise } from "@/server/auth";
import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { updateUser } from "@/server/services/accounts";

type Ctx = { params: Promise<{ id: string }> };

/** Admins: `{name?, role?, disabled?, password?, editionRoles?: {slug: role|null}}` -> 200 */
export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  authorise(actor, "admin");
  const id = idParam((await params).id, "User");
  return json(await updateUser(actor, id, await readJson(req)));
});
