import { actorOf, json, route } from "@/server/http";
import { previewRelease } from "@/server/services/releases";

type Ctx = { params: Promise<{ slug: string }> };

/** What publishing now would change, and the conflicts that would block it. */
export const GET = route(async (req, { params }: Ctx) => json(previewRelease(actorOf(req), (await params).slug)));
