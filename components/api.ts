/** The browser's way to the /api/v1 routes: JSON in, JSON out, errors as ApiError with the contract's fields. */
import type { FitResult } from "@/lib/types";

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isFit = (x: unknown): x is FitResult => isRecord(x) && typeof x.message === "string" && typeof x.status === "string";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string>,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The arithmetic of a refused screening (422 does_not_fit, runtime_unknown). */
  get fit(): FitResult | undefined {
    return isFit(this.body.fit) ? this.body.fit : undefined;
  }

  /** The version the record has now, sent with 409 stale_version. */
  get currentVersion(): number | undefined {
    const current = this.body.current;
    return isRecord(current) && typeof current.version === "number" ? current.version : undefined;
  }
}

/** `{"error": {"code", "message", "fields"}}` read defensively (a proxy may answer anything). */
function errorOf(res: Response, data: unknown): ApiError {
  const err = isRecord(data) && isRecord(data.error) ? data.error : {};
  const fields: Record<string, string> = {};
  if (isRecord(err.fields)) for (const [k, v] of Object.entries(err.fields)) if (typeof v === "string") fields[k] = v;
  return new ApiError(
    res.status,
    typeof err.code === "string" ? err.code : "error",
    typeof err.message === "string" ? err.message : res.statusText,
    fields,
    err,
  );
}

/** JSON in and out; a FormData body is sent as multipart/form-data (uploads). */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const form = init.body instanceof FormData ? init.body : null;
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body !== undefined && !form ? { "content-type": "application/json" } : undefined,
    body: form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    credentials: "same-origin",
  });
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => ({}));
  if (!res.ok) throw errorOf(res, data);
  // The one place the client trusts the API's contract for a route's answer.
  return data as T;
}

/** A clear sentence from any failure: the server's message and the fields it names. */
export function errorText(e: unknown, fieldSeparator = " "): string {
  if (e instanceof ApiError) {
    const fields = Object.entries(e.fields).map(([k, v]) => `${k}${fieldSeparator}${v}`);
    return fields.length ? `${e.message} (${fields.join("; ")})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}
