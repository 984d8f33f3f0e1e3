import { describe, expect, it } from "vitest";
import {
  ACCESS_WORDS,
  AVAILABILITY_WORDS,
  availabilityWords,
  guestsSentence,
  joinWords,
  languageSentence,
  offersTickets,
  qaSentence,
} from "./screening-words";
import { ACCESSIBILITY, TICKET_AVAILABILITY } from "./types";

const ana = { name: "Ana Ferreira", role: "director" };
const rui = { name: "Rui Almeida", role: "moderator" };
const nameless = { name: "Jo Lee", role: null };

describe("guests in words", () => {
  const cases: [string, (typeof ana | typeof nameless)[], number, string | null][] = [
    ["no guests: nothing", [], 20, null],
    ["one guest with a Q&A", [ana], 20, "Q&A with Ana Ferreira (director)"],
    ["two guests", [ana, rui], 30, "Q&A with Ana Ferreira (director) and Rui Almeida (moderator)"],
    ["three guests, one without a role", [ana, rui, nameless], 30, "Q&A with Ana Ferreira (director), Rui Almeida (moderator) and Jo Lee"],
    ["guests without a Q&A (an introduction)", [ana], 0, "With Ana Ferreira (director)"],
  ];
  for (const [name, guests, qa, expected] of cases) it(name, () => expect(guestsSentence(guests, qa)).toBe(expected));
});

describe("Q&A in words", () => {
  it("names the guests when there are some, says 'with Q&A' when there are none, nothing without a Q&A", () => {
    expect([qaSentence([ana], 20), qaSentence([], 20), qaSentence([], 0), qaSentence([ana], 0)]).toEqual([
      "Q&A with Ana Ferreira (director)",
      "with Q&A",
      null,
      "With Ana Ferreira (director)",
    ]);
  });
});

describe("languages in words", () => {
  const cases: [string, string[], string | null, string | null][] = [
    ["languages and subtitles", ["Portuguese", "English"], "English", "Portuguese, English · English subtitles"],
    ["languages only", ["English"], null, "English"],
    ["subtitles only (a silent film with intertitles)", [], "Portuguese", "Portuguese subtitles"],
    ["nothing known", [], null, null],
    [
      "a programme whose films differ",
      ["Portuguese", "English"],
      "English, Portuguese",
      "Portuguese, English · English and Portuguese subtitles",
    ],
  ];
  for (const [name, languages, subtitles, expected] of cases) it(name, () => expect(languageSentence(languages, subtitles)).toBe(expected));
});

describe("words for every mark and availability", () => {
  it("every access mark has words", () => {
    for (const a of ACCESSIBILITY) expect(ACCESS_WORDS[a].length).toBeGreaterThan(3);
  });
  it("every availability has words", () => {
    for (const a of TICKET_AVAILABILITY) expect(AVAILABILITY_WORDS[a].length).toBeGreaterThan(3);
  });
});

describe("ticket link offered", () => {
  const url = "https://tickets.example.org/1";
  const cases: [string, Parameters<typeof offersTickets>[0], string | null, boolean][] = [
    ["on sale with a link", "on-sale", url, true],
    ["few left", "few-left", url, true],
    ["no status, a link", null, url, true],
    ["at the door: no online link", "at-door", url, false],
    ["sold out: no link", "sold-out", url, false],
    ["not on sale yet", "not-yet", url, false],
    ["free entry", "free", url, false],
    ["no link", "on-sale", null, false],
  ];
  for (const [name, availability, link, expected] of cases) it(name, () => expect(offersTickets(availability, link)).toBe(expected));
});

describe("availability beside a link", () => {
  it("'on sale' goes without saying when the link is there", () => {
    expect([
      availabilityWords("on-sale", true),
      availabilityWords("on-sale", false),
      availabilityWords("few-left", true),
      availabilityWords(null, true),
    ]).toEqual([null, "Tickets on sale", "Few tickets left", null]);
  });
});

describe("joinWords", () => {
  it("joins with commas and a final and", () => {
    expect([joinWords([]), joinWords(["a"]), joinWords(["a", "b"]), joinWords(["a", "b", "c"])]).toEqual([
      "",
      "a",
      "a and b",
      "a, b and c",
    ]);
  });
});
