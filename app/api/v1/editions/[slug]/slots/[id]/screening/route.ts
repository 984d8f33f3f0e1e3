import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { deleteScreening, putScreening } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string; id: string }> };

/**
 * `{filmIds, preShowMinutes, introMinutes, qaMinutes, status}` -> 200 `{screening, fit, conflicts}`;
 * 422 `does_not_fit` with the fit object when it is over the slot.
 */
export const PUT = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  return json(putScreening(actor, slug, idParam(id, "Slot"), await readJson(req)));
});

/** Takes the screening out; `?version=N` refuses with 409 `stale_version` if it changed since. */
export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  deleteScreening(actor, slug, idParam(id, "Slot"), Object.fromEntries(new URL(req.url).searchParams));
  return new Response(null, { status: 204 });
});
