/**
 * The language of the page being rendered: proxy.ts reads it from the address (a /{locale}
 * prefix, else the edition's default language) and hands it on in request headers, with the
 * address without its prefix; pages, layouts and feeds read them here.
 */
import { headers } from "next/headers";
import { BASE_LOCALE, localePath, type SiteLanguages } from "@/lib/i18n";
import type { Wording } from "@/lib/screening-words";
import type { SnapshotEdition } from "@/lib/types";
import { LOCALE_HEADER, PATH_HEADER, type Translator, translator, wordingFor } from "./i18n";
import { getPublishedIn, type Published } from "./services/public";

export async function requestLocale(): Promise<string> {
  return (await headers()).get(LOCALE_HEADER) ?? BASE_LOCALE;
}

/** The edition's latest release in the page's language. */
export async function publishedHere(slug: string): Promise<Published | null> {
  return getPublishedIn(slug, await requestLocale());
}

export interface PageText {
  locale: string;
  t: Translator;
  /** A screening's facts in this language (lib/screening-words.ts). */
  w: Wording;
  /** The page's address without its language prefix (for the switcher and the alternates). */
  path: string;
}

/** The interface text of the page's language. */
export async function pageText(): Promise<PageText> {
  const h = await headers();
  const locale = h.get(LOCALE_HEADER) ?? BASE_LOCALE;
  return { locale, t: translator(locale), w: wordingFor(locale), path: h.get(PATH_HEADER) ?? "/" };
}

/** The edition's languages as its release names them (none: English only). */
export function languagesOf(edition: SnapshotEdition): SiteLanguages {
  return { locales: edition.locales ?? [], defaultLocale: edition.defaultLocale ?? BASE_LOCALE };
}

/** The edition's public address in a language: /schedule/{slug} or /{locale}/schedule/{slug}. */
export function editionBase(edition: SnapshotEdition, locale: string): string {
  return localePath(`/schedule/${edition.slug}`, locale, languagesOf(edition));
}
