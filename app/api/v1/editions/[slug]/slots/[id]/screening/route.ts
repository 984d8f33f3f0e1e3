import { deleteInEdition, writeInEdition } from "@/server/edition-routes";
import { deleteScreening, putScreening } from "@/server/services/schedule";

/**
 * `{filmIds, preShowMinutes, introMinutes, qaMinutes, status}` -> 200 `{screening, fit, conflicts}`;
 * 422 `does_not_fit` with the fit object when it is over the slot.
 */
export const PUT = writeInEdition("Slot", putScreening);

/** Takes the screening out; `?version=N` refuses with 409 `stale_version` if it changed since. */
export const DELETE = deleteInEdition("Slot", (actor, slug, id, req) =>
  deleteScreening(actor, slug, id, Object.fromEntries(new URL(req.url).searchParams)),
);
