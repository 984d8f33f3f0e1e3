/** Every /api/v1 operation and public feed: path, access, body, responses and errors. */
import { filmQuery } from "@/server/schemas";
import type { ApiOperation, ErrorStatus, JsonSchema } from "./types";
import { fromZod, int, isoDay, nullable, obj, ref, str, strList } from "./schemas";

/* ---------- operations ---------- */

export const list = (key: string, item: string): JsonSchema => obj({ [key]: { type: "array", items: ref(item) } });
export const NO_CONTENT = { description: "Done; no body" };

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
    summary: "Empty a slot",
    query: [{ name: "version", description: "the screening's version you last read; 409 stale_version if it changed since", schema: int }],
    responses: { 204: NO_CONTENT }, errors: [400, 401, 403, 404, 409],
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

export const FEED_HEADERS = ["etag", "last-modified", "cache-control"];
export const feed = (path: string, operationId: string, summary: string, contentType: string, errors: ErrorStatus[] = [404]): ApiOperation => ({
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
