import { deleteInEdition } from "@/server/edition-routes";
import { actorOf, idParam, json, readJson, route } from "@/server/http";
import { authoriseIn } from "@/server/services/editions";
import { lineupOf, scenarioOf } from "@/server/services/scenarios-lineup";
import { deleteScreening, putScreening } from "@/server/services/schedule";
import { publishScreeningTickets } from "@/server/services/ticket-releases";

type Ctx = { params: Promise<{ slug: string; id: string }> };

/**
 * `{filmIds, preShowMinutes, introMinutes, qaMinutes, status, ...details}` -> 200 `{screening, fit,
 * conflicts, ticketRelease}`; 422 `does_not_fit` with the fit object when it is over the slot.
 * Once the write is committed, a released screening whose availability or ticket link changed is
 * published at once by a tickets release when the caller may publish: `ticketRelease: {version}`
 * (else null: the change waits for POST .../releases/tickets or the next release).
 */
export const PUT = route(async (req, { params }: Ctx) => {
  const actor = actorOf(req);
  const { slug, id } = await params;
  authoriseIn(actor, slug, "edit");
  const scenarioId = scenarioOf(req);
  const answer = putScreening(actor, slug, idParam(id, "Slot"), await readJson(req), scenarioId);
  // a scenario's screening is never released: nothing to publish
  const ticketRelease = scenarioId === null ? await publishScreeningTickets(actor, slug, answer.screening.id) : null;
  return json({ ...answer, ticketRelease });
});

/** Takes the screening out; `?version=N` refuses with 409 `stale_version` if it changed since. */
export const DELETE = deleteInEdition("Slot", (actor, slug, id, req) =>
  deleteScreening(actor, slug, id, Object.fromEntries(new URL(req.url).searchParams), lineupOf(actor, slug, "edit", req)),
);
