import { route } from "@/server/http";
import { requestLocale } from "@/server/i18n-page";
import { plannerIcal } from "@/server/services/planner";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ edition: string }> };

/** Public: the best plan for the query as iCal, with the festival feed's UIDs (a calendar keeps one event per screening). */
export const GET = route(async (req: Request, { params }: Ctx) => {
  const { edition } = await params;
  const body = plannerIcal(edition, new URL(req.url).searchParams, await requestLocale());
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${edition.replace(/[^a-z0-9-]/gi, "")}-plan.ics"`,
      "cache-control": "public, max-age=60",
    },
  });
});
