/**
 * Route handlers that write an edition's records (/api/v1/editions/{slug}/...): the caller may
 * edit the edition before the body is read (authorise first), then one service call.
 */
import type { Actor } from "./auth";
import { actorOf, idParam, json, readJson, route } from "./http";
import { authoriseIn } from "./services/editions";

type InEdition = { params: Promise<{ slug: string }> };
type RecordInEdition = { params: Promise<{ slug: string; id: string }> };

/** POST to a list of the edition's records: 201 with what the service made. */
export function createInEdition(make: (actor: Actor, slug: string, body: unknown, req: Request) => unknown) {
  return route(async (req, { params }: InEdition) => {
    const actor = actorOf(req);
    const { slug } = await params;
    authoriseIn(actor, slug, "edit");
    return json(make(actor, slug, await readJson(req), req), 201);
  });
}

/** A JSON body sent to one record of the edition (`what` names it in a 404): 200 with the service's answer. */
export function writeInEdition(what: string, write: (actor: Actor, slug: string, id: number, body: unknown, req: Request) => unknown) {
  return route(async (req, { params }: RecordInEdition) => {
    const actor = actorOf(req);
    const { slug, id } = await params;
    authoriseIn(actor, slug, "edit");
    return json(write(actor, slug, idParam(id, what), await readJson(req), req));
  });
}

/** Removes one record of the edition (the service authorises): 204. */
export function deleteInEdition(what: string, remove: (actor: Actor, slug: string, id: number, req: Request) => void) {
  return route(async (req, { params }: RecordInEdition) => {
    const actor = actorOf(req);
    const { slug, id } = await params;
    remove(actor, slug, idParam(id, what), req);
    return new Response(null, { status: 204 });
  });
}

/**
 * A POST that writes to one lineup of the edition (`?scenario={id}`, absent: the working lineup):
 * the caller may edit the edition before the body is read, then one service call.
 */
export function postToLineup<P extends { slug: string }>(
  write: (actor: Actor, params: P, body: unknown, scenario: string | null) => unknown,
  status = 200,
) {
  return route(async (req, { params }: { params: Promise<P> }) => {
    const actor = actorOf(req);
    const p = await params;
    authoriseIn(actor, p.slug, "edit");
    return json(write(actor, p, await readJson(req), new URL(req.url).searchParams.get("scenario")), status);
  });
}
