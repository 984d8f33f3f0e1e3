/**
 * Expected refusals are not errors. When a page's render is refused (a ServiceError with a
 * 4xx status: 401, 403, 404, ...), Next logs the error with its whole stack; this turns such a
 * log entry into one line. Anything else (5xx, real errors) is logged as before, stack and all.
 * Installed once per server process by instrumentation.ts.
 */

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** The refusal among a console.error call's arguments, if one is there (duck-typed: Next's bundle may hold several copies of ServiceError). */
export function refusalIn(args: readonly unknown[]): Refusal | null {
  for (const a of args) {
    if (!(a instanceof Error)) continue;
    const e = a as Error & { status?: unknown; code?: unknown; fields?: unknown };
    if (typeof e.status === "number" && e.status >= 400 && e.status < 500 && typeof e.code === "string" && typeof e.fields === "object")
      return { status: e.status, code: e.code, message: e.message };
  }
  return null;
}

function refusalLine(r: Refusal): string {
  return `[lineup] refused: ${r.status} ${r.code}: ${r.message.replace(/\s+/g, " ").slice(0, 300)}`;
}

const g = globalThis as { __lineupRefusalLogs?: boolean };

/** Wraps `target.error` so that a logged refusal takes one line. Idempotent. */
export function logRefusalsOnOneLine(target: Pick<Console, "error"> = console): void {
  if (target === console && g.__lineupRefusalLogs) return;
  if (target === console) g.__lineupRefusalLogs = true;
  const original = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    const r = refusalIn(args);
    if (r) original(refusalLine(r));
    else original(...args);
  };
}
