/** The audience's planner (issue 17 §2): public, over the latest release. */
import { MAX_BREAK_MINUTES, MAX_PLANNER_FILMS } from "@/server/services/planner";
import { ok, op, tagged } from "./operation-builders";
import { int, isoDay, isoInstant, nullable, obj, str } from "./schemas";
import type { ApiOperation } from "./types";

const clock = { type: "string", pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" };

export const PLANNER_OPERATIONS: ApiOperation[] = tagged("public", [
  op("get", "/api/v1/editions/{slug}/planner", "getPlan", {
    access: "public",
    summary: "The best plan for a list of wanted films",
    description:
      "Over the latest release: at most one screening per wanted film, none overlapping once the walk between venues and the break are added, within the hours, never a cancelled one. Must-sees first, then as many films as possible, then the fewest festival days, then the earliest finishes; exact. Films left out come with the reason in words. 404 for an unknown or unreleased edition; 400 naming the field for bad input; 422 when `to` is not after `from`.",
    query: [
      { name: "films", description: `film ids separated by commas (at most ${MAX_PLANNER_FILMS} with the must-sees)`, schema: str },
      { name: "must", description: "must-see film ids separated by commas (optional; wanted too)", schema: str },
      { name: "from", description: "HH:MM on the festival day's clock (optional; default: the day-break)", schema: clock },
      {
        name: "to",
        description: "HH:MM; a time before the day-break is that night, after midnight (optional; default: the next day-break)",
        schema: clock,
      },
      {
        name: "breakMinutes",
        description: `minutes between two screenings besides the walk, 0-${MAX_BREAK_MINUTES} (optional; default 0)`,
        schema: int,
      },
    ],
    responses: ok(
      "The plan, in order of start, and the films missed",
      obj({
        release: int,
        plan: {
          type: "array",
          items: obj({
            filmId: int,
            screeningId: int,
            startsAt: isoInstant,
            endsAt: isoInstant,
            venue: obj({ id: int, slug: str, name: str }),
            title: str,
            festivalDay: isoDay,
            walkMinutes: nullable("integer", {
              description: "from the previous screening's venue the same day; null: first of the day, or unknown",
            }),
          }),
        },
        missed: { type: "array", items: obj({ filmId: int, title: str, reason: str }) },
      }),
    ),
    errors: [400, 404, 422],
  }),
]);
