import { describe, expect, it } from "vitest";
import { accessibilityWords, availabilityWords, guestsPhrase, guestWords, joinWords, languageWords } from "./screening-words";
import { ACCESSIBILITY, TICKET_AVAILABILITY } from "./types";

const ana = { name: "Ana Ferreira", role: "director" };
const rui = { name: "Rui Lopes", role: "moderator" };
const eve = { name: "Eve", role: null };

describe("guests in words", () => {
  const cases: [string, Parameters<typeof guestsPhrase>[0], string][] = [
    ["no guests: nothing", { guests: [], qaMinutes: 20, introMinutes: 0 }, ""],
    ["one guest and a Q&A", { guests: [ana], qaMinutes: 20, introMinutes: 0 }, "Q&A with Ana Ferreira (director)"],
    [
      "two guests and a Q&A",
      { guests: [ana, rui], qaMinutes: 20, introMinutes: 5 },
      "Q&A with Ana Ferreira (director) and Rui Lopes (moderator)",
    ],
    [
      "three guests, one without a role",
      { guests: [ana, eve, rui], qaMinutes: 30, introMinutes: 0 },
      "Q&A with Ana Ferreira (director), Eve and Rui Lopes (moderator)",
    ],
    ["an intro only", { guests: [ana], qaMinutes: 0, introMinutes: 10 }, "Introduced by Ana Ferreira (director)"],
    ["neither intro nor Q&A", { guests: [rui], qaMinutes: 0, introMinutes: 0 }, "With Rui Lopes (moderator)"],
  ];
  for (const [name, s, want] of cases) it(name, () => expect(guestsPhrase(s)).toBe(want));

  it("a blank role is no role", () => expect(guestWords({ name: "Eve", role: "  " })).toBe("Eve"));
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a", "b", "c"], "a, b and c"],
  ])("joinWords(%j) = %j", (items, want) => expect(joinWords(items)).toBe(want));
});

describe("language and subtitles in words", () => {
  const cases: [string, string[], string | null, string][] = [
    ["spoken and subtitled", ["Portuguese"], "English", "In Portuguese with English subtitles"],
    ["two languages", ["English", "Korean"], "Portuguese", "In English and Korean with Portuguese subtitles"],
    ["spoken only", ["German"], null, "In German"],
    ["subtitles only (a silent film with intertitles translated)", [], "English", "English subtitles"],
    ["neither", [], null, ""],
  ];
  for (const [name, languages, subtitles, want] of cases) it(name, () => expect(languageWords(languages, subtitles)).toBe(want));
});

describe("marks in words, never a code", () => {
  it("every access mark has words", () => {
    const words = accessibilityWords(ACCESSIBILITY);
    expect(words).toHaveLength(ACCESSIBILITY.length);
    for (const [i, w] of words.entries()) expect(w, ACCESSIBILITY[i]).toMatch(/^[A-Z][a-z]+[ -]/);
    expect(accessibilityWords(["audio-description", "step-free"])).toEqual(["Audio description", "Step-free access"]);
  });

  it("every availability has words; sold out says so", () => {
    for (const a of TICKET_AVAILABILITY) expect(availabilityWords(a), a).toMatch(/^[A-Z][a-z]/);
    expect(availabilityWords("sold-out")).toBe("Sold out");
    expect(availabilityWords(null)).toBe("");
  });
});
