import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { deleteSlot, getSlot, updateSlot } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string; id: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const { slug, id } = await params;
  return json(getSlot(actorOf(req), slug, idParam(id, "Slot")));
});

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  return json(updateSlot(actor, slug, idParam(id, "Slot"), await readJson(req)));
});

/** Deletes the slot and the screening in it. */
export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  deleteSlot(actor, slug, idParam(id, "Slot"));
  return new Response(null, { status: 204 });
});
