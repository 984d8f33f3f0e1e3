/**
 * Inputs of the festival's languages (issue 17 §3): programmer text per language
 * (`translations` on films, screenings, venues and the edition: known languages and the
 * record's translatable fields only) and the edition's `locales` and `defaultLocale`.
 */
import { z } from "zod";
import { TRANSLATABLE } from "@/lib/i18n";
import type { Translations } from "@/lib/types";
import { knownLocales } from "./i18n";
import { LIMITS, optionalText } from "./schema-fields";

const FIELD_TEXT: Record<string, z.ZodType<string | null>> = {
  title: optionalText(LIMITS.title),
  name: optionalText(120),
  synopsis: optionalText(LIMITS.synopsis, "text"),
  description: optionalText(LIMITS.synopsis, "text"),
};

/** `translations` of one kind of record: {pt: {title: "..."}}; empty texts are dropped. */
export function translationsInput(kind: keyof typeof TRANSLATABLE) {
  const fields = Object.fromEntries(TRANSLATABLE[kind].map((f) => [f, FIELD_TEXT[f] ?? optionalText(LIMITS.shortText)]));
  return z
    .record(z.string(), z.strictObject(fields, { error: "unknown field" }).partial(), {
      error: 'must be an object of languages, each with its texts: {"pt": {...}}',
    })
    .superRefine((v, ctx) => {
      const known = knownLocales();
      for (const l of Object.keys(v))
        if (!known.includes(l))
          ctx.addIssue({ code: "custom", path: [l], message: `is not a known language (known: ${known.join(", ")})` });
    })
    .transform((v): Translations => {
      const out: Translations = {};
      for (const [l, texts] of Object.entries(v)) {
        const kept = Object.entries(texts).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
        if (kept.length) out[l] = Object.fromEntries(kept);
      }
      return out;
    });
}

/** The edition's public languages as sent; which languages are known (one message file each) is the service's check (422). */
export const localesInput = z
  .array(z.string({ error: "must be a language code" }).trim().toLowerCase(), { error: "must be a list of language codes" })
  .max(20, { error: "at most 20 languages" });
export const defaultLocaleInput = z.string({ error: "must be a language code" }).trim().toLowerCase();
