import { describe, expect, it } from "vitest";
import { describePersonalData } from "./personal";

/**
 * Texts that reach the public without internal notes to move personal data to (release notes,
 * edition and venue names) are refused by this rule: [name, text, what it says or null].
 */
const CASES: [string, string | null, string | null][] = [
  ["nothing", null, null],
  ["empty", "", null],
  ["a venue name", "Cinema São Jorge", null],
  ["a numbered screen", "Screen 2", null],
  ["an edition with its year", "Picket Line 2026", null],
  ["a season across two years", "Festival 2026/27", null],
  ["a release note with counts", "First programme: 12 films in 2 venues, 48 screenings.", null],
  ["a release note with dates and times", "Moved Matewan from 20:30 to 21:00 on 2026-10-24.", null],
  ["years in a row are not a phone number", "Retrospective 1914 1918 1939 1945", null],
  ["an e-mail address", "Questions? ana.silva@example.org", "an e-mail address"],
  ["an international phone number", "Box office +351 912 345 678", "a phone number"],
  ["a national phone number", "Call 020 7946 0958", "a phone number"],
  ["a postal address", "Rua Augusta 12, 1200-123 Lisboa", "a postal address"],
  ["a venue's street address is refused too (the same rule as film fields)", "Hall, 123 Main Street", "a postal address"],
  ["two kinds", "Ana: ana.silva@example.org, +351 912 345 678", "an e-mail address and a phone number"],
  ["three kinds", "ana@example.org, +351 912 345 678, Rua Augusta 12", "an e-mail address, a phone number and a postal address"],
];

describe("describePersonalData", () => {
  it.each(CASES)("%s", (_name, text, want) => {
    expect(describePersonalData(text)).toBe(want);
  });
});
