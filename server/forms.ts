/**
 * Reading a submitted form: its text fields as an object, and the zod pieces that turn
 * them into what a service takes (ids and versions checked, numbers, lists, booleans).
 * The service then validates its own input with its schema in server/schemas.ts.
 */
import { z } from "zod";

/** Text fields of a FormData as an object; empty strings stay empty (the schemas treat "" as none). */
export function formObject(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

/** "a, b;c" -> ["a", "b", "c"] for list fields typed in one box. */
function listField(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A record's id from a hidden field: whole and positive, or the form is refused naming the field. */
export const formId = z
  .string({ error: "must be an id" })
  .regex(/^[1-9]\d{0,8}$/, { error: "must be an id" })
  .transform(Number);

/** The version the form was loaded at (a stale save is refused by the service with 409). */
export const formVersion = z
  .string({ error: "must be the record's version number" })
  .regex(/^[1-9]\d{0,8}$/, { error: "must be the record's version number" })
  .transform(Number);

/** A free text field as typed (absent stays absent; the service trims and limits it). */
export const formText = z.string().optional();

/**
 * A number box: empty means `empty`; anything else goes to the service as a number
 * (NaN when it is not one, which the service's schema refuses with its own message).
 */
export const formNumber = <E extends number | null>(empty: E) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : v.trim() === "" ? empty : Number(v)));

/** A list typed in one box ("a, b; c"). */
export const formList = z.string().optional().transform(listField);

/** A "true"/"false" choice; absent stays absent. */
export const formBoolean = z
  .enum(["true", "false"], { error: "must be true or false" })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "true"));
