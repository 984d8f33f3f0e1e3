/**
 * The festival's languages (issue 17 §3): which languages an edition's public site has, the
 * address of a page in each, and programmer text in the reader's language with its fallback.
 *
 * An edition without `locales` is English only, at today's paths. Otherwise its default
 * language is at the paths without a prefix (/schedule/...) and every other one under
 * /{locale}/schedule/.... Programmer text (a film's title and synopsis, a programme's title and
 * description, a venue's or the edition's name) is stored in the default language, with
 * per-language `translations` beside it; a field without a translation shows the default's text,
 * marked with its language (`lang`).
 */
import type { Translations } from "./types";

/** The language of an edition that names none, and of every page outside an edition. */
export const BASE_LOCALE = "en";

/** The fields a programmer may translate, per record. */
export const TRANSLATABLE = {
  film: ["title", "synopsis"],
  screening: ["title", "description"],
  venue: ["name"],
  edition: ["name"],
} as const;

export interface SiteLanguages {
  locales: string[];
  defaultLocale: string;
}

/** The edition's public languages, the default first; ["en"] for an edition that names none. */
export function siteLocales(e: SiteLanguages): string[] {
  if (e.locales.length === 0) return [BASE_LOCALE];
  const home = defaultLocaleOf(e);
  return [home, ...e.locales.filter((l) => l !== home)];
}

/** The language at the paths without a prefix. */
export function defaultLocaleOf(e: SiteLanguages): string {
  return e.locales.length === 0 || !e.locales.includes(e.defaultLocale) ? (e.locales.at(0) ?? BASE_LOCALE) : e.defaultLocale;
}

/** A language code as the message files are named: two or three lower-case letters, optionally a region ("pt", "pt-br"). */
const LOCALE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;

/** A public path in a language: the default's as it is, another's under /{locale}. */
export function localePath(path: string, locale: string, e: SiteLanguages): string {
  return locale === defaultLocaleOf(e) || !LOCALE_CODE.test(locale) ? path : `/${locale}${path}`;
}

/** A path's language prefix, when it has one of the known languages before /schedule/: "/pt/schedule/x" -> {locale: "pt", path: "/schedule/x"}. */
export function splitLocale(pathname: string, known: readonly string[]): { locale: string | null; path: string } {
  const m = /^\/([^/]+)(\/schedule(?:\/.*)?)$/.exec(pathname);
  if (m?.[1] && m[2] && known.includes(m[1])) return { locale: m[1], path: m[2] };
  return { locale: null, path: pathname };
}

/**
 * The language a path is read in, or null when the edition does not offer it there: a prefix
 * must be one of the edition's languages other than its default (the default has no prefix).
 */
export function pathLocale(prefix: string | null, e: SiteLanguages): string | null {
  const home = defaultLocaleOf(e);
  if (prefix === null) return home;
  return prefix !== home && e.locales.includes(prefix) ? prefix : null;
}

/** What is wrong with an edition's languages, naming the field; null when they are fine. */
export function languagesProblem(e: SiteLanguages, known: readonly string[]): { field: string; message: string } | null {
  const unknown = e.locales.find((l) => !known.includes(l));
  if (unknown !== undefined) return { field: "locales", message: `has no interface text for "${unknown}" (known: ${known.join(", ")})` };
  if (new Set(e.locales).size !== e.locales.length) return { field: "locales", message: "names a language twice" };
  if (!known.includes(e.defaultLocale))
    return { field: "defaultLocale", message: `has no interface text for "${e.defaultLocale}" (known: ${known.join(", ")})` };
  if (e.locales.length > 0 && !e.locales.includes(e.defaultLocale))
    return { field: "defaultLocale", message: `must be one of the edition's locales (${e.locales.join(", ")})` };
  return null;
}

/** A text in the reader's language, or the default's with its language (`lang`) when it has no translation. */
export interface LocalText {
  text: string | null;
  /** Set only when the text is not in the reader's language (a fallback). */
  lang?: string;
}

/** One field of a record in `locale`: its translation, else the stored (default language) text marked with the default's language. */
export function localText(
  base: string | null,
  translations: Translations | undefined,
  field: string,
  locale: string,
  defaultLocale: string,
): LocalText {
  if (locale === defaultLocale || base === null) return { text: base };
  const own = translations?.[locale]?.[field]?.trim();
  return own ? { text: own } : { text: base, lang: defaultLocale };
}

/** The language of each field shown in a fallback language (absent: the reader's own). */
export type TextLangs = Partial<Record<string, string>>;

/**
 * A record with its translatable fields in `locale` and `textLang` naming the fields that fell
 * back to the default language. The stored record is not changed.
 */
export function localised<T extends { translations?: Translations }>(
  record: T,
  fields: readonly (keyof T & string)[],
  locale: string,
  defaultLocale: string,
): T & { textLang: TextLangs } {
  const out: T & { textLang: TextLangs } = { ...record, textLang: {} };
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== "string") continue;
    const t = localText(value, record.translations, field, locale, defaultLocale);
    Object.assign(out, { [field]: t.text });
    if (t.lang) out.textLang[field] = t.lang;
  }
  return out;
}

/** A BCP 47 tag for Intl's dates ("en" reads as British English: "Saturday 24 October"; "pt" as Portugal's). */
export function dateLocale(locale: string): string {
  const regional: Record<string, string> = { en: "en-GB", pt: "pt-PT" };
  return regional[locale] ?? locale;
}
