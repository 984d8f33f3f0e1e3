import { deleteInEdition, writeInEdition } from "@/server/edition-routes";
import { actorOf, idParam, json, route } from "@/server/http";
import { lineupOf, scenarioOf } from "@/server/services/scenarios-lineup";
import { deleteSlot, getSlot, updateSlot } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string; id: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const { slug, id } = await params;
  const actor = actorOf(req);
  return json(getSlot(actor, slug, idParam(id, "Slot"), lineupOf(actor, slug, "read", req)));
});

export const PATCH = writeInEdition("Slot", (actor, slug, id, body, req) => updateSlot(actor, slug, id, body, scenarioOf(req)));

/** Deletes the slot and the screening in it. */
export const DELETE = deleteInEdition("Slot", (actor, slug, id, req) => deleteSlot(actor, slug, id, lineupOf(actor, slug, "edit", req)));
