/**
 * Request bodies of copying a festival day and swapping two venues' day (issue 16 §3), kept
 * apart from the services so the OpenAPI document can read them without loading the database.
 */
import { z } from "zod";
import { id } from "./schema-fields";

const festivalDay = z.string({ error: "must be a festival day like 2026-10-23" }).regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: "must be a festival day like 2026-10-23",
});

/** POST /api/v1/editions/{slug}/days/{day}/copy */
export const copyDayInput = z.strictObject(
  {
    toDay: festivalDay,
    venueIds: z
      .array(id, { error: "must be a list of venue ids" })
      .min(1, { error: "give at least one venue, or leave it out" })
      .max(500)
      .optional(),
    withScreenings: z.boolean({ error: "must be true or false" }),
  },
  { error: "unknown field" },
);

/** POST /api/v1/editions/{slug}/days/{day}/copy/undo: the slots a copy made, as it answered them. */
export const copyUndoInput = z.strictObject(
  {
    slots: z
      .array(
        z.strictObject(
          {
            id,
            version: z.number({ error: "must be the slot's version number" }).int().positive(),
            screeningVersion: z.number({ error: "must be the screening's version number" }).int().positive().nullable(),
          },
          { error: "unknown field" },
        ),
        { error: "must be a list of {id, version, screeningVersion}" },
      )
      .min(1, { error: "give at least one slot" })
      .max(5000),
  },
  { error: "unknown field" },
);

/** POST /api/v1/editions/{slug}/venues/swap */
export const venueSwapInput = z.strictObject({ day: festivalDay, venueA: id, venueB: id }, { error: "unknown field" });
