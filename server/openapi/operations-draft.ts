/** The automatic draft of a scenario (issue 16 §2): its operations and their schemas. */
import { draftInput, draftUndoInput, MAX_DRAFT_SECONDS } from "@/server/draft-schemas";
import { ok, op, tagged } from "./operation-builders";
import { fromZod, int, nullable, obj, ref, str } from "./schemas";
import type { ApiOperation, JsonSchema } from "./types";

/** Components of the draft's operations (document.ts adds them to the others). */
export function draftSchemas(): Record<string, JsonSchema> {
  return {
    DraftInput: fromZod(draftInput, {
      films:
        "the wished films: screenings wanted (existing ones in the scenario count when keepExisting), and optionally the allowed venues, festival days (yyyy-mm-dd) and start times (notBefore / notAfter, HH:MM on the festival clock)",
      rules:
        "maxPerFilmPerDay (default 1), minDaysBetweenScreenings (default 1: not twice on one day), keepExisting (default true), and the pre-show, intro and Q&A minutes every drafted screening gets (default 0)",
      timeLimitSeconds: `the solver's time limit (default 10, at most ${MAX_DRAFT_SECONDS})`,
    }),
    DraftUndoInput: fromZod(draftUndoInput, { screeningIds: "the draft's screenings, as its answer lists them" }),
    DraftResult: obj({
      placed: { type: "array", items: obj({ filmId: int, slotId: int, screeningId: int }) },
      unplaced: {
        type: "array",
        items: obj({ filmId: int, wanted: int, placed: int, reason: { ...str, description: "why, in plain words" } }),
      },
      objective: nullable("number", { description: "the solver's objective; null without a solution" }),
      solver: obj(
        {
          status: { type: "string", enum: ["optimal", "feasible", "infeasible", "time-limit"] },
          gap: { type: "number", description: "the MIP gap (relative) of the solution found" },
          seconds: { type: "number" },
        },
        ["status", "seconds"],
      ),
      screeningIds: { type: "array", items: int, description: "the screenings written, for the undo" },
    }),
  };
}

export const DRAFT_OPERATIONS: ApiOperation[] = tagged("scenarios", [
  op("post", "/api/v1/editions/{slug}/scenarios/{id}/draft", "draftScenario", {
    access: "edit",
    summary: "Fill a scenario's empty slots automatically (mixed-integer model, HiGHS)",
    description:
      "Places the wished films in the scenario's empty slots (held slots and slots with a screening are taken) so that every placement fits its slot with the fit arithmetic, no venue, changeover or one-print clash results and the per-film rules hold; the most screenings first, then spread over days and times of day, then the fewest empty minutes. The placements are written as tentative screenings in one transaction (audited); a wish no slot can take is in `unplaced` with its reason. Nothing is written when the solver finds no solution (`solver.status` infeasible, or time-limit without one). 400 naming the field; 422 naming `films.N.filmId`, `films.N.venueIds.M` or `films.N.days.M` for what the edition does not have; 404 for a scenario of another edition; 409 when the scenario changed while solving.",
    body: "DraftInput",
    responses: ok("What was placed and why the rest was not", ref("DraftResult")),
    errors: [400, 401, 403, 404, 409, 413, 422],
  }),
  op("post", "/api/v1/editions/{slug}/scenarios/{id}/draft/undo", "undoDraft", {
    access: "edit",
    summary: "Undo a draft: remove its screenings, all or nothing",
    description:
      "409 stale_version naming `screeningIds.N` when one was changed (edited, moved) since the draft or is not a screening of this scenario; nothing is removed then. Audited.",
    body: "DraftUndoInput",
    responses: ok("How many screenings were removed", obj({ removed: int })),
    errors: [400, 401, 403, 404, 409, 413],
  }),
]);
