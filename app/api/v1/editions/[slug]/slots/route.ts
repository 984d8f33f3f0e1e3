import { createInEdition } from "@/server/edition-routes";
import { actorOf, json, route } from "@/server/http";
import { createSlot, getBoard } from "@/server/services/schedule";

type Ctx = { params: Promise<{ slug: string }> };

/** Every slot `{id, venueId, startsAt, endsAt, minutes, festivalDay, screening, fit, conflicts}`; `?day=yyyy-mm-dd` for one festival day. */
export const GET = route(async (req, { params }: Ctx) => {
  const day = new URL(req.url).searchParams.get("day") ?? undefined;
  const board = getBoard(actorOf(req), (await params).slug, day);
  return json({ slots: board.slots });
});

/** `{venueId, startsAt, endsAt}` -> 201 with the slot as GET lists it. */
export const POST = createInEdition(createSlot);
