import { serveFeed } from "@/app/schedule/[edition]/feeds/serve";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ edition: string; film: string }> };

/** Public: one film's screenings as iCalendar; served at /schedule/{edition}/films/{film}.ics (rewrite in next.config.ts). */
export const GET = route(async (req, { params }: Ctx) => {
  const { edition, film } = await params;
  return serveFeed(req, edition, "film-ics", film.replace(/\.ics$/, ""));
});
