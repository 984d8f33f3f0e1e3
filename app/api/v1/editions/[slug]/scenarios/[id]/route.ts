import { deleteInEdition, writeInEdition } from "@/server/edition-routes";
import { actorOf, idParam, json, route } from "@/server/http";
import { deleteScenario, getScenario, updateScenario } from "@/server/services/scenarios";

type Ctx = { params: Promise<{ slug: string; id: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const { slug, id } = await params;
  return json(getScenario(actorOf(req), slug, idParam(id, "Scenario")));
});

/** `{name, version}`: 409 `stale_version` when the scenario changed since `version`. */
export const PATCH = writeInEdition("Scenario", updateScenario);

/** Deletes the scenario with its slots and screenings: 204. */
export const DELETE = deleteInEdition("Scenario", deleteScenario);
