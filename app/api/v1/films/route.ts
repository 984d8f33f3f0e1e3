import { authorise } from "@/server/auth";
import { actorOf, json, readJson, route } from "@/server/http";
import { createFilm, listFilms } from "@/server/services/films";

export const GET = route(async (req) => {
  const url = new URL(req.url);
  return json({ films: listFilms(actorOf(req), Object.fromEntries(url.searchParams)) });
});

export const POST = route(async (req) => {
  const actor = actorOf(req);
  authorise(actor, "edit");
  return json(createFilm(actor, await readJson(req)), 201);
});
