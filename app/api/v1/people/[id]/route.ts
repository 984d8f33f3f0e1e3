import { authorise } from "@/server/auth";
import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { deletePerson, getPerson, updatePerson } from "@/server/services/people";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req, { params }: Ctx) => json(getPerson(actorOf(req), idParam((await params).id, "Person"))));

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  authorise(actor, "edit");
  const id = idParam((await params).id, "Person");
  return json(updatePerson(actor, id, await readJson(req)));
});

/** 409 `in_use` while the person is a guest of a screening. */
export const DELETE = route(async (req, { params }: Ctx) => {
  deletePerson(actorOf(req), idParam((await params).id, "Person"));
  return new Response(null, { status: 204 });
});
