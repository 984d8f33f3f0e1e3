/**
 * The OpenAPI 3.1 description of /api/v1 (and the public feeds), built from the
 * same zod schemas the services validate with (server/schemas.ts, read as
 * *input* JSON Schema) plus hand-written schemas for the responses.
 * Served at /api/v1/openapi.json and shown at /api/docs.
 */
import { z } from "zod";
import { moveInput, patternInput } from "./board-schemas";
import { LIMITS, auditQuery, tokenInput, userInput, userPatch, editionInput, editionPatch, filmInput, filmPatch, filmQuery, releaseInput, screeningInput, sessionInput, slotInput, slotPatch, venueInput, venuePatch } from "./schemas";

type JsonSchema = Record<string, unknown>;
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

/** Who may call an operation. */
export type Access = "public" | "read" | "edit" | "publish" | "admin";

export interface ApiOperation {
  method: HttpMethod;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: { name: string; description: string; schema: JsonSchema }[];
  /** Name of a components.schemas entry (from zod) for the JSON body. */
  body?: string;
  /** A request body that is not one JSON schema: content type -> schema (shown as is). */
  rawBody?: Record<string, JsonSchema>;
  /** Success status -> description, content type and schema. */
  responses: Record<number, { description: string; schema?: JsonSchema; contentType?: string; headers?: string[] }>;
  errors: ErrorStatus[];
}

/* ---------- schemas ---------- */

function fromZod(schema: z.ZodType, descriptions: Record<string, string> = {}): JsonSchema {
  const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  delete js.$schema;
  const props = js.properties as Record<string, JsonSchema> | undefined;
  if (props) for (const [k, d] of Object.entries(descriptions)) if (props[k]) props[k] = { ...props[k], description: d };
  return js;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({ type: [type, "null"], ...extra });
const obj = (properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties), extra: JsonSchema = {}): JsonSchema => ({
  type: "object",
  properties,
  required,
  ...extra,
});
const int: JsonSchema = { type: "integer" };
const str: JsonSchema = { type: "string" };
const strList: JsonSchema = { type: "array", items: str };
const isoDay: JsonSchema = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "calendar day yyyy-mm-dd" };
const isoInstant: JsonSchema = { type: "string", description: "ISO 8601 with the edition's UTC offset" };

const DAY = "a calendar day yyyy-mm-dd";
const INSTANT = "ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00";
const VERSION = "the version you last read; 409 stale_version if it changed since";

const ERROR_CODES = [
  "bad_request",
  "invalid_json",
  "unauthorized",
  "forbidden",
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

function inputSchemas(): Record<string, JsonSchema> {
  return {
    EditionInput: fromZod(editionInput, { firstDay: DAY, lastDay: DAY, timeZone: "IANA time zone, e.g. Europe/Lisbon", dayBreak: "HH:MM at which one festival day ends (default 06:00)" }),
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
    ScreeningInput: fromZod(screeningInput, { filmIds: "the films in screening order (a feature, a double bill, a shorts programme)", version: VERSION }),
    ReleaseInput: fromZod(releaseInput, { note: "shown with the release on the changes page" }),
    SessionInput: fromZod(sessionInput),
    UserInput: fromZod(userInput, { password: "at least 10 characters", role: "the user's own role (everywhere unless an edition gives another)" }),
    UserPatch: fromZod(userPatch, { editionRoles: "edition slug -> role in that edition, or null to remove it", password: "a new password; ends the user's sessions", disabled: "true disables the account and ends its sessions" }),
    MoveScreeningInput: fromZod(moveInput, { toSlotId: "the empty slot to move the screening to", version: VERSION }),
    SlotPatternInput: fromZod(patternInput, { times: "local start times HH:MM (day-break rule)", minutes: "each slot's length in real minutes", days: "festival days yyyy-mm-dd (default: every day)" }),
    TokenInput: fromZod(tokenInput, { role: "the token's role: at most your own" }),
    AuditQuery: fromZod(auditQuery),
  };
}

function outputSchemas(): Record<string, JsonSchema> {
  const fitTerm = obj({ label: str, minutes: nullable("integer") });
  const publicFilm = obj({
    id: int,
    title: nullable("string"),
    displayTitle: str,
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
    url: str,
  });
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
      type: { type: "string", enum: ["venue-overlap", "changeover", "film-overlap", "outside-festival", "incomplete-film", "does-not-fit"] },
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
    User: obj({ id: int, email: str, name: str, role: { type: "string", enum: ["admin", "publisher", "programmer", "viewer"] }, disabled: { type: "boolean" } }),
  };
}

/* ---------- operations ---------- */

const list = (key: string, item: string): JsonSchema => obj({ [key]: { type: "array", items: ref(item) } });
const NO_CONTENT = { description: "Done; no body" };

export const API_OPERATIONS: ApiOperation[] = [
  // session
  {
    method: "post", path: "/api/v1/session", operationId: "signIn", tag: "session", access: "public",
    summary: "Sign in", description: "Sets an HttpOnly, SameSite=Lax session cookie.", body: "SessionInput",
    responses: { 200: { description: "Signed in", schema: obj({ user: ref("User"), expiresAt: { type: "string" } }), headers: ["set-cookie"] } },
    errors: [400, 401, 413],
  },
  {
    method: "delete", path: "/api/v1/session", operationId: "signOut", tag: "session", access: "public",
    summary: "Sign out", description: "Ends the session and clears the cookie.",
    responses: { 200: { description: "Signed out", schema: obj({ ok: { type: "boolean", const: true } }), headers: ["set-cookie"] } },
    errors: [],
  },
  // films
  {
    method: "get", path: "/api/v1/films", operationId: "listFilms", tag: "films", access: "read",
    summary: "List the film catalogue",
    query: [
      { name: "q", description: "search titles, directors and cast", schema: (fromZod(filmQuery).properties as Record<string, JsonSchema>).q },
      { name: "limit", description: "at most this many films", schema: (fromZod(filmQuery).properties as Record<string, JsonSchema>).limit },
    ],
    responses: { 200: { description: "The films", schema: list("films", "Film") } },
    errors: [400, 401],
  },
  {
    method: "post", path: "/api/v1/films", operationId: "createFilm", tag: "films", access: "edit",
    summary: "Add a film to the catalogue", body: "FilmInput",
    responses: { 201: { description: "The new film", schema: ref("Film") } },
    errors: [400, 401, 403, 413],
  },
  {
    method: "get", path: "/api/v1/films.csv", operationId: "exportCatalogueCsv", tag: "films", access: "read",
    summary: "The whole catalogue as CSV (internal notes included), importable again",
    responses: { 200: { description: "UTF-8 CSV", contentType: "text/csv", schema: { type: "string" } } },
    errors: [401],
  },
  {
    method: "post", path: "/api/v1/films/import", operationId: "importFilms", tag: "films", access: "edit",
    summary: "Import films from pasted text, a CSV/TSV/HTML file, or the preview screen's JSON",
    description: "`?dryRun=true`: 200 with the preview (nothing saved). Otherwise 201, all or nothing, with the films created.",
    query: [
      { name: "dryRun", description: "true or 1: only preview", schema: { type: "string", enum: ["true", "1", "false", "0"] } },
      { name: "fileName", description: "the uploaded file's name (helps guess the format)", schema: str },
    ],
    rawBody: {
      "text/plain": { type: "string" },
      "text/csv": { type: "string" },
      "text/tab-separated-values": { type: "string" },
      "text/html": { type: "string" },
      "application/octet-stream": { type: "string", contentMediaType: "application/octet-stream" },
      "application/json": obj(
        { text: str, fileName: str, contentType: str, mapping: { type: "object" }, decisions: {} },
        ["text"],
      ),
    },
    responses: {
      200: { description: "dryRun: the preview of what would be imported", schema: { type: "object" } },
      201: {
        description: "Imported",
        schema: {
          type: "object",
          properties: { created: { type: "array", items: obj({ id: int, title: nullable("string"), flags: strList }) } },
          required: ["created"],
        },
      },
    },
    errors: [400, 401, 403, 413, 415, 422],
  },
  {
    method: "get", path: "/api/v1/films/{id}", operationId: "getFilm", tag: "films", access: "read",
    summary: "One film", responses: { 200: { description: "The film", schema: ref("Film") } }, errors: [401, 404],
  },
  {
    method: "patch", path: "/api/v1/films/{id}", operationId: "updateFilm", tag: "films", access: "edit",
    summary: "Change a film (only the fields sent)", body: "FilmPatch",
    responses: { 200: { description: "The film as it is now", schema: ref("Film") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "delete", path: "/api/v1/films/{id}", operationId: "deleteFilm", tag: "films", access: "edit",
    summary: "Delete a film", description: "409 in_use while the film is in a screening.",
    responses: { 204: NO_CONTENT }, errors: [401, 403, 404, 409],
  },
  // editions
  {
    method: "get", path: "/api/v1/editions", operationId: "listEditions", tag: "editions", access: "read",
    summary: "List editions", responses: { 200: { description: "Every edition", schema: list("editions", "Edition") } }, errors: [401],
  },
  {
    method: "post", path: "/api/v1/editions", operationId: "createEdition", tag: "editions", access: "admin",
    summary: "Create an edition", body: "EditionInput",
    responses: { 201: { description: "The new edition", schema: ref("Edition") } },
    errors: [400, 401, 403, 409, 413],
  },
  {
    method: "get", path: "/api/v1/editions/{slug}", operationId: "getEdition", tag: "editions", access: "read",
    summary: "One edition with its venues", responses: { 200: { description: "The edition", schema: ref("EditionWithVenues") } }, errors: [401, 404],
  },
  {
    method: "patch", path: "/api/v1/editions/{slug}", operationId: "updateEdition", tag: "editions", access: "admin",
    summary: "Change an edition", body: "EditionPatch",
    responses: { 200: { description: "The edition as it is now", schema: ref("Edition") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  // venues
  {
    method: "get", path: "/api/v1/editions/{slug}/venues", operationId: "listVenues", tag: "venues", access: "read",
    summary: "The edition's venues", responses: { 200: { description: "The venues, in order", schema: list("venues", "Venue") } }, errors: [401, 404],
  },
  {
    method: "post", path: "/api/v1/editions/{slug}/venues", operationId: "createVenue", tag: "venues", access: "edit",
    summary: "Add a venue", body: "VenueInput",
    responses: { 201: { description: "The new venue", schema: ref("Venue") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "patch", path: "/api/v1/editions/{slug}/venues/{id}", operationId: "updateVenue", tag: "venues", access: "edit",
    summary: "Change a venue", body: "VenuePatch",
    responses: { 200: { description: "The venue as it is now", schema: ref("Venue") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "delete", path: "/api/v1/editions/{slug}/venues/{id}", operationId: "deleteVenue", tag: "venues", access: "edit",
    summary: "Delete a venue", description: "409 in_use while it has slots.", responses: { 204: NO_CONTENT }, errors: [401, 403, 404, 409],
  },
  // slots and screenings
  {
    method: "get", path: "/api/v1/editions/{slug}/slots", operationId: "listSlots", tag: "slots", access: "read",
    summary: "Every slot with its screening, fit and conflicts",
    query: [{ name: "day", description: "only this festival day (yyyy-mm-dd)", schema: isoDay }],
    responses: { 200: { description: "The slots", schema: list("slots", "Slot") } },
    errors: [401, 404],
  },
  {
    method: "post", path: "/api/v1/editions/{slug}/slots", operationId: "createSlot", tag: "slots", access: "edit",
    summary: "Add a slot in a venue", body: "SlotInput",
    responses: { 201: { description: "The slot as GET lists it", schema: ref("Slot") } },
    errors: [400, 401, 403, 404, 413],
  },
  {
    method: "get", path: "/api/v1/editions/{slug}/slots/{id}", operationId: "getSlot", tag: "slots", access: "read",
    summary: "One slot", responses: { 200: { description: "The slot", schema: ref("Slot") } }, errors: [401, 404],
  },
  {
    method: "patch", path: "/api/v1/editions/{slug}/slots/{id}", operationId: "updateSlot", tag: "slots", access: "edit",
    summary: "Move or retime a slot", body: "SlotPatch",
    responses: { 200: { description: "The slot as it is now", schema: ref("Slot") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "delete", path: "/api/v1/editions/{slug}/slots/{id}", operationId: "deleteSlot", tag: "slots", access: "edit",
    summary: "Delete a slot and the screening in it", responses: { 204: NO_CONTENT }, errors: [401, 403, 404],
  },
  {
    method: "put", path: "/api/v1/editions/{slug}/slots/{id}/screening", operationId: "putScreening", tag: "slots", access: "edit",
    summary: "Put a screening (one film or a programme) into a slot",
    description: "422 does_not_fit with the arithmetic when it is over the slot; 422 runtime_unknown when a confirmed screening has a film without a runtime.",
    body: "ScreeningInput",
    responses: { 200: { description: "The screening, its fit and the slot's conflicts", schema: ref("ScreeningResult") } },
    errors: [400, 401, 403, 404, 409, 413, 422],
  },
  {
    method: "delete", path: "/api/v1/editions/{slug}/slots/{id}/screening", operationId: "deleteScreening", tag: "slots", access: "edit",
    summary: "Empty a slot", responses: { 204: NO_CONTENT }, errors: [401, 403, 404],
  },
  {
    method: "get", path: "/api/v1/editions/{slug}/conflicts", operationId: "listConflicts", tag: "slots", access: "read",
    summary: "Every conflict in the edition",
    responses: { 200: { description: "The conflicts; blocking when any is an error", schema: obj({ conflicts: { type: "array", items: ref("Conflict") }, blocking: { type: "boolean" } }) } },
    errors: [401, 404],
  },
  // releases
  {
    method: "get", path: "/api/v1/editions/{slug}/releases", operationId: "listReleases", tag: "releases", access: "public",
    summary: "Every release, newest first", responses: { 200: { description: "The releases", schema: list("releases", "Release") } }, errors: [404],
  },
  {
    method: "post", path: "/api/v1/editions/{slug}/releases", operationId: "publishRelease", tag: "releases", access: "publish",
    summary: "Publish a release", description: "409 blocking_conflicts (with the conflicts) while an error-level conflict remains.", body: "ReleaseInput",
    responses: { 201: { description: "The new release", schema: ref("Release") } },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "get", path: "/api/v1/editions/{slug}/releases/preview", operationId: "previewRelease", tag: "releases", access: "read",
    summary: "What publishing now would change, and what would block it",
    responses: { 200: { description: "The preview", schema: ref("ReleasePreview") } }, errors: [401, 404],
  },
  {
    method: "get", path: "/api/v1/editions/{slug}/schedule", operationId: "getPublicSchedule", tag: "public", access: "public",
    summary: "The latest release as JSON (days -> screenings)", description: "404 before the first release.",
    responses: { 200: { description: "The published schedule", schema: ref("PublicSchedule") } }, errors: [404],
  },
  {
    method: "get", path: "/api/v1/openapi.json", operationId: "getOpenApi", tag: "meta", access: "public",
    summary: "This document", responses: { 200: { description: "OpenAPI 3.1", schema: { type: "object" } } }, errors: [],
  },
  {
    method: "post", path: "/api/v1/editions/{slug}/slots/{id}/screening/move", operationId: "moveScreening", tag: "slots", access: "edit",
    summary: "Move a slot's screening to another (empty) slot, atomically",
    description: "Keeps the screening's identity. 409 stale_version / 409 conflict (target occupied) / 422 does_not_fit with the fit.",
    body: "MoveScreeningInput",
    responses: { 200: { description: "Both slots as GET lists them", schema: obj({ from: ref("Slot"), to: ref("Slot") }) } },
    errors: [400, 401, 403, 404, 409, 413, 422],
  },
  {
    method: "post", path: "/api/v1/editions/{slug}/slots/pattern", operationId: "createSlotPattern", tag: "slots", access: "edit",
    summary: "Create slots from a daily pattern (\"every day 14:00, 17:00, 20:30 in Venue 2, 150 min\")",
    description: "One transaction: 400 naming times.N / days.N / venueId, nothing created.",
    body: "SlotPatternInput",
    responses: { 201: { description: "The new slots", schema: obj({ slots: { type: "array", items: ref("Slot") } }) } },
    errors: [400, 401, 403, 404, 413],
  },
  {
    method: "get", path: "/api/v1/backup", operationId: "downloadBackup", tag: "team", access: "admin",
    summary: "A consistent copy of the database, made while Lineup runs and checked before it is sent",
    responses: { 200: { description: "The SQLite file", contentType: "application/vnd.sqlite3", schema: { type: "string", contentMediaType: "application/vnd.sqlite3" } } },
    errors: [401, 403],
  },
  /* ---------- team: users, API tokens, audit ---------- */
  {
    method: "get", path: "/api/v1/users", operationId: "listUsers", tag: "team", access: "admin",
    summary: "Every user with their role and per-edition roles",
    responses: { 200: { description: "Users", schema: obj({ users: { type: "array", items: { type: "object" } } }) } },
    errors: [401, 403],
  },
  {
    method: "post", path: "/api/v1/users", operationId: "createUser", tag: "team", access: "admin",
    summary: "Add a user", body: "UserInput",
    responses: { 201: { description: "The new user", schema: { type: "object" } } },
    errors: [400, 401, 403, 409],
  },
  {
    method: "patch", path: "/api/v1/users/{id}", operationId: "updateUser", tag: "team", access: "admin",
    summary: "Set a user's role or per-edition roles, reset their password, disable the account", body: "UserPatch",
    responses: { 200: { description: "The user", schema: { type: "object" } } },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: "get", path: "/api/v1/tokens", operationId: "listTokens", tag: "team", access: "read",
    summary: "Your personal API tokens (never the secrets)",
    responses: { 200: { description: "Tokens", schema: obj({ tokens: { type: "array", items: { type: "object" } } }) } },
    errors: [401],
  },
  {
    method: "post", path: "/api/v1/tokens", operationId: "createToken", tag: "team", access: "read",
    summary: "Create a personal API token (shown once; use as Authorization: Bearer ...)", body: "TokenInput",
    responses: { 201: { description: "The token, shown this once", schema: obj({ token: str, id: int, name: str, role: str }) } },
    errors: [400, 401, 403],
  },
  {
    method: "delete", path: "/api/v1/tokens/{id}", operationId: "revokeToken", tag: "team", access: "read",
    summary: "Revoke one of your tokens",
    responses: { 204: { description: "Revoked" } },
    errors: [401, 404],
  },
  {
    method: "get", path: "/api/v1/audit", operationId: "listAudit", tag: "team", access: "read",
    summary: "The audit log, newest first (all of it for admins; one edition's for its readers)",
    query: [
      { name: "edition", description: "an edition's slug", schema: str },
      { name: "entity", description: "film, edition, venue, slot, screening, release, user, token or import", schema: str },
      { name: "entityId", description: "the record's id", schema: int },
      { name: "userId", description: "who made the change", schema: int },
      { name: "beforeId", description: "older than this entry (paging)", schema: int },
      { name: "limit", description: "at most 1000 (default 200)", schema: int },
    ],
    responses: { 200: { description: "Entries: who, when, what, before and after", schema: obj({ entries: { type: "array", items: { type: "object" } } }) } },
    errors: [400, 401, 403, 404],
  },
];

const FEED_HEADERS = ["etag", "last-modified", "cache-control"];
const feed = (path: string, operationId: string, summary: string, contentType: string, errors: ErrorStatus[] = [404]): ApiOperation => ({
  method: "get",
  path,
  operationId,
  tag: "feeds",
  access: "public",
  summary,
  description: "The latest release, rendered once per release. ETag and Last-Modified; 304 for If-None-Match / If-Modified-Since.",
  responses: { 200: { description: "The feed", contentType, schema: { type: "string" }, headers: FEED_HEADERS }, 304: { description: "Not modified" } },
  errors,
});

/** The public feeds (not under /api, listed for completeness). */
export const FEED_OPERATIONS: ApiOperation[] = [
  feed("/schedule/{edition}/schedule.ics", "festivalIcal", "The whole festival as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/venues/{venue}.ics", "venueIcal", "One venue's screenings as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/films/{film}.ics", "filmIcal", "One film's screenings as iCalendar ({film} is the film page's segment, e.g. 12-matewan)", "text/calendar"),
  feed("/schedule/{edition}/screenings/{id}.ics", "screeningIcal", "One screening as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/schedule.xml", "frabXml", "frab / c3voc schedule.xml", "application/xml"),
  feed("/schedule/{edition}/schedule.json", "frabJson", "frab / c3voc schedule.json", "application/json"),
  feed("/schedule/{edition}/schedule.csv", "scheduleCsv", "The programme as CSV (UTF-8 with BOM)", "text/csv"),
];

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  429: "rate_limited: too many sign-in attempts (10 per 15 minutes per account and per address)",
  400: "bad_request (fields name each problem) or invalid_json",
  401: "unauthorized: sign in first (or wrong credentials)",
  403: "forbidden: your role may not do this",
  404: "not_found",
  409: "conflict, stale_version (with current), in_use or blocking_conflicts (with conflicts)",
  413: `payload_too_large: the body is over ${LIMITS.bodyBytes} bytes (the import's own limit for /films/import)`,
  415: "unsupported_media_type: send one of the listed content types",
  422: "does_not_fit or runtime_unknown (with fit)",
};

export const ACCESS_DESCRIPTIONS: Record<Access, string> = {
  public: "public",
  read: "signed in (any role)",
  edit: "programmer, publisher or admin",
  publish: "publisher or admin",
  admin: "admin",
};

export function errorDescription(status: ErrorStatus): string {
  return ERROR_DESCRIPTIONS[status];
}

/** The {names} in a path template. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

const PARAM_DESCRIPTIONS: Record<string, string> = {
  slug: "the edition's slug",
  edition: "the edition's slug",
  id: "a numeric id",
  venue: "the venue's slug",
  film: "the film's page segment, e.g. 12-matewan",
};

function operationObject(op: ApiOperation): JsonSchema {
  const parameters = [
    ...pathParams(op.path).map((name) => ({
      name,
      in: "path",
      required: true,
      description: PARAM_DESCRIPTIONS[name] ?? name,
      schema: name === "id" ? { type: "string", pattern: "^\\d+$" } : { type: "string" },
    })),
    ...(op.query ?? []).map((q) => ({ name: q.name, in: "query", required: false, description: q.description, schema: q.schema })),
  ];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.headers ? { headers: Object.fromEntries(r.headers.map((h) => [h, { schema: { type: "string" } }])) } : {}),
      ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: r.schema } } } : {}),
    };
  }
  for (const status of op.errors) {
    responses[String(status)] = { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: ref("Error") } } };
  }
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.access === "public" ? { security: [] } : { "x-access": ACCESS_DESCRIPTIONS[op.access] }),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } }
      : op.rawBody
        ? { requestBody: { required: true, content: Object.fromEntries(Object.entries(op.rawBody).map(([type, schema]) => [type, { schema }])) } }
        : {}),
    responses,
  };
}

let cached: JsonSchema | null = null;

/** The OpenAPI 3.1 document (built once). */
export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of [...API_OPERATIONS, ...FEED_OPERATIONS]) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = operationObject(op);
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Lineup API",
      version: "1",
      description:
        "Build, prove and publish a film festival's screening programme. Errors are `{\"error\": {\"code\", \"message\", \"fields\"}}` with a 4xx status. Writes need the session cookie from POST /api/v1/session.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    tags: ["session", "films", "editions", "venues", "slots", "releases", "public", "feeds", "meta"].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...inputSchemas(), ...outputSchemas() },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "lineup_session" } },
    },
    security: [{ session: [] }],
  };
  return cached;
}

/** A body schema by name, for the docs page. */
export function componentSchema(name: string): JsonSchema | undefined {
  return (openApiDocument().components as { schemas: Record<string, JsonSchema> }).schemas[name];
}
