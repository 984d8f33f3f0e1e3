/**
 * Errors as the API contract speaks them:
 * `{"error": {"code", "message", "fields": {name: message}}}` with a 4xx status.
 * Services throw ServiceError; route handlers and server actions turn it into a response or form state.
 */
import type { ZodError } from "zod";

export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "unauthorized"
  | "forbidden"
  | "bad_origin"
  | "not_found"
  | "conflict"
  | "stale_version"
  | "in_use"
  | "blocking_conflicts"
  | "nothing_to_publish"
  | "payload_too_large"
  | "does_not_fit"
  | "runtime_unknown"
  | "slot_held"
  | "unprocessable"
  | "rate_limited"
  | "unsupported_media_type";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  bad_origin: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  in_use: 409,
  blocking_conflicts: 409,
  nothing_to_publish: 409,
  slot_held: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  does_not_fit: 422,
  runtime_unknown: 422,
  unprocessable: 422,
  rate_limited: 429,
};

export class ServiceError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Extra data for the caller: the fit object, the blocking conflicts, the current record. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, fields: this.fields, ...this.details } };
  }
}

/** Field path "films.0" -> "filmIds[0]" style names are kept as zod gives them, joined by dots. */
export function fieldsFromZod(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const prefix = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...prefix, key].join(".")] ??= "is not a known field";
      continue;
    }
    const name = prefix.length ? prefix.join(".") : "body";
    if (!fields[name]) fields[name] = issue.message;
  }
  return fields;
}

export function invalid(fields: Record<string, string>, message?: string): ServiceError {
  const [first] = Object.values(fields);
  const summary = message ?? (first !== undefined ? `Invalid ${Object.keys(fields).join(", ")}: ${first}` : "Invalid input");
  return new ServiceError("bad_request", summary, fields);
}

export function notFound(what: string, fields: Record<string, string> = {}): ServiceError {
  return new ServiceError("not_found", `${what} not found`, fields);
}
