/**
 * Inputs of issue 15's programme: a screening's programme title, language and access, tickets
 * and guests (fields of PUT .../slots/{id}/screening), and the people who are guests.
 */
import { z } from "zod";
import { ACCESSIBILITY, SCREENING_FORMATS, TICKET_AVAILABILITY } from "@/lib/types";
import { translationsInput } from "./i18n-schemas";
import { id, instant, LIMITS, optionalText, requiredLine, textList, version } from "./schema-fields";

/** A web address people can open: http or https only (never javascript: or data:). */
const webAddress = z
  .string({ error: "must be a web address (https://...)" })
  .trim()
  .max(2_000, { error: "must be at most 2000 characters" })
  .refine(
    (v) => {
      if (v === "") return true;
      try {
        const u = new URL(v);
        return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { error: "must be a web address starting with https:// or http://" },
  )
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of: ${values.join(", ")}` });

const guest = z.strictObject({ personId: id, role: optionalText(100) }, { error: "unknown field" });

/** A screening's programme, language and access, and tickets (issue 15): all optional. */
export const screeningDetails = {
  title: optionalText(LIMITS.title),
  description: optionalText(LIMITS.synopsis, "text"),
  /** The programme's title and description per language; absent: kept as they are (the board sends none). */
  translations: translationsInput("screening").optional(),
  /** null or absent: the films' own languages. */
  languages: textList(LIMITS.shortText)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  subtitles: optionalText(LIMITS.shortText),
  accessibility: z
    .array(enumOf(ACCESSIBILITY), { error: `must be a list of: ${ACCESSIBILITY.join(", ")}` })
    .max(ACCESSIBILITY.length)
    .default([])
    .transform((v) => [...new Set(v)]),
  format: enumOf(SCREENING_FORMATS)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  internalNotes: optionalText(LIMITS.notes, "text"),
  ticketUrl: webAddress,
  availability: enumOf(TICKET_AVAILABILITY)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  guests: z
    .array(guest, { error: "must be a list of {personId, role}" })
    .max(LIMITS.listItems, { error: `at most ${LIMITS.listItems} guests` })
    .refine((g) => new Set(g.map((x) => x.personId)).size === g.length, { error: "lists a guest twice" })
    .default([]),
};

/** A guest's time at the festival: from before to. */
const availabilityRange = z
  .strictObject({ from: instant, to: instant }, { error: "unknown field" })
  .refine((r) => r.from.getTime() < r.to.getTime(), { error: "from must be before to", path: ["to"] });

const personFields = {
  name: requiredLine(LIMITS.shortText),
  role: optionalText(100),
  internalNotes: optionalText(LIMITS.notes, "text"),
  availability: z
    .array(availabilityRange, { error: "must be a list of {from, to}" })
    .max(LIMITS.listItems, { error: `at most ${LIMITS.listItems} ranges` }),
};

export const personInput = z.strictObject(
  { ...personFields, availability: personFields.availability.default([]) },
  { error: "unknown field" },
);
export const personPatch = z.strictObject({ ...personFields, version }, { error: "unknown field" }).partial();
