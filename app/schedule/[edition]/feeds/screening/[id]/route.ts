import { serveFeed } from "@/app/schedule/[edition]/feeds/serve";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ edition: string; id: string }> };

/** Public: one screening as iCalendar; served at /schedule/{edition}/screenings/{id}.ics (rewrite in next.config.ts). */
export const GET = route(async (req, { params }: Ctx) => {
  const { edition, id } = await params;
  return serveFeed(req, edition, "screening-ics", id.replace(/\.ics$/, ""));
});
