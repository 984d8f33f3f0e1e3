/** The OpenAPI 3.1 document assembled from the operations and schemas. */

import { LIMITS } from "@/server/schemas";
import { API_OPERATIONS, FEED_OPERATIONS } from "./operations";
import { copyInputSchemas } from "./operations-copy";
import { draftSchemas } from "./operations-draft";
import { scenarioSchemas } from "./operations-scenarios";
import { outputSchemas } from "./output-schemas";
import { inputSchemas, ref } from "./schemas";
import type { Access, ApiOperation, ErrorStatus, JsonSchema } from "./types";

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  429: "rate_limited: too many failed sign-ins (per 15 minutes: 10 for one account from one address, 30 from one address)",
  400: "bad_request (fields name each problem) or invalid_json",
  401: "unauthorized: sign in first (or wrong credentials)",
  403: "forbidden: your role may not do this; bad_origin: a write with a session cookie sent from another site's page",
  404: "not_found",
  409: "conflict, stale_version (with current), in_use, blocking_conflicts (with conflicts) or nothing_to_publish",
  413: `payload_too_large: the body is over ${LIMITS.bodyBytes} bytes (the import's own limits for /films/import: 5 MB, 20,000 entries)`,
  415: "unsupported_media_type: send application/json (the import also takes its listed text types)",
  422: "does_not_fit or runtime_unknown (with fit); unprocessable: personal data (a phone number, e-mail or postal address) in a text that would be published",
};

export const ACCESS_DESCRIPTIONS: Record<Access, string> = {
  public: "public",
  read: "signed in (any role)",
  edit: "programmer, publisher or admin",
  publish: "publisher or admin",
  admin: "admin",
};

/**
 * The errors an operation can answer: its own, plus 403 `bad_origin` for every write (a
 * cross-site request, refused by proxy.ts) and 415 for every JSON body of another type.
 */
export function errorsOf(op: ApiOperation): ErrorStatus[] {
  const errors = new Set(op.errors);
  if (op.method !== "get") errors.add(403);
  if (op.body) errors.add(415);
  return [...errors].sort((a, b) => a - b);
}

export function errorDescription(status: ErrorStatus): string {
  return ERROR_DESCRIPTIONS[status];
}

/** The {names} in a path template. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].flatMap(([, name]) => (name ? [name] : []));
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
  for (const status of errorsOf(op)) {
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
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(Object.entries(op.rawBody).map(([type, schema]) => [type, { schema }])),
            },
          }
        : {}),
    responses,
  };
}

let cached: JsonSchema | null = null;
let cachedSchemas: Record<string, JsonSchema> | null = null;

/** Every named schema (request bodies and responses), built once. */
function componentSchemas(): Record<string, JsonSchema> {
  if (!cachedSchemas)
    cachedSchemas = { ...inputSchemas(), ...copyInputSchemas(), ...outputSchemas(), ...scenarioSchemas(), ...draftSchemas() };
  return cachedSchemas;
}

/** The OpenAPI 3.1 document (built once). */
export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of [...API_OPERATIONS, ...FEED_OPERATIONS]) {
    paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Lineup API",
      version: "1",
      description:
        'Build, prove and publish a film festival\'s screening programme. Errors are `{"error": {"code", "message", "fields"}}` with a 4xx status. Writes need the session cookie from POST /api/v1/session. PATCH changes exactly the fields sent. Text: bodies must be valid UTF-8; control characters (C0 but tab, LF, CR; DEL; C1), lone surrogates and U+FFFE/U+FFFF are refused (400 naming the field); text is stored NFC, with invisible characters (zero-width spaces and joiners, soft hyphens, BOMs, bidi marks) removed, any space-like character one space, trimmed; single-line fields on one line, multi-line ones (synopsis, notes) with LF line ends.',
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    tags: ["session", "films", "editions", "venues", "slots", "releases", "public", "feeds", "meta"].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "lineup_session" } },
    },
    security: [{ session: [] }],
  };
  return cached;
}

/** A body schema by name, for the docs page. */
export function componentSchema(name: string): JsonSchema | undefined {
  return componentSchemas()[name];
}
