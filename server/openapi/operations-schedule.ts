/** Operations of an edition's schedule: the edition, its venues, slots and screenings, the board's moves and patterns. */
import { created, list, NO_CONTENT, ok, op, tagged } from "./operation-builders";
import { int, isoDay, obj, ref } from "./schemas";
import type { ApiOperation } from "./types";

export const SCHEDULE_OPERATIONS: ApiOperation[] = [
  ...tagged("editions", [
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
      description:
        "Only the fields sent change; a field left out keeps its value (no defaults are applied). 422 unprocessable for personal data in name or slug, or an embedOrigins entry that is not an http(s) origin.",
      body: "EditionPatch",
      responses: ok("The edition as it is now", ref("Edition")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
  ]),
  ...tagged("venues", [
    op("get", "/api/v1/editions/{slug}/venues", "listVenues", {
      access: "read",
      summary: "The edition's venues",
      responses: ok("The venues, in order", list("venues", "Venue")),
      errors: [401, 404],
    }),
    op("post", "/api/v1/editions/{slug}/venues", "createVenue", {
      access: "edit",
      summary: "Add a venue",
      description: "422 unprocessable for personal data in name.",
      body: "VenueInput",
      responses: created("The new venue", ref("Venue")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("patch", "/api/v1/editions/{slug}/venues/{id}", "updateVenue", {
      access: "edit",
      summary: "Change a venue",
      description:
        "Only the fields sent change; a field left out keeps its value (no defaults are applied). 422 unprocessable for personal data in name.",
      body: "VenuePatch",
      responses: ok("The venue as it is now", ref("Venue")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("delete", "/api/v1/editions/{slug}/venues/{id}", "deleteVenue", {
      access: "edit",
      summary: "Delete a venue",
      description: "409 in_use while it has slots.",
      responses: NO_CONTENT,
      errors: [401, 403, 404, 409],
    }),
    op("get", "/api/v1/editions/{slug}/walking-minutes", "getWalkingMinutes", {
      access: "read",
      summary: "Minutes to walk between the edition's venues",
      description: "The pairs given; a pair given one way holds the other way too unless that way is given; within one venue: 0.",
      responses: ok("The walking minutes", list("minutes", "WalkingPair")),
      errors: [401, 404],
    }),
    op("put", "/api/v1/editions/{slug}/walking-minutes", "putWalkingMinutes", {
      access: "edit",
      summary: "Replace the walking minutes between the edition's venues",
      description:
        "The whole set at once (an empty list removes every walk). Read by the guest-overlap conflict. 400 naming `minutes.N.fromVenueId` / `minutes.N.toVenueId` for a venue of another edition, the same venue twice in a pair or a pair given twice; `minutes.N.minutes` unless whole minutes 0-240.",
      body: "WalkingMinutesInput",
      responses: ok("The walking minutes as they are now", list("minutes", "WalkingPair")),
      errors: [400, 401, 403, 404, 413],
    }),
  ]),
  ...tagged("slots", [
    op("get", "/api/v1/editions/{slug}/slots", "listSlots", {
      access: "read",
      summary: "Every slot with its screening, fit and conflicts",
      description:
        "With `day`, that festival day's slots only, judged against the neighbours that can clash with them (what it reads grows with the day, not the edition); 400 naming `day` when it is not a date.",
      query: [{ name: "day", description: "only this festival day (yyyy-mm-dd)", schema: isoDay }],
      responses: ok("The slots", list("slots", "Slot")),
      errors: [400, 401, 404],
    }),
    op("post", "/api/v1/editions/{slug}/slots", "createSlot", {
      access: "edit",
      summary: "Add a slot in a venue",
      body: "SlotInput",
      responses: created("The slot as GET lists it", ref("Slot")),
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
      summary: "Move or retime a slot, or hold it",
      description:
        "Only the fields sent change; a field left out keeps its value (no defaults are applied). `holdNote` (at most 200 characters) holds the slot with a private note; null releases it.",
      body: "SlotPatch",
      responses: ok("The slot as it is now", ref("Slot")),
      errors: [400, 401, 403, 404, 409, 413],
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
        "422 does_not_fit with the arithmetic when it is over the slot; 422 runtime_unknown when a confirmed screening has a film without a runtime. When the screening is in the latest release and its availability or ticketUrl changed, a caller who may publish has it published at once by a tickets release (ticketRelease: {version}) once the write is committed; the programmers' other changes stay unreleased.",
      body: "ScreeningInput",
      responses: ok("The screening, its fit and the slot's conflicts", ref("ScreeningResult")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("delete", "/api/v1/editions/{slug}/slots/{id}/screening", "deleteScreening", {
      access: "edit",
      summary: "Empty a slot",
      query: [
        { name: "version", description: "the screening's version you last read; 409 stale_version if it changed since", schema: int },
      ],
      responses: NO_CONTENT,
      errors: [400, 401, 403, 404, 409],
    }),
    op("get", "/api/v1/editions/{slug}/conflicts", "listConflicts", {
      access: "read",
      summary: "Every conflict in the edition",
      responses: {
        200: {
          description: "The conflicts; blocking when any is an error",
          schema: obj({ conflicts: { type: "array", items: ref("Conflict") }, blocking: { type: "boolean" } }),
        },
      },
      errors: [401, 404],
    }),
    op("post", "/api/v1/editions/{slug}/slots/{id}/screening/move", "moveScreening", {
      access: "edit",
      summary: "Move a slot's screening to another (empty) slot, atomically",
      description: "Keeps the screening's identity. 409 stale_version / 409 conflict (target occupied) / 422 does_not_fit with the fit.",
      body: "MoveScreeningInput",
      responses: ok("Both slots as GET lists them", obj({ from: ref("Slot"), to: ref("Slot") })),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("post", "/api/v1/editions/{slug}/slots/pattern", "createSlotPattern", {
      access: "edit",
      summary: 'Create slots from a daily pattern ("every day 14:00, 17:00, 20:30 in Venue 2, 150 min")',
      description: "One transaction: 400 naming times.N / days.N / venueId, nothing created.",
      body: "SlotPatternInput",
      responses: created("The new slots", obj({ slots: { type: "array", items: ref("Slot") } })),
      errors: [400, 401, 403, 404, 413],
    }),
  ]),
];
