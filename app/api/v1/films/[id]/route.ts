import { authorise } from "@/server/auth";
import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { deleteFilm, getFilm, updateFilm } from "@/server/services/films";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  return json(getFilm(actor, idParam((await params).id, "Film")));
});

export const PATCH = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  authorise(actor, "edit");
  const id = idParam((await params).id, "Film");
  return json(updateFilm(actor, id, await readJson(req)));
});

/** 409 `in_use` while the film is in a screening. */
export const DELETE = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  deleteFilm(actor, idParam((await params).id, "Film"));
  return new Response(null, { status: 204 });
});
