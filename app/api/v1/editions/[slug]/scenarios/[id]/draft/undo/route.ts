import { writeInEdition } from "@/server/edition-routes";
import { undoDraft } from "@/server/services/draft";

/** Removes a draft's screenings, all or nothing: `{screeningIds}` -> `{removed}`. */
export const POST = writeInEdition("Scenario", undoDraft);
