/** Releases, the published schedule and this document. */
import { created, list, ok, op, tagged } from "./operation-builders";
import { ref } from "./schemas";
import type { ApiOperation } from "./types";

export const RELEASE_OPERATIONS: ApiOperation[] = [
  ...tagged("releases", [
    op("get", "/api/v1/editions/{slug}/releases", "listReleases", {
      access: "public",
      summary: "Every release, newest first",
      responses: ok("The releases", list("releases", "Release")),
      errors: [404],
    }),
    op("post", "/api/v1/editions/{slug}/releases", "publishRelease", {
      access: "publish",
      summary: "Publish a release",
      description:
        "409 blocking_conflicts (with the conflicts) while an error-level conflict remains; 422 unprocessable for personal data in the note (it is published).",
      body: "ReleaseInput",
      responses: created("The new release", ref("Release")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("get", "/api/v1/editions/{slug}/releases/tickets", "previewTicketRelease", {
      access: "read",
      summary: "What a tickets release would publish now",
      description: "The tickets-changed entries of released screenings whose availability or ticket link changed since the latest release.",
      responses: ok("The pending ticket changes", ref("TicketReleasePreview")),
      errors: [401, 404],
    }),
    op("post", "/api/v1/editions/{slug}/releases/tickets", "publishTicketRelease", {
      access: "publish",
      summary: "Publish the pending ticket changes by themselves (a status-only release)",
      description:
        "The latest release with the new availability and ticket link of its screenings, as a release of kind tickets with its own version; changes holds only tickets-changed entries. The programmers' unreleased schedule changes stay unreleased; conflicts do not block it. The body (optional) may carry a note. 409 nothing_to_publish when no released screening's availability or ticket link changed (or nothing is released yet). PUT .../slots/{id}/screening does the same at once for its screening when the caller may publish.",
      body: "ReleaseInput",
      responses: created("The new release", ref("Release")),
      errors: [400, 401, 403, 404, 409, 413, 422],
    }),
    op("get", "/api/v1/editions/{slug}/releases/preview", "previewRelease", {
      access: "read",
      summary: "What publishing now would change, and what would block it",
      responses: ok("The preview", ref("ReleasePreview")),
      errors: [401, 404],
    }),
  ]),
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
