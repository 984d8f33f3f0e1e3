import { postToLineup } from "@/server/edition-routes";
import { copyDay } from "@/server/services/day-copy";

/**
 * `{toDay, venueIds?, withScreenings}` -> 201 `{slots, screenings, fit, conflicts}`: the day's slots
 * (and screenings, as tentative) copied to festival day `toDay` at the same clock times;
 * `?scenario={id}` inside a scenario. 409 `conflict` when a copy would overlap a slot; nothing half-written.
 */
export const POST = postToLineup<{ slug: string; day: string }>(
  (actor, { slug, day }, body, scenario) => copyDay(actor, slug, day, body, scenario),
  201,
);
