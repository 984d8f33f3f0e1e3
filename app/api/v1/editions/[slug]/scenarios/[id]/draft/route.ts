import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { draftScenario } from "@/server/services/draft";
import { authoriseIn } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string; id: string }> };

/** Fills the scenario's empty slots: `{films, rules?, timeLimitSeconds?}` -> `{placed, unplaced, objective, solver}`. */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  return json(await draftScenario(actor, slug, idParam(id, "Scenario"), await readJson(req)));
});
