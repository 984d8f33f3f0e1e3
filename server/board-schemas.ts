/**
 * Request bodies of the scheduling board's routes (move a screening, daily slot
 * pattern), kept apart from the services so the OpenAPI document can read them
 * without loading the database.
 */
import { z } from "zod";
import { id, LIMITS, version } from "./schema-fields";

const MAX_PATTERN_TIMES = 48;

/** POST /api/v1/editions/{slug}/slots/{id}/screening/move */
export const moveInput = z.strictObject({ toSlotId: id, version }, { error: "unknown field" });

/** POST /api/v1/editions/{slug}/slots/pattern: times are checked one by one (400 names `times.N`). */
export const patternInput = z.strictObject(
  {
    venueId: id,
    times: z
      .array(z.string({ error: "must be a time like 20:30" }), { error: "must be a list of times like 20:30" })
      .min(1, { error: "give at least one time" })
      .max(MAX_PATTERN_TIMES, { error: `at most ${MAX_PATTERN_TIMES} times` }),
    minutes: z
      .number({ error: "must be a number of minutes" })
      .int({ error: "must be whole minutes" })
      .min(5, { error: "must be at least 5 minutes" })
      .max(LIMITS.slotMinutes, { error: `must be at most ${LIMITS.slotMinutes} minutes` }),
    days: z
      .array(z.string({ error: "must be a date yyyy-mm-dd" }), { error: "must be a list of dates yyyy-mm-dd" })
      .max(LIMITS.editionDays)
      .optional(),
  },
  { error: "unknown field" },
);
