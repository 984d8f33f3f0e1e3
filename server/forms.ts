/**
 * Server actions answer forms with this state: a message and field errors
 * next to the fields (as Next's learn dashboard does), never a thrown 500.
 */
import { ServiceError } from "./errors";

export type { FormState } from "./form-state";

import type { FormState } from "./form-state";

export function formError(e: unknown): FormState {
  if (e instanceof ServiceError) return { ok: false, message: e.message, fields: e.fields, details: e.details, code: e.code };
  throw e;
}

/** Text fields of a FormData as an object; empty strings stay empty (the schemas treat "" as none). */
export function formObject(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

/** "a, b;c" -> ["a", "b", "c"] for list fields typed in one box. */
export function listField(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
