import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { moveScreeningRequest } from "@/server/services/board";
import { authoriseIn } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string; id: string }> };

/**
 * `{toSlotId, version}` -> 200 `{from, to}` (both slots as GET lists them): the screening keeps its identity.
 * 409 `stale_version` when `version` is not the screening's, 409 `conflict` when the target is occupied,
 * 422 `does_not_fit` with the fit object when it would run over the target.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  return json(moveScreeningRequest(actor, slug, idParam(id, "Slot"), await readJson(req)));
});
