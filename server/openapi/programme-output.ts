/** The JSON Schemas of issue 15's programme: a screening's details (as programmers and as the public see them), guests, and the walks between venues. */
import { ACCESSIBILITY, SCREENING_FORMATS, TICKET_AVAILABILITY } from "@/lib/types";
import { int, isoInstant, nullable, obj, str, strList } from "./schemas";
import type { JsonSchema } from "./types";

const nullableEnum = (values: readonly string[]) => ({ type: ["string", "null"], enum: [...values, null] });
const accessibility = { type: "array", items: { type: "string", enum: [...ACCESSIBILITY] } };
export const logo = {
  anyOf: [obj({ key: str, type: { type: "string", enum: ["svg", "png"] }, width: int, height: int }), { type: "null" }],
};
export const accentColor = { type: ["string", "null"], description: "#rrggbb" };

/** A screening's programme, language and access, and tickets, as programmers see them. */
const screeningDetails = {
  title: nullable("string"),
  description: nullable("string"),
  languages: { type: ["array", "null"], items: str, description: "null: the films' own" },
  subtitles: nullable("string"),
  accessibility,
  format: nullableEnum(SCREENING_FORMATS),
  internalNotes: nullable("string"),
  ticketUrl: nullable("string"),
  availability: nullableEnum(TICKET_AVAILABILITY),
  guests: { type: "array", items: obj({ personId: int, role: nullable("string") }) },
};

/** The same as the public sees it: resolved languages, guests by name, never internal notes. */
export const publicScreeningDetails = {
  programmeTitle: nullable("string"),
  description: nullable("string"),
  languages: strList,
  subtitles: nullable("string"),
  accessibility,
  format: nullableEnum(SCREENING_FORMATS),
  sections: strList,
  ticketUrl: nullable("string"),
  availability: nullableEnum(TICKET_AVAILABILITY),
  guests: { type: "array", items: obj({ personId: int, name: str, role: nullable("string") }) },
};

/** Screenings as the API answers them, and people. */
export function programmeSchemas(): Record<string, JsonSchema> {
  return {
    Screening: obj({
      id: int,
      filmIds: { type: "array", items: int },
      films: { type: "array", items: obj({ id: int, title: nullable("string"), displayTitle: str, runtimeMinutes: nullable("integer") }) },
      preShowMinutes: int,
      introMinutes: int,
      qaMinutes: int,
      status: { type: "string", enum: ["tentative", "confirmed", "cancelled"] },
      ...screeningDetails,
      translations,
      version: int,
    }),
    Person: obj({
      id: int,
      name: str,
      role: nullable("string"),
      internalNotes: nullable("string"),
      availability: { type: "array", items: obj({ from: isoInstant, to: isoInstant }), description: "empty: always available" },
      version: int,
    }),
    WalkingPair: obj({
      fromVenueId: int,
      toVenueId: int,
      minutes: { type: "integer", minimum: 0, maximum: 240, description: "minutes to walk from one venue to the other (issue 17)" },
    }),
  };
}

/** Programmer text per language (issue 17 §3): {"pt": {"title": "O Sal da Terra"}}. */
export const translations: JsonSchema = {
  type: "object",
  additionalProperties: { type: "object", additionalProperties: { type: "string" } },
  description: 'the record\'s text per language, by field: {"pt": {"title": "..."}}; a field left out shows the default language\'s',
};

/** An edition's public languages (issue 17 §3). */
export const editionLanguages: Record<string, JsonSchema> = {
  locales: { type: "array", items: { type: "string" }, description: "the public site's languages; empty: English only, at today's paths" },
  defaultLocale: { type: "string", description: "the language at the addresses without a /{locale} prefix" },
  translations,
};
