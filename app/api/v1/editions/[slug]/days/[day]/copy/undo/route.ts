import { postToLineup } from "@/server/edition-routes";
import { undoDayCopy } from "@/server/services/day-copy";

/**
 * `{slots: [{id, version, screeningVersion}]}` (what a copy to `day` answered) -> 200 `{deleted}`:
 * the copied slots and their screenings deleted, or 409 `stale_version` if any changed since.
 */
export const POST = postToLineup<{ slug: string; day: string }>((actor, { slug, day }, body, scenario) =>
  undoDayCopy(actor, slug, day, body, scenario),
);
