import { actorOf, idParam, json, route } from "@/server/http";
import { compareScenario } from "@/server/services/scenarios-compare";

type Ctx = { params: Promise<{ slug: string; id: string }> };

/** `?with=current|{id}` -> `{scenario, with, changes, figures}`. */
export const GET = route(async (req, { params }: Ctx) => {
  const { slug, id } = await params;
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return json(compareScenario(actorOf(req), slug, idParam(id, "Scenario"), query));
});
