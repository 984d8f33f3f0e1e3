/**
 * The building blocks of every input schema: text as it is stored, lists, minutes, ids, runtimes,
 * years, versions and instants, each with one message per way it is wrong. The field is the key
 * zod reports.
 */
import { z } from "zod";
import { parseIsoInstant } from "@/lib/festival-time";
import { parseRuntime } from "@/lib/runtime";
import { MAX_EDITION_DAYS, MAX_SLOT_MINUTES } from "@/lib/spans";
import { findForbiddenChar, forbiddenCharMessage, normaliseLine, normaliseText } from "@/lib/text";

export const LIMITS = {
  title: 300,
  shortText: 200,
  synopsis: 10_000,
  notes: 20_000,
  listItems: 30,
  filmsPerScreening: 30,
  extrasMinutes: 600,
  runtimeMinutes: 2_000,
  slotMinutes: MAX_SLOT_MINUTES,
  editionDays: MAX_EDITION_DAYS,
  bodyBytes: 1_000_000,
} as const;

/**
 * Text as it is stored (one rule, lib/text.ts): a control character, a lone surrogate or
 * U+FFFE/U+FFFF is refused naming the field and the character; the rest is normalised
 * (NFC, invisible characters removed, space-like characters one space, trimmed). Single-line
 * fields also turn line breaks into spaces; multi-line ones keep them as LF.
 */
function storedText(kind: "line" | "text", max: number) {
  return z
    .string({ error: "must be text" })
    .transform((v, ctx) => {
      const bad = findForbiddenChar(v);
      if (bad) {
        ctx.addIssue({ code: "custom", message: forbiddenCharMessage(bad) });
        return z.NEVER;
      }
      return kind === "line" ? normaliseLine(v) : normaliseText(v);
    })
    .refine((v) => v.length <= max, { error: `must be at most ${max} characters` });
}

/** A single-line text field (title, name, list item). */
export const line = (max: number) => storedText("line", max).meta({ maxLength: max });
/** A single-line field that must not be empty once normalised. */
export const requiredLine = (max: number, message = "is required") =>
  storedText("line", max)
    .refine((v) => v.length > 0, { error: message })
    .meta({ maxLength: max, minLength: 1 });

/** Optional text: "" and null both mean "none". Multi-line text keeps its line breaks. */
export const optionalText = (max: number, kind: "line" | "text" = "line") =>
  storedText(kind, max)
    .meta({ maxLength: max })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const textList = (max: number) =>
  z
    .array(requiredLine(max, "must not be empty"), { error: "must be a list of text" })
    .max(LIMITS.listItems, { error: `at most ${LIMITS.listItems} entries` });

export const wholeMinutes = (max: number) =>
  z
    .number({ error: "must be a number of minutes" })
    .int({ error: "must be whole minutes" })
    .min(0, { error: "must not be negative" })
    .max(max, { error: `must be at most ${max} minutes` });

export const id = z.number({ error: "must be an id" }).int({ error: "must be an id" }).positive({ error: "must be an id" });

/** A runtime as whole minutes, or as text in any spelling archives use ("1 hr 22 min", "135'"). */
export const runtime = z
  .union([z.number({ error: "must be minutes or a runtime like '1 hr 22 min'" }), z.string(), z.null()], {
    error: "must be minutes or a runtime like '1 hr 22 min'",
  })
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 1 || v > LIMITS.runtimeMinutes) {
        ctx.addIssue({ code: "custom", message: `must be whole minutes from 1 to ${LIMITS.runtimeMinutes}` });
        return z.NEVER;
      }
      return v;
    }
    const parsed = parseRuntime(v.slice(0, 100));
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: `could not read a runtime from "${v.slice(0, 40)}"` });
      return z.NEVER;
    }
    return parsed;
  });

export const year = z
  .union([z.number(), z.string(), z.null()], { error: "must be a year" })
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null || v === "") return null;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isInteger(n) || n < 1870 || n > 2100) {
      ctx.addIssue({ code: "custom", message: "must be a year from 1870 to 2100" });
      return z.NEVER;
    }
    return n;
  });

export const version = z.number({ error: "must be the record's version number" }).int().positive().optional();

export const instant = z
  .string({ error: "must be an ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00" })
  .transform((v, ctx) => {
    const d = parseIsoInstant(v);
    if (d && (d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2199)) {
      ctx.addIssue({ code: "custom", message: "must be a time between the years 1900 and 2199" });
      return z.NEVER;
    }
    if (!d) {
      ctx.addIssue({ code: "custom", message: "must be an ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00" });
      return z.NEVER;
    }
    return d;
  });
