import { actorOf, json, readJson, route } from "@/server/http";
import { undoDayCopy } from "@/server/services/day-copy";
import { authoriseIn } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string; day: string }> };

/**
 * `{slots: [{id, version, screeningVersion}]}` (what a copy to `day` answered) -> 200 `{deleted}`:
 * the copied slots and their screenings deleted, or 409 `stale_version` if any changed since.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, day } = await params;
  authoriseIn(actor, slug, "edit");
  const scenario = new URL(req.url).searchParams.get("scenario");
  return json(undoDayCopy(actor, slug, day, await readJson(req), scenario));
});
