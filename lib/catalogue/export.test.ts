import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { filmWithEveryField } from "@/lib/test-fixtures";
import { renderCatalogueCsv } from "./export";
import { parseCatalogue } from "./index";

const films = [
  filmWithEveryField,
  {
    title: null,
    originalTitle: null,
    year: 2017,
    directors: ["Pedro Pinho"],
    cast: [],
    countries: ["Portugal"],
    runtimeMinutes: 177,
    languages: ["Portuguese"],
    subtitles: null,
    genre: null,
    rating: null,
    section: null,
    synopsis: null,
    internalNotes: null,
  },
  {
    title: '=HYPERLINK("x")',
    originalTitle: "Ça ira, l'usine",
    year: null,
    directors: ["Anna Øberg", "Luc Dardenne"],
    cast: [],
    countries: ["Belgium", "France"],
    runtimeMinutes: null,
    languages: [],
    subtitles: null,
    genre: "Short",
    rating: "M/16",
    section: "Shorts, late night",
    synopsis: null,
    internalNotes: null,
  },
];

describe("catalogue CSV export", () => {
  it("round trips through the importer: same fields back", () => {
    const csv = renderCatalogueCsv(films);
    expect(csv.startsWith("\uFEFFTitle,Original title,Year")).toBe(true);
    // Rating and Section come after the older columns (tools that read by position find those where they were).
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFTitle,Original title,Year,Directors,Cast,Countries,Runtime,Languages,Subtitles,Genre,Synopsis,Internal notes,Rating,Section",
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseCatalogue(csv.replace(/^\uFEFF/, ""), { format: "csv" });
    expect(parsed.entries).toHaveLength(3);
    parsed.entries.forEach((e, i) => {
      const { internalNotes, ...want } = itemAt(films, i);
      const got = e.film;
      expect({
        title: got.title,
        originalTitle: got.originalTitle,
        year: got.year,
        directors: got.directors,
        cast: got.cast,
        countries: got.countries,
        runtimeMinutes: got.runtimeMinutes,
        languages: got.languages,
        subtitles: got.subtitles,
        genre: got.genre,
        rating: got.rating,
        section: got.section,
        synopsis: got.synopsis,
      }).toEqual(want);
      expect(got.internalNotes ?? null).toBe(internalNotes);
    });
  });
});
