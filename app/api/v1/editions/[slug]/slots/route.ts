import { createInEdition } from "@/server/edition-routes";
import { actorOf, json, route } from "@/server/http";
import { lineupOf, scenarioOf } from "@/server/services/scenarios-lineup";
import { createSlot, getBoard } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string }> };

/**
 * Every slot `{id, venueId, startsAt, endsAt, minutes, festivalDay, screening, fit, conflicts}`; `?day=yyyy-mm-dd` for one
 * festival day; `?scenario={id}` for a scenario's lineup (every slot and screening route takes it).
 */
export const GET = route(async (req, { params }: Ctx) => {
  const day = new URL(req.url).searchParams.get("day") ?? undefined;
  const actor = actorOf(req);
  const { slug } = await params;
  const board = getBoard(actor, slug, day, lineupOf(actor, slug, "read", req));
  return json({ slots: board.slots });
});

/** `{venueId, startsAt, endsAt}` -> 201 with the slot as GET lists it. */
export const POST = createInEdition((actor, slug, body, req) => createSlot(actor, slug, body, scenarioOf(req)));
