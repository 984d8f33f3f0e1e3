/**
 * The OpenAPI 3.1 description of /api/v1 (and the public feeds), built from the
 * same zod schemas the services validate with (server/schemas.ts, read as
 * *input* JSON Schema) plus hand-written schemas for the responses.
 * Served at /api/v1/openapi.json and shown at /api/docs.
 */

export * from "./document";
export * from "./operations";
export * from "./schemas";
export * from "./types";
