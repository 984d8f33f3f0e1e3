/** JSON Schemas: inputs read from the zod schemas the services validate with, outputs written by hand. */
import { z } from "zod";
import { moveInput, patternInput } from "@/server/board-schemas";
import {
  auditQuery,
  editionInput,
  editionPatch,
  filmInput,
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
const isoInstant: JsonSchema = { type: "string", description: "ISO 8601 with the edition's UTC offset" };

const DAY = "a calendar day yyyy-mm-dd";
const INSTANT = "ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00";
const VERSION = "the version you last read; 409 stale_version if it changed since";

const ERROR_CODES = [
  "bad_request",
  "invalid_json",
  "unauthorized",
  "forbidden",
  "bad_origin",
  "not_found",
  "conflict",
  "stale_version",
  "in_use",
  "blocking_conflicts",
  "payload_too_large",
  "does_not_fit",
  "runtime_unknown",
  "unprocessable",
  "unsupported_media_type",
  "rate_limited",
];

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
    EditionPatch: fromZod(editionPatch, { firstDay: DAY, lastDay: DAY, version: VERSION }),
    VenueInput: fromZod(venueInput),
    VenuePatch: fromZod(venuePatch, { version: VERSION }),
    FilmInput: fromZod(filmInput, {
      runtimeMinutes: "whole minutes, or text such as '1 hr 22 min' or 135'",
      year: "a year 1870-2100 (number or text)",
      internalNotes: "never public",
    }),
    FilmPatch: fromZod(filmPatch, { version: VERSION }),
    SlotInput: fromZod(slotInput, { startsAt: INSTANT, endsAt: INSTANT }),
    SlotPatch: fromZod(slotPatch, { startsAt: INSTANT, endsAt: INSTANT, version: VERSION }),
    ScreeningInput: fromZod(screeningInput, {
      filmIds: "the films in screening order (a feature, a double bill, a shorts programme)",
      version: VERSION,
    }),
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

export function outputSchemas(): Record<string, JsonSchema> {
  const fitTerm = obj({ label: str, minutes: nullable("integer") });
  // The catalogue's fields, as the public sees them and as programmers see them (plus notes, flags, version).
  const filmFields = {
    id: int,
    title: nullable("string"),
    originalTitle: nullable("string"),
    year: nullable("integer"),
    directors: strList,
    cast: strList,
    countries: strList,
    runtimeMinutes: nullable("integer"),
    languages: strList,
    subtitles: nullable("string"),
    genre: nullable("string"),
    synopsis: nullable("string"),
  };
  const publicFilm = obj({ ...filmFields, displayTitle: str, url: str });
  const { id: _id, ...parsedFields } = filmFields;
  const importPreview = obj(
    {
      format: { type: "string", enum: ["text", "html", "csv", "tsv"] },
      encoding: str,
      mapping: {
        type: "object",
        additionalProperties: nullable("string"),
        description: "CSV/TSV: column header -> film field (null: internal notes)",
      },
      warnings: { type: "array", items: str, maxItems: 100, description: "at most 100" },
      warningsTotal: int,
      page: obj({ offset: int, limit: int, total: int }, ["offset", "limit", "total"], {
        description: "entries[offset, offset + limit) of total",
      }),
      entries: {
        type: "array",
        maxItems: 1000,
        items: obj(
          {
            index: { type: "integer", description: "0-based, in source order" },
            film: obj({
              ...parsedFields,
              internalNotes: nullable("string"),
              flags: { type: "array", items: { type: "string", enum: ["missing-title", "missing-runtime", "personal-data"] } },
            }),
            sourceLines: obj({ from: int, to: int }),
            source: str,
            displayTitle: str,
            action: { type: "string", enum: ["new", "same", "duplicate-in-paste", "possible-duplicate"] },
            filmId: { type: "integer", description: "same / possible-duplicate: the existing film" },
            ofIndex: { type: "integer", description: "duplicate-in-paste: the earlier entry" },
          },
          ["index", "film", "sourceLines", "source", "displayTitle", "action"],
        ),
      },
      summary: obj({ entries: int, new: int, same: int, duplicates: int, flagged: int }),
    },
    ["format", "encoding", "warnings", "warningsTotal", "page", "entries", "summary"],
  );
  return {
    Error: obj(
      {
        error: obj(
          {
            code: { type: "string", enum: ERROR_CODES },
            message: str,
            fields: { type: "object", additionalProperties: str, description: "field name -> what is wrong with it" },
            current: { description: "409 stale_version: the record as it is now" },
            conflicts: { type: "array", items: ref("Conflict"), description: "409 blocking_conflicts: what blocks publishing" },
            fit: { ...ref("FitResult"), description: "422 does_not_fit / runtime_unknown: the arithmetic" },
          },
          ["code", "message", "fields"],
        ),
      },
      ["error"],
    ),
    Edition: obj({ id: int, slug: str, name: str, firstDay: isoDay, lastDay: isoDay, timeZone: str, dayBreak: str, version: int }),
    EditionWithVenues: {
      allOf: [ref("Edition"), obj({ venues: { type: "array", items: ref("Venue") } })],
    },
    Venue: obj({ id: int, editionId: int, slug: str, name: str, capacity: nullable("integer"), changeoverMinutes: int, version: int }),
    Film: obj({
      ...filmFields,
      internalNotes: nullable("string"),
      flags: { type: "array", items: { type: "string", enum: ["missing-title", "missing-runtime", "personal-data"] } },
      version: int,
    }),
    FitResult: obj({
      status: { type: "string", enum: ["fits", "over", "unknown"] },
      slotMinutes: int,
      totalMinutes: nullable("integer"),
      spareMinutes: nullable("integer"),
      overByMinutes: nullable("integer"),
      terms: { type: "array", items: fitTerm },
      message: str,
    }),
    Conflict: obj({
      type: {
        type: "string",
        enum: ["venue-overlap", "changeover", "film-overlap", "outside-festival", "incomplete-film", "does-not-fit"],
      },
      severity: { type: "string", enum: ["error", "warning"] },
      message: str,
      slotIds: { type: "array", items: int },
      filmIds: { type: "array", items: int },
    }),
    Screening: obj({
      id: int,
      filmIds: { type: "array", items: int },
      films: { type: "array", items: obj({ id: int, title: nullable("string"), displayTitle: str, runtimeMinutes: nullable("integer") }) },
      preShowMinutes: int,
      introMinutes: int,
      qaMinutes: int,
      status: { type: "string", enum: ["tentative", "confirmed", "cancelled"] },
      version: int,
    }),
    Slot: obj({
      id: int,
      venueId: int,
      startsAt: isoInstant,
      endsAt: isoInstant,
      minutes: { type: "integer", description: "real elapsed minutes" },
      festivalDay: isoDay,
      version: int,
      screening: { anyOf: [ref("Screening"), { type: "null" }] },
      fit: { anyOf: [ref("FitResult"), { type: "null" }] },
      conflicts: { type: "array", items: ref("Conflict") },
    }),
    ScreeningResult: obj({ screening: ref("Screening"), fit: ref("FitResult"), conflicts: { type: "array", items: ref("Conflict") } }),
    ReleaseChange: obj({
      type: { type: "string", enum: ["new", "moved", "retimed", "films-changed", "cancelled", "reinstated", "removed"] },
      screeningId: int,
      message: str,
    }),
    Release: obj({
      version: int,
      publishedAt: { type: "string", description: "ISO 8601 UTC" },
      note: nullable("string"),
      changes: { type: "array", items: ref("ReleaseChange") },
    }),
    ReleasePreview: obj({
      nextVersion: int,
      changes: { type: "array", items: ref("ReleaseChange") },
      conflicts: { type: "array", items: ref("Conflict") },
      blocking: { type: "array", items: ref("Conflict") },
    }),
    PublicSchedule: obj({
      edition: obj({ slug: str, name: str, firstDay: isoDay, lastDay: isoDay, timeZone: str, dayBreak: str }),
      release: obj({ version: int, publishedAt: isoInstant }),
      venues: { type: "array", items: obj({ id: int, slug: str, name: str, capacity: nullable("integer") }) },
      days: {
        type: "array",
        items: obj({
          date: isoDay,
          label: str,
          screenings: {
            type: "array",
            items: obj({
              id: int,
              status: { type: "string", enum: ["confirmed", "cancelled"] },
              revision: int,
              startsAt: isoInstant,
              endsAt: isoInstant,
              festivalDay: isoDay,
              localDate: isoDay,
              startTime: str,
              endTime: str,
              afterMidnight: { type: "boolean" },
              slotMinutes: int,
              runtimeMinutes: nullable("integer"),
              preShowMinutes: int,
              introMinutes: int,
              qaMinutes: int,
              venue: obj({ id: int, slug: str, name: str }),
              title: str,
              films: { type: "array", items: publicFilm },
            }),
          },
        }),
      },
    }),
    User: obj({
      id: int,
      email: str,
      name: str,
      role: { type: "string", enum: ["admin", "publisher", "programmer", "viewer"] },
      disabled: { type: "boolean" },
    }),
    ImportPreview: importPreview,
    ImportResult: {
      allOf: [
        ref("ImportPreview"),
        obj({
          created: {
            type: "array",
            items: obj({ id: int, title: nullable("string"), flags: strList }),
            description: "films created from this page's entries",
          },
          merged: { type: "array", items: int, description: "existing films that took fields from this page's entries" },
          summary: obj({ created: int, merged: int }, ["created", "merged"], {
            description: "besides the preview's counts: every film created and merged",
          }),
        }),
      ],
    },
    ApiToken: obj(
      {
        id: int,
        userId: int,
        name: str,
        role: { type: "string", enum: ["admin", "publisher", "programmer", "viewer"] },
        createdAt: { type: "string", format: "date-time" },
        expiresAt: { type: ["string", "null"], format: "date-time", description: "after this the token is refused" },
        lastUsedAt: { type: ["string", "null"], format: "date-time", description: "recorded at most once a minute" },
        revokedAt: {
          type: ["string", "null"],
          format: "date-time",
          description: "revoked by hand, by a password reset, by signing out everywhere or by disabling the account",
        },
      },
      ["id", "userId", "name", "role", "createdAt", "expiresAt", "lastUsedAt", "revokedAt"],
      { description: "A personal API token, never its secret" },
    ),
  };
}
