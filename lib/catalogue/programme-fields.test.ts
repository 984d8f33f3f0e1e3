/** Issue 15: rating and section (strand) as importable fields; "Language:" and "Subtitles:" in archive text. */
import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { FIELD_NAMES, type ParsedFilm, parseCatalogue, suggestMapping } from "./index";

const one = (text: string): ParsedFilm => {
  const r = parseCatalogue(text, { format: "text" });
  expect(r.entries, JSON.stringify(r.entries.map((e) => e.film))).toHaveLength(1);
  return itemAt(r.entries, 0).film;
};

describe("archive text: language, subtitles, rating and section labels", () => {
  const head = "Salt of the Earth (1954)\nDirector: Herbert J. Biberman\nRuntime: 94 min\n";
  const cases: [string, string, Partial<ParsedFilm>][] = [
    ["Language:", "Language: Spanish", { languages: ["Spanish"], subtitles: null }],
    ["Languages: a list", "Languages: English, Spanish", { languages: ["English", "Spanish"] }],
    [
      "Language: with subtitles in the same line",
      "Language: Spanish with English subtitles",
      { languages: ["Spanish"], subtitles: "English" },
    ],
    ["Language: subtitles in brackets", "Language: Portuguese (English subtitles)", { languages: ["Portuguese"], subtitles: "English" }],
    ["Subtitles:", "Subtitles: English", { subtitles: "English" }],
    ["Subtitles: in …", "Subtitles: in Portuguese", { subtitles: "Portuguese" }],
    ["Language: and Subtitles: on two lines", "Language: Korean\nSubtitles: English", { languages: ["Korean"], subtitles: "English" }],
    ["Legendas (Portuguese archives)", "Legendas: Inglês", { subtitles: "Inglês" }],
    ["Rating:", "Rating: 12", { rating: "12" }],
    ["Age rating:", "Age rating: M/16", { rating: "M/16" }],
    ["Rated:", "Rated: PG-13", { rating: "PG-13" }],
    ["Certificate: (a UK catalogue)", "Certificate: 15", { rating: "15" }],
    ["FSK: (a German catalogue)", "FSK: 12", { rating: "12" }],
    [
      "a sentence about the rating is not a rating: kept in the notes",
      `Rating: ${"Suitable for audiences aged twelve and over. ".repeat(2)}`,
      { rating: null },
    ],
    ["Section:", "Section: Labour on screen", { section: "Labour on screen" }],
    ["Strand:", "Strand: Shorts", { section: "Shorts" }],
    ["Programme strand:", "Programme strand: Retrospective", { section: "Retrospective" }],
    ["no label: nothing invented", "A miners' strike in New Mexico.", { rating: null, section: null }],
  ];
  it.each(cases)("%s", (_name, line, want) => {
    const f = one(`${head}${line}`);
    for (const [k, v] of Object.entries(want)) expect(f[k as keyof ParsedFilm], k).toEqual(v);
    // The film's other fields are untouched.
    expect(f).toMatchObject({ title: "Salt of the Earth", year: 1954, directors: ["Herbert J. Biberman"], runtimeMinutes: 94 });
  });

  it("a too-long rating goes to the internal notes, labelled", () => {
    const long = "Suitable for audiences aged twelve and over, contains strong language";
    expect(one(`${head}Rating: ${long}`).internalNotes).toContain(`Rating: ${long}`);
  });
});

describe("spreadsheet columns: rating and section", () => {
  it.each([
    ["Rating", "rating"],
    ["Age rating", "rating"],
    ["Age Rating (BBFC)", "rating"],
    ["Classification", "rating"],
    ["Certificate", "rating"],
    ["Section", "section"],
    ["Strand", "section"],
    ["Programme strand", "section"],
    ["Programme Section", "section"],
    ["Festival section", "section"],
  ] as const)("header %j -> %s", (header, field) => expect(suggestMapping([header])[header]).toBe(field));

  it("reads rating and section from CSV rows; a second rating column goes to the notes", () => {
    const csv = [
      "Title,Runtime,Age rating,Strand,Rating",
      "Matewan,135,12,Labour on screen,PG-13",
      '"Pier 9",14,M/16,"Shorts, late night",',
    ].join("\n");
    const r = parseCatalogue(csv, { format: "csv" });
    expect(r.mapping).toEqual({ Title: "title", Runtime: "runtimeMinutes", "Age rating": "rating", Strand: "section", Rating: null });
    expect(r.entries.map((e) => [e.film.title, e.film.rating, e.film.section])).toEqual([
      ["Matewan", "12", "Labour on screen"],
      ["Pier 9", "M/16", "Shorts, late night"],
    ]);
    expect(itemAt(r.entries, 0).film.internalNotes).toContain("Rating: PG-13");
  });

  it("the column mapping offers rating and section", () => {
    expect(FIELD_NAMES).toContain("rating");
    expect(FIELD_NAMES).toContain("section");
  });
});
