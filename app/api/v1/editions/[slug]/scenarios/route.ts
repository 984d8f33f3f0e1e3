import { createInEdition } from "@/server/edition-routes";
import { actorOf, json, route } from "@/server/http";
import { createScenario, listScenarios } from "@/server/services/scenarios";

type Ctx = { params: Promise<{ slug: string }> };

/** `{scenarios: [{id, name, version, createdAt, updatedAt, slots, screenings}]}` */
export const GET = route(async (req, { params }: Ctx) => json({ scenarios: listScenarios(actorOf(req), (await params).slug) }));

/** `{name, from: "current" | "empty" | scenarioId}` -> 201 with the scenario as GET lists it. */
export const POST = createInEdition(createScenario);
