/**
 * Request bodies of the automatic draft (issue 16 §2), apart from the service so the OpenAPI
 * document reads them without loading the database or the solver.
 */
import { z } from "zod";
import { isClockTime, isIsoDay } from "@/lib/festival-time";
import { id, LIMITS, wholeMinutes } from "./schema-fields";

const MAX_DRAFT_FILMS = 2_000;
export const MAX_DRAFT_SECONDS = 60;

const day = z.string({ error: "must be a date yyyy-mm-dd" }).refine(isIsoDay, { error: "must be a date yyyy-mm-dd" });
const clock = z.string({ error: "must be a time like 20:30" }).refine(isClockTime, { error: "must be a time like 20:30" });

const count = (min: number, max: number) =>
  z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .optional();

const wish = z.strictObject(
  {
    filmId: id,
    screenings: z
      .number({ error: "must be a number of screenings" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be at least 1" })
      .max(50, { error: "must be at most 50" }),
    venueIds: z.array(id, { error: "must be a list of venue ids" }).max(200).optional(),
    days: z.array(day, { error: "must be a list of dates yyyy-mm-dd" }).max(LIMITS.editionDays).optional(),
    notBefore: clock.optional(),
    notAfter: clock.optional(),
  },
  { error: "unknown field" },
);

/** POST /api/v1/editions/{slug}/scenarios/{id}/draft */
export const draftInput = z.strictObject(
  {
    films: z
      .array(wish, { error: "must be a list of films" })
      .min(1, { error: "give at least one film" })
      .max(MAX_DRAFT_FILMS, { error: `at most ${MAX_DRAFT_FILMS} films` })
      .superRefine((list, ctx) => {
        const seen = new Set<number>();
        for (const [i, w] of list.entries()) {
          if (seen.has(w.filmId)) ctx.addIssue({ code: "custom", path: [i, "filmId"], message: "is already in the list" });
          seen.add(w.filmId);
        }
      }),
    rules: z
      .strictObject(
        {
          maxPerFilmPerDay: count(1, 10),
          minDaysBetweenScreenings: count(0, 30),
          keepExisting: z.boolean({ error: "must be true or false" }).optional(),
          preShowMinutes: wholeMinutes(120).optional(),
          introMinutes: wholeMinutes(120).optional(),
          qaMinutes: wholeMinutes(240).optional(),
        },
        { error: "unknown field" },
      )
      .optional(),
    timeLimitSeconds: z
      .number({ error: "must be a number of seconds" })
      .min(1, { error: "must be at least 1 second" })
      .max(MAX_DRAFT_SECONDS, { error: `must be at most ${MAX_DRAFT_SECONDS} seconds` })
      .optional(),
  },
  { error: "unknown field" },
);
export type DraftRequest = z.output<typeof draftInput>;

/** POST /api/v1/editions/{slug}/scenarios/{id}/draft/undo: the draft's screenings, as it answered them. */
export const draftUndoInput = z.strictObject(
  {
    screeningIds: z.array(id, { error: "must be a list of screening ids" }).min(1, { error: "give at least one screening" }).max(5_000),
  },
  { error: "unknown field" },
);
