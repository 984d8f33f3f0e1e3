/**
 * Names of languages and time zones in a page's language (issue 17 §3), from the runtime's CLDR
 * data (Intl.DisplayNames, Intl.DateTimeFormat): "English" on a Portuguese page is "inglês".
 * Programmers name a film's languages in English ("Portuguese") or by code ("pt"); a name that
 * is neither is shown as it was written.
 */
import { dateLocale } from "./i18n";

let englishNames: Map<string, string> | undefined;

/** English language name (lower case) -> its two-letter code, from Intl's own English names. */
function codeByEnglishName(): Map<string, string> {
  if (englishNames) return englishNames;
  const names = new Intl.DisplayNames("en", { type: "language", fallback: "none" });
  const found = new Map<string, string>();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      const name = names.of(code);
      if (name && name !== code) found.set(name.toLowerCase(), code);
    }
  englishNames = found;
  return found;
}

/** A language's code from its English name or a code ("Portuguese", "pt", "pt-BR"); null when it is neither. */
export function languageCode(name: string): string | null {
  const key = name.trim();
  if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(key)) return key;
  return codeByEnglishName().get(key.toLowerCase()) ?? null;
}

/** A language's name in `locale` ("English" in pt: "inglês"); the text as written when it names no language Intl knows. */
export function languageName(name: string, locale: string): string {
  const code = languageCode(name);
  if (!code) return name;
  try {
    return new Intl.DisplayNames(dateLocale(locale), { type: "language", fallback: "none" }).of(code) ?? name;
  } catch {
    return name;
  }
}

/**
 * A time zone's generic name in `locale` at a date ("Europe/Lisbon" in pt: "Hora da Europa Ocidental";
 * a zone's name changes with its history, hence the date); the zone's id when Intl has none.
 */
export function zoneName(timeZone: string, locale: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(dateLocale(locale), { timeZone, timeZoneName: "longGeneric" }).formatToParts(at);
    return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
