import { actorOf, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { releaseAnswer } from "@/server/services/releases";
import { previewTicketRelease, publishTicketsAndServe } from "@/server/services/ticket-releases";

type Ctx = { params: Promise<{ slug: string }> };

/** What a tickets release would publish now: `{changes}` (empty: nothing pending). */
export const GET = route(async (req, { params }: Ctx) => json(previewTicketRelease(actorOf(req), (await params).slug)));

/**
 * `{note?}` (or no body): publishes every pending ticket change of the released screenings as a status-only release:
 * 201 `{version, kind: "tickets", publishedAt, note, changes}` once it is served; 409
 * `nothing_to_publish` when no released screening's availability or ticket link changed.
 */
export const POST = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug } = await params;
  authoriseIn(actor, slug, "publish");
  const r = await publishTicketsAndServe(actor, slug, await readJson(req));
  return json(releaseAnswer(r), 201);
});
