import { actorOf, json, route } from "@/server/http";
import { listConflicts } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const conflicts = listConflicts(actorOf(req), (await params).slug);
  return json({ conflicts, blocking: conflicts.some((c) => c.severity === "error") });
});
