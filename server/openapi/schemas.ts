/** JSON Schemas: inputs read from the zod schemas the services validate with, outputs written by hand. */
import { z } from "zod";
import { moveInput, patternInput } from "@/server/board-schemas";
import { personInput, personPatch } from "@/server/programme-schemas";
import {
  auditQuery,
  editionInput,
  editionPatch,
  filmCreate,
  filmPatch,
  releaseInput,
  screeningInput,
  sessionInput,
  slotInput,
  slotPatch,
  tokenInput,
  userInput,
  userPatch,
  venueInput,
  venuePatch,
} from "@/server/schemas";
import { MAX_WALKING_MINUTES, walkingMinutesInput } from "@/server/walking-schemas";
import { isJsonSchema, type JsonSchema } from "./types";

/* ---------- schemas ---------- */

export function fromZod(schema: z.ZodType, descriptions: Record<string, string> = {}): JsonSchema {
  const { $schema: _dialect, ...js } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  const props = js.properties;
  if (isJsonSchema(props))
    for (const [k, d] of Object.entries(descriptions)) {
      const p = props[k];
      if (isJsonSchema(p)) props[k] = { ...p, description: d };
    }
  return js;
}

/** One property's schema of an object schema (a missing one is a mistake in this file). */
export function propertyOf(schema: JsonSchema, name: string): JsonSchema {
  const p = isJsonSchema(schema.properties) ? schema.properties[name] : undefined;
  if (!isJsonSchema(p)) throw new Error(`the schema has no property ${name}`);
  return p;
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({ type: [type, "null"], ...extra });
export const obj = (
  properties: Record<string, JsonSchema>,
  required: string[] = Object.keys(properties),
  extra: JsonSchema = {},
): JsonSchema => ({
  type: "object",
  properties,
  required,
  ...extra,
});
export const int: JsonSchema = { type: "integer" };
export const str: JsonSchema = { type: "string" };
export const strList: JsonSchema = { type: "array", items: str };
export const isoDay: JsonSchema = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "calendar day yyyy-mm-dd" };
export const isoInstant: JsonSchema = { type: "string", description: "ISO 8601 with the edition's UTC offset" };

const DAY = "a calendar day yyyy-mm-dd";
const INSTANT = "ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00";
const VERSION = "the version you last read; 409 stale_version if it changed since";

const PASSWORD_RULE =
  "at least 10 characters, rated at least 3 of 4 by zxcvbn (no common passwords, names, repeats or keyboard patterns), and not containing the account's e-mail or the part before its @; a weak one is a 400 naming password, saying why";

export function inputSchemas(): Record<string, JsonSchema> {
  return {
    EditionInput: fromZod(editionInput, {
      firstDay: DAY,
      lastDay: DAY,
      timeZone: "IANA time zone, e.g. Europe/Lisbon",
      dayBreak: "HH:MM at which one festival day ends (default 06:00)",
    }),
    EditionPatch: fromZod(editionPatch, {
      firstDay: DAY,
      lastDay: DAY,
      version: VERSION,
      embedOrigins:
        'Sites that may show the embeddable listing (/schedule/{slug}/embed) in an iframe: absolute http(s) origins, no path, e.g. ["https://festival.example"] (sent as CSP frame-ancestors; [] = no site). Takes effect at once, without a new release. 422 unprocessable naming the entry (embedOrigins.0) for anything else.',
    }),
    VenueInput: fromZod(venueInput),
    VenuePatch: fromZod(venuePatch, { version: VERSION }),
    WalkingMinutesInput: fromZod(walkingMinutesInput, {
      minutes: `the whole set: minutes (0-${MAX_WALKING_MINUTES}) to walk from one venue of the edition to another; a pair given one way holds the other way too unless that way is given on its own`,
    }),
    FilmInput: fromZod(filmCreate, {
      placeholder: "true keeps a film with neither a title nor a runtime (otherwise 400: one of them is needed)",
      runtimeMinutes: "whole minutes, or text such as '1 hr 22 min' or 135'",
      year: "a year 1870-2100 (number or text)",
      internalNotes: "never public",
    }),
    FilmPatch: fromZod(filmPatch, { version: VERSION }),
    SlotInput: fromZod(slotInput, { startsAt: INSTANT, endsAt: INSTANT }),
    SlotPatch: fromZod(slotPatch, { startsAt: INSTANT, endsAt: INSTANT, version: VERSION }),
    ScreeningInput: fromZod(screeningInput, {
      filmIds: "the films in screening order (a feature, a double bill, a shorts programme)",
      title: "a programme's name, shown instead of the films' titles (with the films listed under it)",
      languages: "spoken languages; null or absent: the films' own",
      subtitles: "subtitle language, e.g. English; null: the films' own",
      accessibility: "access marks; step-free also comes from the venue",
      format: "what is projected; its source belongs in internalNotes",
      internalNotes: "staff only: never public",
      ticketUrl: "where to buy tickets (https://...)",
      availability:
        "ticket availability; once the screening is released, a change of it is published at once by itself (a status-only release)",
      guests: "people attending (GET /api/v1/people), each with their role here",
      version: VERSION,
    }),
    PersonInput: fromZod(personInput, { availability: `when they are at the festival: [{from, to}], each an ${INSTANT}` }),
    PersonPatch: fromZod(personPatch, { version: VERSION }),
    ReleaseInput: fromZod(releaseInput, { note: "shown with the release on the changes page" }),
    SessionInput: fromZod(sessionInput),
    UserInput: fromZod(userInput, {
      password: PASSWORD_RULE,
      role: "the user's own role (everywhere unless an edition gives another)",
    }),
    UserPatch: fromZod(userPatch, {
      editionRoles: "edition slug -> role in that edition, or null to remove it",
      password: `a new password; ends the user's sessions and revokes their API tokens. ${PASSWORD_RULE}`,
      disabled: "true disables the account, ends its sessions and revokes its API tokens",
    }),
    MoveScreeningInput: fromZod(moveInput, { toSlotId: "the empty slot to move the screening to", version: VERSION }),
    SlotPatternInput: fromZod(patternInput, {
      times: "local start times HH:MM (day-break rule)",
      minutes: "each slot's length in real minutes",
      days: "festival days yyyy-mm-dd (default: every day)",
    }),
    TokenInput: fromZod(tokenInput, {
      role: "the token's role: at most your own",
      expiresAt: "when the token stops working: ISO 8601 with an offset, in the future, at most 366 days ahead (default: 90 days from now)",
    }),
    AuditQuery: fromZod(auditQuery),
  };
}
