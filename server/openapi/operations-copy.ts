/** Operations of copying a festival day and swapping two venues' day (issue 16 §3), and their bodies. */
import { copyDayInput, copyUndoInput, venueSwapInput } from "@/server/copy-schemas";
import { created, ok, op, tagged } from "./operation-builders";
import { fromZod, int, obj, ref } from "./schemas";
import type { ApiOperation, JsonSchema } from "./types";

const SCENARIO = {
  name: "scenario",
  description: "a scenario's id: work inside that scenario (404 for an unknown one); absent: the working lineup",
  schema: int,
};

const FIT_OF_SLOT: JsonSchema = { allOf: [obj({ slotId: int }), ref("FitResult")] };

/** What a copy or a swap answers: the slots it made or changed, their screenings, fit and conflicts. */
const lineupChange = (extra: Record<string, JsonSchema> = {}): JsonSchema =>
  obj({
    slots: { type: "array", items: ref("Slot") },
    screenings: { type: "array", items: ref("Screening") },
    fit: { type: "array", items: FIT_OF_SLOT },
    conflicts: { type: "array", items: ref("Conflict") },
    ...extra,
  });

/** The request bodies, by the names the operations give. */
export function copyInputSchemas(): Record<string, JsonSchema> {
  return {
    CopyDayInput: fromZod(copyDayInput, {
      toDay: "the festival day yyyy-mm-dd to copy to (another day of the edition)",
      venueIds: "only these venues' slots (default: every venue)",
      withScreenings: "true: the screenings too, as tentative (films, guests and details; not ticket link or availability)",
    }),
    CopyDayUndoInput: fromZod(copyUndoInput, {
      slots: "the slots the copy answered with: {id, version, screeningVersion (null for an empty slot)}",
    }),
    VenueSwapInput: fromZod(venueSwapInput, { day: "the festival day yyyy-mm-dd", venueA: "a venue id", venueB: "another venue id" }),
  };
}

export const COPY_OPERATIONS: ApiOperation[] = tagged("slots", [
  op("post", "/api/v1/editions/{slug}/days/{day}/copy", "copyDay", {
    access: "edit",
    summary: "Copy a festival day's slots (and screenings, as tentative) to another festival day",
    description:
      "Each slot keeps its local clock times on festival day toDay with the day-break rule (00:30 belongs to the day before), so a 00:30-02:30 slot lasts 180 min on the night the clocks go back. One transaction, audited. 409 conflict (with `overlaps`) when a copy would overlap a slot at its venue; 422 unprocessable when a start does not exist on toDay (the clocks go forward) or there is nothing to copy; 422 does_not_fit when a screening would not fit its copied slot; 400 naming day, toDay, venueIds.N or withScreenings. Nothing is written when refused.",
    query: [SCENARIO],
    body: "CopyDayInput",
    responses: created("The slots made, their screenings, fit and conflicts", lineupChange()),
    errors: [400, 401, 403, 404, 409, 413, 422],
  }),
  op("post", "/api/v1/editions/{slug}/days/{day}/copy/undo", "undoCopyDay", {
    access: "edit",
    summary: "Undo a copy: delete the slots it made on {day}, with their screenings, while they are unchanged",
    description:
      "409 stale_version (nothing deleted) when any slot or its screening changed since the copy; 400 naming slots.N.id for a slot not on that day of the lineup.",
    query: [SCENARIO],
    body: "CopyDayUndoInput",
    responses: ok("How many slots were deleted", obj({ deleted: int })),
    errors: [400, 401, 403, 404, 409, 413],
  }),
  op("post", "/api/v1/editions/{slug}/venues/swap", "swapVenues", {
    access: "edit",
    summary: "Swap two venues' screenings for a festival day",
    description:
      'When the two venues\' slots that day pair up one to one by start, the screenings change slots (mode "screenings"; the slots stay, each screening keeps its id); otherwise the slots themselves move to the other venue with their screenings (mode "slots"). The same call again swaps back. One transaction, audited; 422 does_not_fit (nothing swapped) when a screening would not fit its new slot; 400 naming day, venueA or venueB.',
    query: [SCENARIO],
    body: "VenueSwapInput",
    responses: ok(
      "Both venues' slots of that day after the swap, their screenings, fit and conflicts",
      lineupChange({ mode: { type: "string", enum: ["screenings", "slots"] } }),
    ),
    errors: [400, 401, 403, 404, 413, 422],
  }),
]);
