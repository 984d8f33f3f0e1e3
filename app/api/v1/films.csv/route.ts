import { actorOf, route } from "@/server/http";
import { exportCatalogueCsv } from "@/server/services/catalogue-import";

/** GET /api/v1/films.csv: the whole catalogue (internal notes included, so signed-in only), importable again. */
export const GET = route(async (req) => {
  const csv = exportCatalogueCsv(actorOf(req));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="catalogue.csv"',
      "cache-control": "no-store",
    },
  });
});
