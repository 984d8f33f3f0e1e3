/** PUT /api/v1/editions/{slug}/walking-minutes (issue 17): the whole set of walks between venues. */
import { z } from "zod";
import { id } from "./schema-fields";

/** The longest walk a festival may give between two of its venues. */
export const MAX_WALKING_MINUTES = 240;

const minutes = z
  .number({ error: `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}` })
  .int({ error: `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}` })
  .min(0, { error: `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}` })
  .max(MAX_WALKING_MINUTES, { error: `must be whole minutes from 0 to ${MAX_WALKING_MINUTES}` });

const walk = z.strictObject({ fromVenueId: id, toVenueId: id, minutes }, { error: "must be {fromVenueId, toVenueId, minutes}" });

export const walkingMinutesInput = z
  .strictObject(
    { minutes: z.array(walk, { error: "must be a list of {fromVenueId, toVenueId, minutes}" }).max(10_000, { error: "is too long" }) },
    { error: "must be {minutes: [...]}" },
  )
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    for (const [i, w] of input.minutes.entries()) {
      if (w.fromVenueId === w.toVenueId)
        ctx.addIssue({ code: "custom", path: ["minutes", i, "toVenueId"], message: "must be another venue than fromVenueId" });
      const key = `${w.fromVenueId}>${w.toVenueId}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["minutes", i, "toVenueId"], message: "is given twice for this fromVenueId" });
      seen.add(key);
    }
  });
