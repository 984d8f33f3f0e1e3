/**
 * One zod schema per input: the API routes, the server actions behind the forms
 * and (later) the OpenAPI document all use these. Messages name the problem;
 * the field is the key zod reports.
 */
import { z } from "zod";
import { isClockTime, isIsoDay, isValidTimeZone } from "@/lib/festival-time";
import { MIN_PASSWORD_LENGTH } from "@/lib/password-strength";
import { editionDaysProblem, slotTimesProblem } from "@/lib/spans";
import { embedFields } from "./embed-schemas";
import { defaultLocaleInput, localesInput, translationsInput } from "./i18n-schemas";
import { screeningDetails } from "./programme-schemas";
import { id, instant, LIMITS, line, optionalText, requiredLine, runtime, textList, version, wholeMinutes, year } from "./schema-fields";

export { LIMITS } from "./schema-fields";

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
  rating: optionalText(40),
  section: optionalText(LIMITS.shortText),
  synopsis: optionalText(LIMITS.synopsis, "text"),
  internalNotes: optionalText(LIMITS.notes, "text"),
  translations: translationsInput("film").optional(),
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

/** "#rrggbb" (any case, stored lower-case); null or "": Lineup's own colours. */
const hexColour = z
  .string({ error: "must be a colour like #b3261e" })
  .trim()
  .refine((v) => v === "" || /^#[0-9a-fA-F]{6}$/.test(v), { error: "must be a colour like #b3261e" })
  .nullable()
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null));

const editionFields = {
  slug: slugText,
  accentColor: hexColour,
  name: requiredLine(LIMITS.shortText),
  firstDay: day,
  lastDay: day,
  timeZone,
  dayBreak: clock.default("06:00"),
  locales: localesInput.default([]),
  defaultLocale: defaultLocaleInput.default("en"),
  translations: translationsInput("edition").default({}),
};

function checkDays(v: { firstDay?: string; lastDay?: string }, ctx: z.RefinementCtx) {
  if (!v.firstDay || !v.lastDay) return;
  const problem = editionDaysProblem(v.firstDay, v.lastDay);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

export const editionInput = z.strictObject(editionFields, { error: "unknown field" }).superRefine(checkDays);

export const editionPatch = z
  .strictObject(
    {
      ...editionFields,
      ...embedFields,
      dayBreak: clock,
      locales: localesInput,
      defaultLocale: defaultLocaleInput,
      translations: translationsInput("edition"),
      version,
    },
    { error: "unknown field" },
  )
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
  stepFree: z.boolean({ error: "must be true or false" }),
  doorsMinutes: wholeMinutes(240),
  translations: translationsInput("venue").optional(),
};
export const venueInput = z.strictObject(
  {
    ...venueFields,
    changeoverMinutes: venueFields.changeoverMinutes.default(0),
    stepFree: venueFields.stepFree.default(false),
    doorsMinutes: venueFields.doorsMinutes.default(15),
  },
  { error: "unknown field" },
);
export const venuePatch = z.strictObject({ ...venueFields, version }, { error: "unknown field" }).partial();

function checkSlotTimes(v: { startsAt?: Date; endsAt?: Date }, ctx: z.RefinementCtx) {
  if (!v.startsAt || !v.endsAt) return;
  const problem = slotTimesProblem(v.startsAt, v.endsAt);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

export const slotInput = z
  .strictObject({ venueId: id, startsAt: instant, endsAt: instant }, { error: "unknown field" })
  .superRefine(checkSlotTimes);
export const slotPatch = z
  .strictObject(
    {
      venueId: id,
      startsAt: instant,
      endsAt: instant,
      version,
      /** A hold's private note (issue 16): a held slot takes no screening until released (null). */
      holdNote: line(LIMITS.shortText).nullable(),
    },
    { error: "unknown field" },
  )
  .partial()
  .superRefine(checkSlotTimes);

const screeningStatus = z.enum(["tentative", "confirmed", "cancelled"], {
  error: "must be tentative, confirmed or cancelled",
});

export const screeningInput = z.strictObject(
  {
    ...screeningDetails,
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
    .enum(["film", "edition", "venue", "slot", "screening", "release", "user", "token", "import", "person", "scenario"], {
      error: "is not a kind of record",
    })
    .optional(),
  entityId: z.coerce.number({ error: "must be a number" }).int().positive().optional(),
  userId: z.coerce.number({ error: "must be a number" }).int().positive().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** `?version=N` on a DELETE: refuse (409) if the record changed since that version. */
export const versionQuery = z.object({ version: optionalPositiveInt("must be a whole number") });
