/**
 * One zod schema per input: the API routes, the server actions behind the forms
 * and (later) the OpenAPI document all use these. Messages name the problem;
 * the field is the key zod reports.
 */
import { z } from "zod";
import { isClockTime, isIsoDay, isValidTimeZone, parseIsoInstant } from "@/lib/festival-time";
import { MIN_PASSWORD_LENGTH } from "@/lib/password-strength";
import { parseRuntime } from "@/lib/runtime";
import { editionDaysProblem, MAX_EDITION_DAYS, MAX_SLOT_MINUTES, slotTimesProblem } from "@/lib/spans";
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
const line = (max: number) => storedText("line", max).meta({ maxLength: max });
/** A single-line field that must not be empty once normalised. */
const requiredLine = (max: number, message = "is required") =>
  storedText("line", max)
    .refine((v) => v.length > 0, { error: message })
    .meta({ maxLength: max, minLength: 1 });

/** Optional text: "" and null both mean "none". Multi-line text keeps its line breaks. */
const optionalText = (max: number, kind: "line" | "text" = "line") =>
  storedText(kind, max)
    .meta({ maxLength: max })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const textList = (max: number) =>
  z
    .array(requiredLine(max, "must not be empty"), { error: "must be a list of text" })
    .max(LIMITS.listItems, { error: `at most ${LIMITS.listItems} entries` });

const wholeMinutes = (max: number) =>
  z
    .number({ error: "must be a number of minutes" })
    .int({ error: "must be whole minutes" })
    .min(0, { error: "must not be negative" })
    .max(max, { error: `must be at most ${max} minutes` });

const id = z.number({ error: "must be an id" }).int({ error: "must be an id" }).positive({ error: "must be an id" });

/** A runtime as whole minutes, or as text in any spelling archives use ("1 hr 22 min", "135'"). */
const runtime = z
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

const year = z
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

const version = z.number({ error: "must be the record's version number" }).int().positive().optional();

/**
 * The film's fields without defaults: a PATCH changes exactly the fields it names, so a
 * default may only fill a field on create (a default inside a patch schema would reset the
 * field it was not sent).
 */
const filmFields = {
  title: optionalText(LIMITS.title),
  originalTitle: optionalText(LIMITS.title),
  year,
  directors: textList(LIMITS.shortText),
  cast: textList(LIMITS.shortText),
  countries: textList(LIMITS.shortText),
  runtimeMinutes: runtime,
  languages: textList(LIMITS.shortText),
  subtitles: optionalText(LIMITS.shortText),
  genre: optionalText(LIMITS.shortText),
  synopsis: optionalText(LIMITS.synopsis, "text"),
  internalNotes: optionalText(LIMITS.notes, "text"),
};

export const filmInput = z.strictObject(
  {
    ...filmFields,
    directors: filmFields.directors.default([]),
    cast: filmFields.cast.default([]),
    countries: filmFields.countries.default([]),
    languages: filmFields.languages.default([]),
  },
  { error: "unknown field" },
);

/** A film added by hand (POST /api/v1/films, the film form): `placeholder: true` keeps one without a title and a runtime (lib/film-entry). */
export const filmCreate = filmInput.extend({ placeholder: z.boolean({ error: "must be true or false" }).optional() });

/** Some of a film's fields, exactly those given (an edit in the import preview). */
export const filmEdit = z.strictObject(filmFields, { error: "unknown field" }).partial();

/** A patch names only the fields it changes (plus, optionally, the version it was made on). */
export const filmPatch = z.strictObject({ ...filmFields, version }, { error: "unknown field" }).partial();

/** Festivals happen between 1900 and 2199: the bounds keep the time-zone arithmetic in range. */
const day = z
  .string({ error: "must be a date yyyy-mm-dd" })
  .refine(isIsoDay, { error: "must be a date yyyy-mm-dd" })
  .refine((d) => d >= "1900-01-01" && d <= "2199-12-31", { error: "must be a date between 1900 and 2199" });
const clock = z.string({ error: "must be a time HH:MM" }).refine(isClockTime, { error: "must be a time HH:MM (00:00-23:59)" });
const timeZone = z
  .string({ error: "must be an IANA time zone like Europe/Lisbon" })
  .refine(isValidTimeZone, { error: "unknown time zone: use an IANA name like Europe/Lisbon" });

const slugText = z
  .string({ error: "must be text" })
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: "must be 2-63 lower-case letters, digits or hyphens" });

const editionFields = {
  slug: slugText,
  name: requiredLine(LIMITS.shortText),
  firstDay: day,
  lastDay: day,
  timeZone,
  dayBreak: clock.default("06:00"),
};

function checkDays(v: { firstDay?: string; lastDay?: string }, ctx: z.RefinementCtx) {
  if (!v.firstDay || !v.lastDay) return;
  const problem = editionDaysProblem(v.firstDay, v.lastDay);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

export const editionInput = z.strictObject(editionFields, { error: "unknown field" }).superRefine(checkDays);

export const editionPatch = z
  .strictObject({ ...editionFields, dayBreak: clock, version }, { error: "unknown field" })
  .partial()
  .superRefine(checkDays);

/** The venue's fields without defaults (see filmFields). */
const venueFields = {
  name: requiredLine(120),
  capacity: z
    .number({ error: "must be a number of seats" })
    .int({ error: "must be a whole number" })
    .min(0, { error: "must not be negative" })
    .max(100_000, { error: "must be at most 100000" })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  changeoverMinutes: wholeMinutes(240),
};
export const venueInput = z.strictObject(
  { ...venueFields, changeoverMinutes: venueFields.changeoverMinutes.default(0) },
  { error: "unknown field" },
);
export const venuePatch = z.strictObject({ ...venueFields, version }, { error: "unknown field" }).partial();

const instant = z.string({ error: "must be an ISO 8601 time with an offset, e.g. 2026-10-16T20:30:00+01:00" }).transform((v, ctx) => {
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

function checkSlotTimes(v: { startsAt?: Date; endsAt?: Date }, ctx: z.RefinementCtx) {
  if (!v.startsAt || !v.endsAt) return;
  const problem = slotTimesProblem(v.startsAt, v.endsAt);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

export const slotInput = z
  .strictObject({ venueId: id, startsAt: instant, endsAt: instant }, { error: "unknown field" })
  .superRefine(checkSlotTimes);
export const slotPatch = z
  .strictObject({ venueId: id, startsAt: instant, endsAt: instant, version }, { error: "unknown field" })
  .partial()
  .superRefine(checkSlotTimes);

const screeningStatus = z.enum(["tentative", "confirmed", "cancelled"], {
  error: "must be tentative, confirmed or cancelled",
});

export const screeningInput = z.strictObject(
  {
    filmIds: z
      .array(id, { error: "must be a list of film ids" })
      .min(1, { error: "choose at least one film" })
      .max(LIMITS.filmsPerScreening, { error: `at most ${LIMITS.filmsPerScreening} films` })
      .refine((ids) => new Set(ids).size === ids.length, { error: "lists a film twice" }),
    preShowMinutes: wholeMinutes(LIMITS.extrasMinutes).default(0),
    introMinutes: wholeMinutes(LIMITS.extrasMinutes).default(0),
    qaMinutes: wholeMinutes(LIMITS.extrasMinutes).default(0),
    status: screeningStatus.default("confirmed"),
    version,
    /** true: only into an empty slot (409 stale_version if someone filled it meanwhile). */
    ifEmpty: z.boolean({ error: "must be true or false" }).optional(),
  },
  { error: "unknown field" },
);

export const releaseInput = z.strictObject({ note: optionalText(2_000, "text") }, { error: "unknown field" });

export const sessionInput = z.strictObject(
  {
    email: z.string({ error: "is required" }).trim().toLowerCase().min(3, { error: "is required" }).max(254, { error: "is too long" }),
    password: z.string({ error: "is required" }).min(1, { error: "is required" }).max(1_000, { error: "is too long" }),
  },
  { error: "unknown field" },
);

export const filmQuery = z.object({
  q: line(200).optional(),
  limit: z.coerce.number().int().min(1).max(5_000).optional(),
});

const roleEnum = z.enum(["viewer", "programmer", "publisher", "admin"], { error: "must be viewer, programmer, publisher or admin" });

/** The length here; the rest of the rule (strength, not the e-mail) in lib/password-strength.ts, applied by the service. */
const password = z
  .string({ error: "is required" })
  .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(200, { error: "must be at most 200 characters" });

export const userInput = z.strictObject(
  {
    email: z
      .string({ error: "is required" })
      .trim()
      .toLowerCase()
      .max(254, { error: "is too long" })
      .pipe(z.email({ error: "must be an e-mail address" })),
    name: line(200).default(""),
    password,
    role: roleEnum.default("viewer"),
  },
  { error: "unknown field" },
);

export const userPatch = z.strictObject(
  {
    name: line(200).optional(),
    role: roleEnum.optional(),
    disabled: z.boolean({ error: "must be true or false" }).optional(),
    password: password.optional(),
    /** editionSlug -> role there, or null to remove it */
    editionRoles: z.record(z.string().max(63), roleEnum.nullable(), { error: "must map edition slugs to roles" }).optional(),
  },
  { error: "unknown field" },
);

export const tokenInput = z.strictObject(
  {
    name: requiredLine(100),
    role: roleEnum,
    /** Default: 90 days from now; at most a year ahead (checked by the service). */
    expiresAt: instant.optional(),
  },
  { error: "unknown field" },
);

/** An optional whole number above 0 read from a query string, with one message for every way it is wrong. */
function optionalPositiveInt(error: string) {
  return z.coerce.number({ error }).int({ error }).positive({ error }).optional();
}

/** GET /api/v1/tokens?userId= (admins: anyone's tokens). */
export const tokenQuery = z.object({ userId: optionalPositiveInt("must be a user's id") });

export const auditQuery = z.object({
  edition: z.string().max(63).optional(),
  entity: z
    .enum(["film", "edition", "venue", "slot", "screening", "release", "user", "token", "import"], { error: "is not a kind of record" })
    .optional(),
  entityId: z.coerce.number({ error: "must be a number" }).int().positive().optional(),
  userId: z.coerce.number({ error: "must be a number" }).int().positive().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** `?version=N` on a DELETE: refuse (409) if the record changed since that version. */
export const versionQuery = z.object({ version: optionalPositiveInt("must be a whole number") });
