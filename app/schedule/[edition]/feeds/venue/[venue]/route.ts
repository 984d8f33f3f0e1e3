import { serveFeed } from "@/app/schedule/[edition]/feeds/serve";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ edition: string; venue: string }> };

/** Public: one venue's screenings as iCalendar; served at /schedule/{edition}/venues/{venue}.ics (rewrite in next.config.ts). */
export const GET = route(async (req, { params }: Ctx) => {
  const { edition, venue } = await params;
  return serveFeed(req, edition, "venue-ics", venue.replace(/\.ics$/, ""));
});
