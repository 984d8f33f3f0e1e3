/**
 * The language of the page being rendered: proxy.ts reads it from the address (a /{locale}
 * prefix, else the edition's default language) and hands it on in a request header; pages,
 * layouts and feeds read it here.
 */
import { headers } from "next/headers";
import { BASE_LOCALE } from "@/lib/i18n";
import { LOCALE_HEADER } from "./i18n";
import { getPublishedIn, type Published } from "./services/public";


export async function requestLocale(): Promise<string> {
  return (await headers()).get(LOCALE_HEADER) ?? BASE_LOCALE;
}

/** The edition's latest release in the page's language. */
export async function publishedHere(slug: string): Promise<Published | null> {
  return getPublishedIn(slug, await requestLocale());
}
