import { createInEdition } from "@/server/edition-routes";
import { actorOf, json, route } from "@/server/http";
import { createVenue, listVenues } from "@/server/services/editions";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = route(async (req, { params }: Ctx) => json({ venues: listVenues(actorOf(req), (await params).slug) }));

/** `{name, capacity, changeoverMinutes}` -> 201 */
export const POST = createInEdition(createVenue);
