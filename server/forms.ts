/**
 * Reading a submitted form: its text fields as an object, and the zod pieces that turn
 * them into what a service takes (ids and versions checked, numbers, lists, booleans).
 * The service then validates its own input with its schema in server/schemas.ts.
 */
import { z } from "zod";
import { isValidTimeZone, toZonedIso, zonedTimeToInstant } from "@/lib/festival-time";
import { ServiceError } from "./errors";

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

/** A date and time typed in a datetime-local box ("2026-10-23T10:00"), read on the clock of `zone`, as ISO with its offset; else null. */
function localInstant(value: string, zone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(value.trim());
  const at = m?.[1] && m[2] ? zonedTimeToInstant(m[1], m[2], zone) : null;
  return at ? toZonedIso(at, zone) : null;
}

/** Ranges of time typed in pairs of date-time boxes, as the service takes them, and the row each came from. */
export interface FormRanges {
  ranges: { from: string; to: string }[];
  /** The box number (`name.N.from`) of each range kept, to name the right boxes when the service refuses one. */
  rows: number[];
}

/**
 * Ranges typed in pairs of datetime-local boxes named `${name}.N.from` and `${name}.N.to`, read
 * on the clock of `zone` (an IANA zone): in the order of N, rows left empty dropped. A box that
 * holds no date and time is refused naming it.
 */
export function readLocalRanges(form: Record<string, string>, name: string, zone: string, ctx: z.RefinementCtx): FormRanges {
  if (!isValidTimeZone(zone)) {
    ctx.addIssue({ code: "custom", message: "must be a time zone like Europe/Lisbon", path: ["zone"] });
    return { ranges: [], rows: [] };
  }
  const rows = new Set<number>();
  for (const key of Object.keys(form)) {
    const m = new RegExp(`^${name}\\.(\\d{1,3})\\.(from|to)$`).exec(key);
    if (m) rows.add(Number(m[1]));
  }
  const out: FormRanges = { ranges: [], rows: [] };
  for (const row of [...rows].sort((a, b) => a - b)) {
    const typed = { from: form[`${name}.${row}.from`]?.trim() ?? "", to: form[`${name}.${row}.to`]?.trim() ?? "" };
    if (!typed.from && !typed.to) continue;
    const from = localInstant(typed.from, zone);
    const to = localInstant(typed.to, zone);
    for (const [end, value] of [["from", from] as const, ["to", to] as const])
      if (!value)
        ctx.addIssue({ code: "custom", message: `must be a date and time on the clock in ${zone}`, path: [`${name}.${row}.${end}`] });
    if (from && to) {
      out.ranges.push({ from, to });
      out.rows.push(row);
    }
  }
  return out;
}

/** The service's refusal with `${name}.K...` fields renamed to the boxes the ranges came from. */
export function refusalAtRows(e: unknown, name: string, rows: number[]): unknown {
  if (!(e instanceof ServiceError)) return e;
  const rename = (text: string) => text.replace(new RegExp(`\\b${name}\\.(\\d+)`, "g"), (_, i) => `${name}.${rows[Number(i)] ?? i}`);
  const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [rename(k), v]));
  const message = e.code === "bad_request" && Object.keys(fields).length ? "Not saved: see the fields marked below" : rename(e.message);
  return new ServiceError(e.code, message, fields, e.details);
}
