import { postToLineup } from "@/server/edition-routes";
import { swapVenues } from "@/server/services/venue-swap";

/**
 * `{day, venueA, venueB}` -> 200 `{slots, screenings, fit, conflicts, mode}`: the two venues'
 * screenings of festival day `day` swapped (or their slots, when the slots do not pair up by
 * start); `?scenario={id}` inside a scenario. All or nothing.
 */
export const POST = postToLineup<{ slug: string }>((actor, { slug }, body, scenario) => swapVenues(actor, slug, body, scenario));
