import { describe, expect, it } from "vitest";
import { languageCode, languageName, zoneName } from "./i18n-names";

describe("a language's name in the page's language", () => {
  it.each([
    { name: "English in Portuguese", given: "English", locale: "pt", shown: "inglês" },
    { name: "Spanish in Portuguese", given: "Spanish", locale: "pt", shown: "espanhol" },
    { name: "Portuguese in Portuguese", given: "Portuguese", locale: "pt", shown: "português" },
    { name: "a code in Portuguese", given: "en", locale: "pt", shown: "inglês" },
    { name: "any case", given: "ENGLISH", locale: "pt", shown: "inglês" },
    { name: "English in English is unchanged", given: "English", locale: "en", shown: "English" },
    { name: "a code in English", given: "pt", locale: "en", shown: "Portuguese" },
    { name: "a name Intl does not know stays as written", given: "Klingon-ish", locale: "pt", shown: "Klingon-ish" },
    { name: "an empty name stays empty", given: "", locale: "pt", shown: "" },
  ])("$name", ({ given, locale, shown }) => expect(languageName(given, locale)).toBe(shown));

  it.each([
    { given: "Portuguese", code: "pt" },
    { given: " english ", code: "en" },
    { given: "pt-BR", code: "pt-BR" },
    { given: "Silent", code: null },
  ])("$given has the code $code", ({ given, code }) => expect(languageCode(given)).toBe(code));
});

describe("a time zone's name in the page's language", () => {
  it.each([
    { name: "Lisbon in Portuguese", zone: "Europe/Lisbon", locale: "pt", shown: "Hora da Europa Ocidental" },
    { name: "Lisbon in English", zone: "Europe/Lisbon", locale: "en", shown: "Western European Time" },
    { name: "an unknown zone is named by its id", zone: "Mars/Olympus", locale: "pt", shown: "Mars/Olympus" },
  ])("$name", ({ zone, locale, shown }) => expect(zoneName(zone, locale, new Date("2026-10-24T12:00:00Z"))).toBe(shown));
});
