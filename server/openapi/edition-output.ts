/** The JSON Schemas of an edition and a venue as the API answers them. */
import { accentColor, editionLanguages, logo, translations } from "./programme-output";
import { int, isoDay, nullable, obj, str } from "./schemas";
import type { JsonSchema } from "./types";

/** An edition as the API answers it. */
export function editionSchema(): JsonSchema {
  return obj({
    id: int,
    slug: str,
    name: str,
    firstDay: isoDay,
    lastDay: isoDay,
    timeZone: str,
    dayBreak: str,
    accentColor,
    logo,
    ...editionLanguages,
    embedOrigins: { type: "array", items: str, description: "Origins that may frame the embeddable listing" },
    version: int,
  });
}

/** A venue as the API answers it. */
export const venueSchema = obj({
  id: int,
  editionId: int,
  slug: str,
  name: str,
  capacity: nullable("integer"),
  changeoverMinutes: int,
  stepFree: { type: "boolean", description: "every screening here carries the step-free mark" },
  doorsMinutes: { type: "integer", description: "doors open this many minutes before a screening (staff sheets)" },
  translations,
  version: int,
});
