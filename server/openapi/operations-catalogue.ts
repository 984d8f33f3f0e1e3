/** Operations of the shared catalogue: signing in and out, films, imports. */
import { filmQuery } from "@/server/schemas";
import { created, list, NO_CONTENT, ok, op, tagged } from "./operation-builders";
import { fromZod, obj, propertyOf, ref, str } from "./schemas";
import type { ApiOperation } from "./types";

export const CATALOGUE_OPERATIONS: ApiOperation[] = [
  ...tagged("session", [
    op("post", "/api/v1/session", "signIn", {
      access: "public",
      summary: "Sign in",
      description:
        "Sets an HttpOnly, SameSite=Lax session cookie. Failed attempts are limited per 15 minutes: 10 for one account from one address (LINEUP_LOGIN_LIMIT_ACCOUNT), 30 from one address (LINEUP_LOGIN_LIMIT_IP); then 429, even with the right password, until the window ends.",
      body: "SessionInput",
      responses: {
        200: { description: "Signed in", schema: obj({ user: ref("User"), expiresAt: { type: "string" } }), headers: ["set-cookie"] },
      },
      errors: [400, 401, 413, 429],
    }),
    op("delete", "/api/v1/session", "signOut", {
      access: "public",
      summary: "Sign out",
      description: "Ends the session and clears the cookie.",
      responses: { 200: { description: "Signed out", schema: obj({ ok: { type: "boolean", const: true } }), headers: ["set-cookie"] } },
      errors: [],
    }),
  ]),
  ...tagged("films", [
    op("get", "/api/v1/films", "listFilms", {
      access: "read",
      summary: "List the film catalogue",
      query: [
        {
          name: "q",
          description: "search titles, directors and cast",
          schema: propertyOf(fromZod(filmQuery), "q"),
        },
        {
          name: "limit",
          description: "at most this many films",
          schema: propertyOf(fromZod(filmQuery), "limit"),
        },
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
      description:
        "`?dryRun=true`: 200 with the preview (nothing saved). Otherwise 201, all or nothing, with the films created. At most 5 MB and 20,000 entries (413 payload_too_large naming the limit, refused as soon as the 20,001st entry is read). The answer carries one page of entries (`offset`, `limit`: default the first 100, at most 1,000) and at most 100 warnings; `summary` counts every entry. Large imports are read off the request thread.",
      query: [
        { name: "dryRun", description: "true or 1: only preview", schema: { type: "string", enum: ["true", "1", "false", "0"] } },
        { name: "fileName", description: "the uploaded file's name (helps guess the format)", schema: str },
        {
          name: "offset",
          description: "the first entry of the page (0-based, default 0)",
          schema: { type: "integer", minimum: 0, default: 0 },
        },
        {
          name: "limit",
          description: "entries per page (default 100, at most 1000)",
          schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
        },
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
        200: { description: "dryRun: the preview of what would be imported (one page of entries)", schema: ref("ImportPreview") },
        201: {
          description: "Imported: the preview's page, the films created and merged from it, and the counts",
          schema: ref("ImportResult"),
        },
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
      description:
        "Only the fields sent change; a field left out keeps its value (no defaults are applied). null or [] clears a field. Personal data in a public field moves to internalNotes (flag personal-data).",
      body: "FilmPatch",
      responses: ok("The film as it is now", ref("Film")),
      errors: [400, 401, 403, 404, 409, 413],
    }),
    op("delete", "/api/v1/films/{id}", "deleteFilm", {
      access: "edit",
      summary: "Delete a film",
      description: "409 in_use while the film is in a screening.",
      responses: NO_CONTENT,
      errors: [401, 403, 404, 409],
    }),
  ]),
  ...tagged("people", [
    op("get", "/api/v1/people", "listPeople", {
      access: "read",
      summary: "Guests: directors, cast, speakers, moderators who attend screenings",
      responses: ok("Everyone, by name", list("people", "Person")),
      errors: [401],
    }),
    op("post", "/api/v1/people", "createPerson", {
      access: "edit",
      summary: "Add a guest",
      description:
        "internalNotes never appear publicly. availability: when they are at the festival (empty: always); a screening outside it is a guest-unavailable warning.",
      body: "PersonInput",
      responses: created("The new person", ref("Person")),
      errors: [400, 401, 403, 413],
    }),
    op("get", "/api/v1/people/{id}", "getPerson", {
      access: "read",
      summary: "One guest",
      responses: ok("The person", ref("Person")),
      errors: [401, 404],
    }),
    op("patch", "/api/v1/people/{id}", "updatePerson", {
      access: "edit",
      summary: "Change a guest (only the fields sent)",
      body: "PersonPatch",
      responses: ok("The person as they are now", ref("Person")),
      errors: [400, 401, 403, 404, 409, 413],
    }),
    op("delete", "/api/v1/people/{id}", "deletePerson", {
      access: "edit",
      summary: "Delete a guest",
      description: "409 in_use while they are a guest of a screening.",
      responses: NO_CONTENT,
      errors: [401, 403, 404, 409],
    }),
  ]),
];
