import { actorOf, idParam, route } from "@/server/http";
import { revokeApiToken } from "@/server/services/accounts";

type Ctx = { params: Promise<{ id: string }> };

/** Revokes one of the caller's tokens (admins: anyone's): 204. */
export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  revokeApiToken(actor, idParam((await params).id, "Token"));
  return new Response(null, { status: 204 });
});
