/** Every /api/v1 operation and public feed: path, access, body, responses and errors. */
import { filmQuery } from "@/server/schemas";
import { fromZod, int, isoDay, nullable, obj, propertyOf, ref, str, strList } from "./schemas";
import type { ApiOperation, ErrorStatus, HttpMethod, JsonSchema } from "./types";

/* ---------- operations ---------- */

type Spec = Omit<ApiOperation, "method" | "path" | "operationId" | "tag">;
type Untagged = Omit<ApiOperation, "tag">;

const op = (method: HttpMethod, path: string, operationId: string, spec: Spec): Untagged => ({ method, path, operationId, ...spec });
const tagged = (tag: string, ops: Untagged[]): ApiOperation[] => ops.map((o) => ({ ...o, tag }));

/** Success answers: 200 or 201 with a JSON schema, 204 without a body. */
const ok = (description: string, schema: JsonSchema) => ({ 200: { description, schema } });
const created = (description: string, schema: JsonSchema) => ({ 201: { description, schema } });
const NO_CONTENT = { 204: { description: "Done; no body" } };
const list = (key: string, item: string): JsonSchema => obj({ [key]: { type: "array", items: ref(item) } });
const anyObjects = (key: string): JsonSchema => obj({ [key]: { type: "array", items: { type: "object" } } });

/** Errors every write of a JSON body can answer, besides its own. */
const WRITE = [400, 401, 403, 404, 409, 413] satisfies ErrorStatus[];

const SESSION = tagged("session", [
  op("post", "/api/v1/session", "signIn", {
    access: "public",
    summary: "Sign in",
    description: "Sets an HttpOnly, SameSite=Lax session cookie.",
    body: "SessionInput",
    responses: {
      200: { description: "Signed in", schema: obj({ user: ref("User"), expiresAt: { type: "string" } }), headers: ["set-cookie"] },
    },
    errors: [400, 401, 413],
  }),
  op("delete", "/api/v1/session", "signOut", {
    access: "public",
    summary: "Sign out",
    description: "Ends the session and clears the cookie.",
    responses: { 200: { description: "Signed out", schema: obj({ ok: { type: "boolean", const: true } }), headers: ["set-cookie"] } },
    errors: [],
  }),
]);

const FILMS = tagged("films", [
  op("get", "/api/v1/films", "listFilms", {
    access: "read",
    summary: "List the film catalogue",
    query: [
      { name: "q", description: "search titles, directors and cast", schema: propertyOf(fromZod(filmQuery), "q") },
      { name: "limit", description: "at most this many films", schema: propertyOf(fromZod(filmQuery), "limit") },
    ],
    responses: ok("The films", list("films", "Film")),
    errors: [400, 401],
  }),
  op("post", "/api/v1/films", "createFilm", {
    access: "edit",
    summary: "Add a film to the catalogue",
    body: "FilmInput",
    responses: created("The new film", ref("Film")),
    errors: [400, 401, 403, 413],
  }),
  op("get", "/api/v1/films.csv", "exportCatalogueCsv", {
    access: "read",
    summary: "The whole catalogue as CSV (internal notes included), importable again",
    responses: { 200: { description: "UTF-8 CSV", contentType: "text/csv", schema: { type: "string" } } },
    errors: [401],
  }),
  op("post", "/api/v1/films/import", "importFilms", {
    access: "edit",
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
      "application/json": obj({ text: str, fileName: str, contentType: str, mapping: { type: "object" }, decisions: {} }, ["text"]),
    },
    responses: {
      ...ok("dryRun: the preview of what would be imported", { type: "object" }),
      ...created("Imported", obj({ created: { type: "array", items: obj({ id: int, title: nullable("string"), flags: strList }) } })),
    },
    errors: [400, 401, 403, 413, 415, 422],
  }),
  op("get", "/api/v1/films/{id}", "getFilm", {
    access: "read",
    summary: "One film",
    responses: ok("The film", ref("Film")),
    errors: [401, 404],
  }),
  op("patch", "/api/v1/films/{id}", "updateFilm", {
    access: "edit",
    summary: "Change a film (only the fields sent)",
    body: "FilmPatch",
    responses: ok("The film as it is now", ref("Film")),
    errors: WRITE,
  }),
  op("delete", "/api/v1/films/{id}", "deleteFilm", {
    access: "edit",
    summary: "Delete a film",
    description: "409 in_use while the film is in a screening.",
    responses: NO_CONTENT,
    errors: [401, 403, 404, 409],
  }),
]);

const EDITIONS = tagged("editions", [
  op("get", "/api/v1/editions", "listEditions", {
    access: "read",
    summary: "List editions",
    responses: ok("Every edition", list("editions", "Edition")),
    errors: [401],
  }),
  op("post", "/api/v1/editions", "createEdition", {
    access: "admin",
    summary: "Create an edition",
    body: "EditionInput",
    responses: created("The new edition", ref("Edition")),
    errors: [400, 401, 403, 409, 413],
  }),
  op("get", "/api/v1/editions/{slug}", "getEdition", {
    access: "read",
    summary: "One edition with its venues",
    responses: ok("The edition", ref("EditionWithVenues")),
    errors: [401, 404],
  }),
  op("patch", "/api/v1/editions/{slug}", "updateEdition", {
    access: "admin",
    summary: "Change an edition",
    body: "EditionPatch",
    responses: ok("The edition as it is now", ref("Edition")),
    errors: WRITE,
  }),
]);

const VENUES = tagged("venues", [
  op("get", "/api/v1/editions/{slug}/venues", "listVenues", {
    access: "read",
    summary: "The edition's venues",
    responses: ok("The venues, in order", list("venues", "Venue")),
    errors: [401, 404],
  }),
  op("post", "/api/v1/editions/{slug}/venues", "createVenue", {
    access: "edit",
    summary: "Add a venue",
    body: "VenueInput",
    responses: created("The new venue", ref("Venue")),
    errors: WRITE,
  }),
  op("patch", "/api/v1/editions/{slug}/venues/{id}", "updateVenue", {
    access: "edit",
    summary: "Change a venue",
    body: "VenuePatch",
    responses: ok("The venue as it is now", ref("Venue")),
    errors: WRITE,
  }),
  op("delete", "/api/v1/editions/{slug}/venues/{id}", "deleteVenue", {
    access: "edit",
    summary: "Delete a venue",
    description: "409 in_use while it has slots.",
    responses: NO_CONTENT,
    errors: [401, 403, 404, 409],
  }),
]);

const SLOTS = tagged("slots", [
  op("get", "/api/v1/editions/{slug}/slots", "listSlots", {
    access: "read",
    summary: "Every slot with its screening, fit and conflicts",
    query: [{ name: "day", description: "only this festival day (yyyy-mm-dd)", schema: isoDay }],
    responses: ok("The slots", list("slots", "Slot")),
    errors: [401, 404],
  }),
  op("post", "/api/v1/editions/{slug}/slots", "createSlot", {
    access: "edit",
    summary: "Add a slot in a venue",
    body: "SlotInput",
    responses: created("The slot as GET lists it", ref("Slot")),
    errors: [400, 401, 403, 404, 413],
  }),
  op("post", "/api/v1/editions/{slug}/slots/pattern", "createSlotPattern", {
    access: "edit",
    summary: 'Create slots from a daily pattern ("every day 14:00, 17:00, 20:30 in Venue 2, 150 min")',
    description: "One transaction: 400 naming times.N / days.N / venueId, nothing created.",
    body: "SlotPatternInput",
    responses: created("The new slots", obj({ slots: { type: "array", items: ref("Slot") } })),
    errors: [400, 401, 403, 404, 413],
  }),
  op("get", "/api/v1/editions/{slug}/slots/{id}", "getSlot", {
    access: "read",
    summary: "One slot",
    responses: ok("The slot", ref("Slot")),
    errors: [401, 404],
  }),
  op("patch", "/api/v1/editions/{slug}/slots/{id}", "updateSlot", {
    access: "edit",
    summary: "Move or retime a slot",
    body: "SlotPatch",
    responses: ok("The slot as it is now", ref("Slot")),
    errors: WRITE,
  }),
  op("delete", "/api/v1/editions/{slug}/slots/{id}", "deleteSlot", {
    access: "edit",
    summary: "Delete a slot and the screening in it",
    responses: NO_CONTENT,
    errors: [401, 403, 404],
  }),
  op("put", "/api/v1/editions/{slug}/slots/{id}/screening", "putScreening", {
    access: "edit",
    summary: "Put a screening (one film or a programme) into a slot",
    description:
      "422 does_not_fit with the arithmetic when it is over the slot; 422 runtime_unknown when a confirmed screening has a film without a runtime.",
    body: "ScreeningInput",
    responses: ok("The screening, its fit and the slot's conflicts", ref("ScreeningResult")),
    errors: [...WRITE, 422],
  }),
  op("delete", "/api/v1/editions/{slug}/slots/{id}/screening", "deleteScreening", {
    access: "edit",
    summary: "Empty a slot",
    query: [{ name: "version", description: "the screening's version you last read; 409 stale_version if it changed since", schema: int }],
    responses: NO_CONTENT,
    errors: [400, 401, 403, 404, 409],
  }),
  op("post", "/api/v1/editions/{slug}/slots/{id}/screening/move", "moveScreening", {
    access: "edit",
    summary: "Move a slot's screening to another (empty) slot, atomically",
    description: "Keeps the screening's identity. 409 stale_version / 409 conflict (target occupied) / 422 does_not_fit with the fit.",
    body: "MoveScreeningInput",
    responses: ok("Both slots as GET lists them", obj({ from: ref("Slot"), to: ref("Slot") })),
    errors: [...WRITE, 422],
  }),
  op("get", "/api/v1/editions/{slug}/conflicts", "listConflicts", {
    access: "read",
    summary: "Every conflict in the edition",
    responses: ok(
      "The conflicts; blocking when any is an error",
      obj({ conflicts: { type: "array", items: ref("Conflict") }, blocking: { type: "boolean" } }),
    ),
    errors: [401, 404],
  }),
]);

const RELEASES = tagged("releases", [
  op("get", "/api/v1/editions/{slug}/releases", "listReleases", {
    access: "public",
    summary: "Every release, newest first",
    responses: ok("The releases", list("releases", "Release")),
    errors: [404],
  }),
  op("post", "/api/v1/editions/{slug}/releases", "publishRelease", {
    access: "publish",
    summary: "Publish a release",
    description: "409 blocking_conflicts (with the conflicts) while an error-level conflict remains.",
    body: "ReleaseInput",
    responses: created("The new release", ref("Release")),
    errors: WRITE,
  }),
  op("get", "/api/v1/editions/{slug}/releases/preview", "previewRelease", {
    access: "read",
    summary: "What publishing now would change, and what would block it",
    responses: ok("The preview", ref("ReleasePreview")),
    errors: [401, 404],
  }),
]);

const PUBLIC_AND_META = [
  ...tagged("public", [
    op("get", "/api/v1/editions/{slug}/schedule", "getPublicSchedule", {
      access: "public",
      summary: "The latest release as JSON (days -> screenings)",
      description: "404 before the first release.",
      responses: ok("The published schedule", ref("PublicSchedule")),
      errors: [404],
    }),
  ]),
  ...tagged("meta", [
    op("get", "/api/v1/openapi.json", "getOpenApi", {
      access: "public",
      summary: "This document",
      responses: ok("OpenAPI 3.1", { type: "object" }),
      errors: [],
    }),
  ]),
];

const TEAM = tagged("team", [
  op("get", "/api/v1/backup", "downloadBackup", {
    access: "admin",
    summary: "A consistent copy of the database, made while Lineup runs and checked before it is sent",
    responses: {
      200: {
        description: "The SQLite file",
        contentType: "application/vnd.sqlite3",
        schema: { type: "string", contentMediaType: "application/vnd.sqlite3" },
      },
    },
    errors: [401, 403],
  }),
  op("get", "/api/v1/users", "listUsers", {
    access: "admin",
    summary: "Every user with their role and per-edition roles",
    responses: ok("Users", anyObjects("users")),
    errors: [401, 403],
  }),
  op("post", "/api/v1/users", "createUser", {
    access: "admin",
    summary: "Add a user",
    body: "UserInput",
    responses: created("The new user", { type: "object" }),
    errors: [400, 401, 403, 409],
  }),
  op("patch", "/api/v1/users/{id}", "updateUser", {
    access: "admin",
    summary: "Set a user's role or per-edition roles, reset their password, disable the account",
    body: "UserPatch",
    responses: ok("The user", { type: "object" }),
    errors: [400, 401, 403, 404, 409],
  }),
  op("get", "/api/v1/tokens", "listTokens", {
    access: "read",
    summary: "Your personal API tokens (never the secrets)",
    responses: ok("Tokens", anyObjects("tokens")),
    errors: [401],
  }),
  op("post", "/api/v1/tokens", "createToken", {
    access: "read",
    summary: "Create a personal API token (shown once; use as Authorization: Bearer ...)",
    body: "TokenInput",
    responses: created("The token, shown this once", obj({ token: str, id: int, name: str, role: str })),
    errors: [400, 401, 403],
  }),
  op("delete", "/api/v1/tokens/{id}", "revokeToken", {
    access: "read",
    summary: "Revoke one of your tokens",
    responses: { 204: { description: "Revoked" } },
    errors: [401, 404],
  }),
  op("get", "/api/v1/audit", "listAudit", {
    access: "read",
    summary: "The audit log, newest first (all of it for admins; one edition's for its readers)",
    query: [
      { name: "edition", description: "an edition's slug", schema: str },
      { name: "entity", description: "film, edition, venue, slot, screening, release, user, token or import", schema: str },
      { name: "entityId", description: "the record's id", schema: int },
      { name: "userId", description: "who made the change", schema: int },
      { name: "beforeId", description: "older than this entry (paging)", schema: int },
      { name: "limit", description: "at most 1000 (default 200)", schema: int },
    ],
    responses: ok("Entries: who, when, what, before and after", anyObjects("entries")),
    errors: [400, 401, 403, 404],
  }),
]);

export const API_OPERATIONS: ApiOperation[] = [
  ...SESSION,
  ...FILMS,
  ...EDITIONS,
  ...VENUES,
  ...SLOTS,
  ...RELEASES,
  ...PUBLIC_AND_META,
  ...TEAM,
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
  responses: {
    200: { description: "The feed", contentType, schema: { type: "string" }, headers: FEED_HEADERS },
    304: { description: "Not modified" },
  },
  errors,
});

/** The public feeds (not under /api, listed for completeness). */
export const FEED_OPERATIONS: ApiOperation[] = [
  feed("/schedule/{edition}/schedule.ics", "festivalIcal", "The whole festival as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/venues/{venue}.ics", "venueIcal", "One venue's screenings as iCalendar", "text/calendar"),
  feed(
    "/schedule/{edition}/films/{film}.ics",
    "filmIcal",
    "One film's screenings as iCalendar ({film} is the film page's segment, e.g. 12-matewan)",
    "text/calendar",
  ),
  feed("/schedule/{edition}/screenings/{id}.ics", "screeningIcal", "One screening as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/schedule.xml", "frabXml", "frab / c3voc schedule.xml", "application/xml"),
  feed("/schedule/{edition}/schedule.json", "frabJson", "frab / c3voc schedule.json", "application/json"),
  feed("/schedule/{edition}/schedule.csv", "scheduleCsv", "The programme as CSV (UTF-8 with BOM)", "text/csv"),
];
