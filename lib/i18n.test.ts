import { describe, expect, it } from "vitest";
import { defaultLocaleOf, languagesProblem, localePath, localised, localText, pathLocale, siteLocales, splitLocale } from "./i18n";

const PT_EN = { locales: ["pt", "en"], defaultLocale: "en" };
const NONE = { locales: [], defaultLocale: "en" };
const KNOWN = ["en", "pt"];

describe("the edition's languages", () => {
  it.each([
    ["none named: English only", NONE, ["en"], "en"],
    ["English default, Portuguese beside it", PT_EN, ["en", "pt"], "en"],
    ["Portuguese default", { locales: ["en", "pt"], defaultLocale: "pt" }, ["pt", "en"], "pt"],
    ["a default outside the list reads as the first", { locales: ["pt"], defaultLocale: "en" }, ["pt"], "pt"],
  ])("%s", (_name, e, locales, home) => {
    expect(siteLocales(e)).toEqual(locales);
    expect(defaultLocaleOf(e)).toBe(home);
  });
});

describe("addresses per language", () => {
  it.each([
    ["the default at today's path", "/schedule/f/2026-10-24", "en", PT_EN, "/schedule/f/2026-10-24"],
    ["another under its prefix", "/schedule/f/2026-10-24", "pt", PT_EN, "/pt/schedule/f/2026-10-24"],
    ["an edition without languages is unchanged", "/schedule/f", "en", NONE, "/schedule/f"],
  ])("%s", (_name, path, locale, e, expected) => expect(localePath(path, locale, e)).toBe(expected));

  it.each([
    ["a known prefix", "/pt/schedule/f/films/1", { locale: "pt", path: "/schedule/f/films/1" }],
    ["no prefix", "/schedule/f", { locale: null, path: "/schedule/f" }],
    ["an unknown prefix stays part of the path", "/xx/schedule/f", { locale: null, path: "/xx/schedule/f" }],
    ["a prefix before anything but the schedule", "/pt/admin", { locale: null, path: "/pt/admin" }],
  ])("%s", (_name, pathname, expected) => expect(splitLocale(pathname, KNOWN)).toEqual(expected));

  it.each([
    ["no prefix: the default", null, PT_EN, "en"],
    ["the other language's prefix", "pt", PT_EN, "pt"],
    ["the default's own prefix is not an address", "en", PT_EN, null],
    ["a language the edition does not offer", "pt", NONE, null],
  ])("%s", (_name, prefix, e, expected) => expect(pathLocale(prefix, e)).toBe(expected));
});

describe("languagesProblem", () => {
  it.each([
    ["fine", PT_EN, null],
    ["none at all is fine (English only)", NONE, null],
    ["a language without a message file", { locales: ["pt", "de"], defaultLocale: "pt" }, "locales"],
    ["a language twice", { locales: ["pt", "pt"], defaultLocale: "pt" }, "locales"],
    ["a default outside the locales", { locales: ["pt"], defaultLocale: "en" }, "defaultLocale"],
    ["an unknown default", { locales: [], defaultLocale: "fr" }, "defaultLocale"],
  ])("%s", (_name, e, field) => expect(languagesProblem(e, KNOWN)?.field ?? null).toBe(field));
});

describe("programmer text in the reader's language", () => {
  const film = { title: "Salt of the Earth", synopsis: "Miners' wives.", translations: { pt: { title: "O Sal da Terra" } } };
  it("a translation is used without a mark", () =>
    expect(localText(film.title, film.translations, "title", "pt", "en")).toEqual({ text: "O Sal da Terra" }));
  it("a missing translation falls back to the default's text, marked with its language", () =>
    expect(localText(film.synopsis, film.translations, "synopsis", "pt", "en")).toEqual({ text: "Miners' wives.", lang: "en" }));
  it("the default language is the stored text", () =>
    expect(localText(film.title, film.translations, "title", "en", "en")).toEqual({ text: "Salt of the Earth" }));
  it("an empty field stays empty, unmarked", () =>
    expect(localText(null, film.translations, "synopsis", "pt", "en")).toEqual({ text: null }));
  it("localised names the fields that fell back", () => {
    const pt = localised(film, ["title", "synopsis"], "pt", "en");
    expect(pt).toMatchObject({ title: "O Sal da Terra", synopsis: "Miners' wives.", textLang: { synopsis: "en" } });
    expect(pt.textLang.title).toBeUndefined();
  });
});
