import { actorOf, json, route } from "@/server/http";
import { lineupOf } from "@/server/services/scenarios-lineup";
import { listConflicts } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  const conflicts = listConflicts(actor, slug, lineupOf(actor, slug, "read", req));
  return json({ conflicts, blocking: conflicts.some((c) => c.severity === "error") });
});
