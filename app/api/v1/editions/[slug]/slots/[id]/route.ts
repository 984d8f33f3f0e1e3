import { deleteInEdition, writeInEdition } from "@/server/edition-routes";
import { actorOf, idParam, json, route } from "@/server/http";
import { deleteSlot, getSlot, updateSlot } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string; id: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const { slug, id } = await params;
  return json(getSlot(actorOf(req), slug, idParam(id, "Slot")));
});

export const PATCH = writeInEdition("Slot", updateSlot);

/** Deletes the slot and the screening in it. */
export const DELETE = deleteInEdition("Slot", deleteSlot);
