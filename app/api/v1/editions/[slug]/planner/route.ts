import { json, route } from "@/server/http";
import { plannerJson } from "@/server/services/planner";

type Ctx = { params: Promise<{ slug: string }> };

/** Public: the best plan for ?films=12,15&must=12&from=10:00&to=23:30&breakMinutes=10 over the latest release. */
export const GET = route(async (req, { params }: Ctx) =>
  json(plannerJson((await params).slug, new URL(req.url).searchParams), 200, { "cache-control": "public, max-age=60" }),
);
