/** The shapes of the API description. */

export type JsonSchema = Record<string, unknown>;

/** A JSON object (a schema or a map of them), told apart from arrays and scalars. */
export function isJsonSchema(x: unknown): x is JsonSchema {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
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
