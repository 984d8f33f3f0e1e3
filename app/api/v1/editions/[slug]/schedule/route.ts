import { renderPublicScheduleJson } from "@/lib/feeds/schedule-json";
import { ServiceError } from "@/server/errors";
import { json, route } from "@/server/http";
import { getPublished } from "@/server/services/public";

type Ctx = { params: Promise<{ slug: string }> };

/** Public: the latest release as JSON, days -> screenings; 404 before the first release. */
export const GET = route(async (_req, { params }: Ctx) => {
  const slug = (await params).slug;
  const published = getPublished(slug);
  if (!published) throw new ServiceError("not_found", `No published schedule for "${slug.slice(0, 63)}"`);
  return json(renderPublicScheduleJson(published.programme, { version: published.version, publishedAt: published.publishedAt }), 200, {
    "cache-control": "public, max-age=60",
  });
});
