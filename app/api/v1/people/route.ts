import { authorise } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { createPerson, listPeople } from "@/server/services/people";

export const GET = route(async (req) => json({ people: listPeople(actorOf(req)) }));

export const POST = route(async (req) => {
  const actor = actorOf(req);
  authorise(actor, "edit");
  return json(createPerson(actor, await readJson(req)), 201);
});
