/** The browser's way to the /api/v1 routes: JSON in, JSON out, errors as ApiError with the contract's fields. */
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
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    credentials: "same-origin",
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; fields?: Record<string, string> } }).error ?? {};
    throw new ApiError(
      res.status,
      err.code ?? "error",
      err.message ?? res.statusText,
      err.fields ?? {},
      (data as { error?: Record<string, unknown> }).error ?? {},
    );
  }
  return data as T;
}
