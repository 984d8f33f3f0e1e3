/**
 * The forms' side of the festival's languages: the `translations.{locale}.{field}` boxes of a
 * form (components/admin/TranslationsFieldset.tsx) gathered into one `translations` object for
 * the service, and the edition's languages typed in one box ("pt, en").
 */
import type { Translations } from "@/lib/types";

const TRANSLATION_BOX = /^translations\.([^.]+)\.([^.]+)$/;

/** The form's fields without the translation boxes, and the boxes as `translations` (undefined when the form has none). */
export function withTranslations<T extends Record<string, unknown>>(
  fields: T,
): { rest: Record<string, unknown>; translations?: Translations } {
  const rest: Record<string, unknown> = {};
  let translations: Translations | undefined;
  for (const [key, value] of Object.entries(fields)) {
    const m = TRANSLATION_BOX.exec(key);
    if (!m?.[1] || !m[2]) {
      rest[key] = value;
      continue;
    }
    translations ??= {};
    const texts = translations[m[1]] ?? {};
    if (typeof value === "string") texts[m[2]] = value;
    translations[m[1]] = texts;
  }
  return { rest, translations };
}
