/**
 * The public site's interface text (issue 17 §3): one message file per language in messages/
 * (messages/en.json, messages/pt.json; adding a language is adding one file), read once, and a
 * translator for a page's language (use-intl's createTranslator: ICU messages, plurals, no
 * React context needed, so server components and feeds use it alike).
 */
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { BASE_LOCALE } from "@/lib/i18n";
import { languageName } from "@/lib/i18n-names";
import { ENGLISH, type Wording } from "@/lib/screening-words";
import { ACCESSIBILITY, TICKET_AVAILABILITY } from "@/lib/types";
import type en from "@/messages/en.json";

export type Messages = typeof en;

/** The page's language, set by proxy.ts on every request it sees (a client's own value is replaced). */
export const LOCALE_HEADER = "x-lineup-locale";
/** The address without its language prefix, set beside it. */
export const PATH_HEADER = "x-lineup-path";
/** Set only on an address with one of its edition's languages as prefix: next.config.ts's rewrite routes it without the prefix. */
export const PREFIX_HEADER = "x-lineup-prefix";

const MESSAGES_DIR = path.join(process.cwd(), "messages");

let files: Map<string, Messages> | undefined;

function messageFiles(): Map<string, Messages> {
  if (files) return files;
  const found = new Map<string, Messages>();
  for (const name of fs.readdirSync(MESSAGES_DIR).sort()) {
    const m = /^([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.json$/.exec(name);
    if (m?.[1]) found.set(m[1], JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, name), "utf8")));
  }
  files = found;
  return found;
}

/** The languages with a message file: the only ones an edition may name. */
export function knownLocales(): string[] {
  return [...messageFiles().keys()];
}

export type Translator = ReturnType<typeof createTranslator<Messages>>;

const translators = new Map<string, Translator>();

/** The interface text of one language; a key a file lacks shows English's. */
export function translator(locale: string): Translator {
  const known = translators.get(locale);
  if (known) return known;
  const t = makeTranslator(locale);
  translators.set(locale, t);
  return t;
}

function makeTranslator(locale: string): Translator {
  const all = messageFiles();
  const fallback = all.get(BASE_LOCALE);
  const messages = all.get(locale) ?? fallback;
  if (!messages) throw new Error(`messages/${BASE_LOCALE}.json is missing`);
  return createTranslator<Messages>({
    locale,
    messages,
    onError: () => undefined,
    getMessageFallback: ({ key, namespace }) => {
      const full = namespace ? `${namespace}.${key}` : key;
      const english = full.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], fallback);
      return typeof english === "string" ? english : full;
    },
  });
}

/** A screening's facts in the words of one language (lib/screening-words.ts), from its message file. */
export function wordingFor(locale: string): Wording {
  if (locale === BASE_LOCALE) return ENGLISH;
  const t = translator(locale);
  const access = { ...ENGLISH.access };
  for (const a of ACCESSIBILITY) access[a] = t(`words.access.${a}`);
  const availability = { ...ENGLISH.availability };
  for (const a of TICKET_AVAILABILITY) availability[a] = t(`words.availability.${a}`);
  return {
    access,
    availability,
    and: t("words.and"),
    qaWith: (guests) => t("words.qaWith", { guests }),
    with: (guests) => t("words.with", { guests }),
    withQa: t("words.withQa"),
    subtitles: (languages) => t("words.subtitles", { languages }),
    accessLabel: t("screening.access"),
    language: (name) => languageName(name, locale),
  };
}
