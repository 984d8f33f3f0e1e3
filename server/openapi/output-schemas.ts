/** The JSON Schemas of the answers, written by hand, by area. */
import { editionSchema, venueSchema } from "./edition-output";
import { accentColor, logo, programmeSchemas, publicScreeningDetails, translations } from "./programme-output";
import { int, isoDay, isoInstant, nullable, obj, ref, str, strList } from "./schemas";
import type { JsonSchema } from "./types";

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
  "nothing_to_publish",
  "payload_too_large",
  "does_not_fit",
  "runtime_unknown",
  "unprocessable",
  "unsupported_media_type",
  "rate_limited",
];

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
  rating: nullable("string"),
  section: nullable("string"),
  image: {
    anyOf: [obj({ key: str, width: int, height: int, alt: str }), { type: "null" }],
    description: "the poster or still (served at /media/films/{key}/{width}.webp|avif)",
  },
  synopsis: nullable("string"),
};
const publicFilm = obj({ ...filmFields, displayTitle: str, url: str });

/** Every answer's schema, by name (components.schemas). */
export function outputSchemas(): Record<string, JsonSchema> {
  return {
    ...errorSchemas(),
    ...catalogueSchemas(),
    ...scheduleSchemas(),
    ...programmeSchemas(),
    ...releaseSchemas(),
    ...teamSchemas(),
  };
}

/** The error envelope of every 4xx. */
function errorSchemas(): Record<string, JsonSchema> {
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
  };
}

/** Films as programmers see them, and what an import previews and creates. */
function catalogueSchemas(): Record<string, JsonSchema> {
  const { id: _id, image: _image, ...parsedFields } = filmFields;
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
    Film: obj({
      ...filmFields,
      translations,
      internalNotes: nullable("string"),
      flags: { type: "array", items: { type: "string", enum: ["missing-title", "missing-runtime", "personal-data"] } },
      version: int,
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
  };
}

/** Editions, venues, fit, conflicts, screenings and slots. */
function scheduleSchemas(): Record<string, JsonSchema> {
  return {
    Edition: editionSchema(),
    EditionWithVenues: {
      allOf: [ref("Edition"), obj({ venues: { type: "array", items: ref("Venue") } })],
    },
    Venue: venueSchema,
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
        enum: [
          "venue-overlap",
          "changeover",
          "film-overlap",
          "outside-festival",
          "incomplete-film",
          "does-not-fit",
          "guest-overlap",
          "guest-unavailable",
        ],
      },
      severity: { type: "string", enum: ["error", "warning"] },
      message: str,
      slotIds: { type: "array", items: int },
      filmIds: { type: "array", items: int },
    }),
    Slot: obj({
      id: int,
      venueId: int,
      startsAt: isoInstant,
      endsAt: isoInstant,
      minutes: { type: "integer", description: "real elapsed minutes" },
      festivalDay: isoDay,
      version: int,
      holdNote: { anyOf: [str, { type: "null" }], description: "a hold's private note (never public); 409 slot_held until released" },
      screening: { anyOf: [ref("Screening"), { type: "null" }] },
      fit: { anyOf: [ref("FitResult"), { type: "null" }] },
      conflicts: { type: "array", items: ref("Conflict") },
    }),
    ScreeningResult: obj({
      screening: ref("Screening"),
      fit: ref("FitResult"),
      conflicts: { type: "array", items: ref("Conflict") },
      ticketRelease: {
        anyOf: [obj({ version: int }), { type: "null" }],
        description:
          "the tickets release this write published at once (a released screening's availability or ticket link changed and the caller may publish); null otherwise",
      },
    }),
  };
}

/** Releases, their changes and the published schedule. */
function releaseSchemas(): Record<string, JsonSchema> {
  return {
    ReleaseChange: obj({
      type: {
        type: "string",
        enum: [
          "new",
          "moved",
          "retimed",
          "films-changed",
          "cancelled",
          "reinstated",
          "removed",
          "details-changed",
          "guests-changed",
          "tickets-changed",
        ],
      },
      screeningId: int,
      message: str,
    }),
    Release: obj({
      version: int,
      kind: { type: "string", enum: ["schedule", "tickets"], description: "tickets: a status-only release (ticket availability alone)" },
      publishedAt: { type: "string", description: "ISO 8601 UTC" },
      note: nullable("string"),
      changes: { type: "array", items: ref("ReleaseChange") },
    }),
    TicketReleasePreview: obj({ changes: { type: "array", items: ref("ReleaseChange"), description: "empty: nothing to publish" } }),
    ReleasePreview: obj({
      nextVersion: int,
      changes: { type: "array", items: ref("ReleaseChange") },
      conflicts: { type: "array", items: ref("Conflict") },
      blocking: { type: "array", items: ref("Conflict") },
      unchanged: { type: "boolean", description: "the next release would show exactly what the last one shows" },
    }),
    PublicSchedule: obj({
      edition: obj({ slug: str, name: str, firstDay: isoDay, lastDay: isoDay, timeZone: str, dayBreak: str, accentColor, logo }),
      release: obj({ version: int, publishedAt: isoInstant }),
      venues: {
        type: "array",
        items: obj({ id: int, slug: str, name: str, capacity: nullable("integer"), stepFree: { type: "boolean" } }),
      },
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
              title: { type: "string", description: "the programme's name when it has one, else the films' titles" },
              ...publicScreeningDetails,
              films: { type: "array", items: publicFilm },
            }),
          },
        }),
      },
    }),
  };
}

/** Users and their API tokens. */
function teamSchemas(): Record<string, JsonSchema> {
  return {
    User: obj({
      id: int,
      email: str,
      name: str,
      role: { type: "string", enum: ["admin", "publisher", "programmer", "viewer"] },
      disabled: { type: "boolean" },
    }),
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
