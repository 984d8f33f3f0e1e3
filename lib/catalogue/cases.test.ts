import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { catalogueFilm } from "@/lib/test-fixtures";
import type { Film } from "@/lib/types";
import { dedupeKey } from "./dedupe";
import {
  checkImportSize,
  decodeInput,
  detectFormat,
  MAX_IMPORT_CHARS,
  type ParsedFilm,
  parseCatalogue,
  proposeActions,
  suggestMapping,
} from "./index";
import { findPersonalData, stripPersonalData } from "./personal";

const one = (text: string, format?: "text" | "html"): ParsedFilm => {
  const r = parseCatalogue(text, { format });
  expect(r.entries, JSON.stringify(r.entries.map((e) => e.film))).toHaveLength(1);
  return itemAt(r.entries, 0).film;
};

describe("title lines", () => {
  const cases: [string, string, Partial<ParsedFilm>][] = [
    ["title with year", "Harlan County USA (1976)\nDirected by: Barbara Kopple", { title: "Harlan County USA", year: 1976 }],
    ["all caps", "THE ORGANIZER\nRuntime: 130 min", { title: "The Organizer", runtimeMinutes: 130 }],
    ["all caps with acronym", "HARLAN COUNTY USA\nRuntime: 103 min", { title: "Harlan County USA" }],
    [
      "all caps hyphen and small words",
      "RIFF-RAFF IN THE CITY OF LIGHT\nRuntime: 95",
      { title: "Riff-Raff in the City of Light", runtimeMinutes: 95 },
    ],
    ["all caps apostrophe", "L’ARGENT (1983)", { title: "L’Argent", year: 1983 }],
    ["all caps roman numeral", "ROCKY II (1979)", { title: "Rocky II", year: 1979 }],
    [
      "dash credits",
      "West of the Tracks - Wang Bing, 2002, 551 min",
      { title: "West of the Tracks", directors: ["Wang Bing"], year: 2002, runtimeMinutes: 551 },
    ],
    [
      "en dash credits",
      "West of the Tracks – Wang Bing, 2002, 551 min",
      { title: "West of the Tracks", directors: ["Wang Bing"], year: 2002, runtimeMinutes: 551 },
    ],
    [
      "em dash credits",
      "Bread and Roses — dir. Ken Loach, 2000, UK/Germany/Spain, 110 min",
      { title: "Bread and Roses", directors: ["Ken Loach"], countries: ["UK", "Germany", "Spain"] },
    ],
    [
      "hyphenated title is not a dash",
      "Riff-Raff (1991)\nDirected by: Ken Loach",
      { title: "Riff-Raff", year: 1991, directors: ["Ken Loach"] },
    ],
    ["parenthesised credits", "Matewan (USA, 1987, 135 min)", { title: "Matewan", year: 1987, countries: ["USA"], runtimeMinutes: 135 }],
    ["parentheses that are part of the title", "Them! (The Sequel)\nRuntime: 90 min", { title: "Them! (The Sequel)" }],
    ["markdown heading", "## Modern Times\nRunning Time: 87 min", { title: "Modern Times", runtimeMinutes: 87 }],
    [
      "laurel is not a title",
      "Official Selection, 2014 Cannes Film Festival\nDirected by: X Y\nRuntime: 95 min",
      { title: null, directors: ["X Y"] },
    ],
    ["no title is never invented", "Directed by: Nigel Cole\nRuntime: 113 min", { title: null, flags: ["missing-title"] }],
    [
      "a title that starts like a prize is still a title",
      "Golden Harvest (1999)\nDirector: Ana Silva\nRun Time: 90 min",
      { title: "Golden Harvest", year: 1999 },
    ],
    [
      "a prize line with a year is a laurel",
      "Golden Bear, Berlinale 2014\nDirected by: X Y\nRuntime: 95 min",
      { title: null, directors: ["X Y"] },
    ],
  ];
  it.each(cases)("%s", (_name, text, want) => {
    const f = one(text);
    for (const [k, v] of Object.entries(want)) expect(f[k as keyof ParsedFilm], k).toEqual(v);
  });
});

describe("labels", () => {
  const cases: [string, string, Partial<ParsedFilm>][] = [
    ["Director", "Title: A\nDirector: Jean-Pierre Dardenne, Luc Dardenne", { directors: ["Jean-Pierre Dardenne", "Luc Dardenne"] }],
    ["Directors with and", "Title: A\nDirectors: Avi Lewis and Naomi Klein", { directors: ["Avi Lewis", "Naomi Klein"] }],
    ["shared surname", "Title: A\nDirected by: Jean-Pierre and Luc Dardenne", { directors: ["Jean-Pierre Dardenne", "Luc Dardenne"] }],
    ["Regie", "Titel: A\nRegie: Fritz Lang", { directors: ["Fritz Lang"] }],
    ["Directed by without colon", "Matewan\nDirected by John Sayles", { directors: ["John Sayles"] }],
    ["Run Time", "Title: A\nRun Time: 94 Minutes", { runtimeMinutes: 94 }],
    ["Running Time h/m", "Title: A\nRunning Time: 2 hrs 15 min", { runtimeMinutes: 135 }],
    ["Runtime colon", "Title: A\nRuntime: 1:27", { runtimeMinutes: 87 }],
    ["Duration minutes mark", "Title: A\nDuration: 135'", { runtimeMinutes: 135 }],
    ["Length seconds round up", "Title: A\nLength: 46 sec", { runtimeMinutes: 1 }],
    ["Length h", "Title: A\nLength: 1h30", { runtimeMinutes: 90 }],
    ["mins", "Title: A\nRunning Time: 107 mins", { runtimeMinutes: 107 }],
    ["bare number", "Title: A\nRuntime: 95", { runtimeMinutes: 95 }],
    ["empty runtime", "Title: A\nRunning Time:\nStarring: B C", { runtimeMinutes: null, cast: ["B C"], flags: ["missing-runtime"] }],
    ["Year and Released", "Title: A\nReleased: March 3, 1987", { year: 1987 }],
    ["Production country", "Title: A\nProduction country: Italy / France", { countries: ["Italy", "France"] }],
    ["Countries", "Title: A\nCountries: Belgium, France; Italy", { countries: ["Belgium", "France", "Italy"] }],
    [
      "Languages with subtitles",
      "Title: A\nLanguages: English, Spanish (English subtitles)",
      { languages: ["English", "Spanish"], subtitles: "English" },
    ],
    ["Subtitled", "Title: A\nSubtitled: in English", { subtitles: "English" }],
    ["Genre", "Title: A\nGenre: Drama", { genre: "Drama" }],
    ["Starring N/A", "Title: A\nStarring: N/A", { cast: [] }],
    ["With", "Title: A\nWith: Chris Cooper & James Earl Jones", { cast: ["Chris Cooper", "James Earl Jones"] }],
    ["Synopsis continues", "Title: A\nSynopsis: One line\nand the next.", { synopsis: "One line and the next." }],
    ["Plot", "Title: A\nPlot: Things happen.", { synopsis: "Things happen." }],
    ["Original title", "Title: The Kid\nOriginal title: LE GAMIN AU VÉLO", { originalTitle: "Le Gamin au Vélo" }],
    ["Notes", "Title: A\nNotes: print from the archive", { internalNotes: "print from the archive" }],
    ["unknown label kept", "Title: A\nWebsite: example.org", { internalNotes: "Website: example.org" }],
    ["definition list style", "Title\nMatewan\nDirector\nJohn Sayles", { title: "Matewan", directors: ["John Sayles"] }],
    ["table cells", "Title\tMatewan\nDirector\tJohn Sayles", { title: "Matewan", directors: ["John Sayles"] }],
  ];
  it.each(cases)("%s", (_name, text, want) => {
    const f = one(text);
    for (const [k, v] of Object.entries(want)) expect(f[k as keyof ParsedFilm], k).toEqual(v);
  });

  it("a repeated label starts a new entry", () => {
    const r = parseCatalogue("Title: A\nDirector: X Y\nTitle: B\nDirector: Z W\nDirector: Q R");
    expect(r.entries.map((e) => e.film.title)).toEqual(["A", "B", null]);
    expect(r.entries.map((e) => e.film.directors)).toEqual([["X Y"], ["Z W"], ["Q R"]]);
  });

  it("rules and headings separate entries", () => {
    const r = parseCatalogue("Matewan\nRuntime: 135\n---\nMetropolis\nRuntime: 153\n***\nModern Times\n===\nThe Take");
    expect(r.entries.map((e) => e.film.title)).toEqual(["Matewan", "Metropolis", "Modern Times", "The Take"]);
  });

  it("one-line entries follow each other", () => {
    const r = parseCatalogue("Matewan (1987) - John Sayles, 135 min\nMetropolis (1927) – Fritz Lang, 2 hr 33 min\nTHE TAKE");
    expect(r.entries.map((e) => [e.film.title, e.film.year, e.film.runtimeMinutes])).toEqual([
      ["Matewan", 1987, 135],
      ["Metropolis", 1927, 153],
      ["The Take", null, null],
    ]);
  });

  it("a title with a blank line before its fields stays one entry", () => {
    const r = parseCatalogue(
      "Matewan (1987)\n\nDirected by: John Sayles\n\nSynopsis: Coal.\n\n\nMetropolis (1927)\n\nDirected by: Fritz Lang",
    );
    expect(r.entries.map((e) => [e.film.title, e.film.directors])).toEqual([
      ["Matewan", ["John Sayles"]],
      ["Metropolis", ["Fritz Lang"]],
    ]);
  });
});

describe("HTML", () => {
  it("decodes entities and drops tags", () => {
    const f = one("<h2>Tom &amp; Jerry&#8217;s Night</h2><p>Directed by: Jean&#45;Pierre Mocky<br>Running Time: 87&nbsp;min</p>", "html");
    expect(f.title).toBe("Tom & Jerry’s Night");
    expect(f.directors).toEqual(["Jean-Pierre Mocky"]);
    expect(f.runtimeMinutes).toBe(87);
  });
  it("does not read script, style or head content as fields", () => {
    const r = parseCatalogue(
      "<html><head><title>Title: Fake</title><style>p{} Runtime: 5 min</style></head><body><script>var s = 'Title: Nope\\nDirector: Evil';</script><article><h3>Matewan</h3><p>Runtime: 135 min</p></article></body></html>",
      { format: "html" },
    );
    expect(r.entries.map((e) => e.film.title)).toEqual(["Matewan"]);
    expect(JSON.stringify(r.entries.map((e) => e.film))).not.toMatch(/Nope|Evil|Fake/);
    expect(r.entries[0]?.film.runtimeMinutes).toBe(135);
  });
  it("reads one film per article and table rows as label/value", () => {
    const html = `<article><h2>Matewan (1987)</h2><table><tr><th>Director</th><td>John Sayles</td></tr><tr><th>Runtime</th><td>135'</td></tr></table></article>
<article><h2>METROPOLIS</h2><dl><dt>Director</dt><dd>Fritz Lang</dd><dt>Running time</dt><dd>2 hr 33 min</dd></dl></article>`;
    const r = parseCatalogue(html, { format: "html" });
    expect(r.entries.map((e) => [e.film.title, e.film.year, e.film.directors, e.film.runtimeMinutes])).toEqual([
      ["Matewan", 1987, ["John Sayles"], 135],
      ["Metropolis", null, ["Fritz Lang"], 153],
    ]);
    expect(r.entries[1]?.sourceLines).toEqual({ from: 2, to: 2 });
  });
  it("inline markup in a text file keeps line numbers", () => {
    const r = parseCatalogue("Intro\n\n\nA story. <b>Bread and Roses</b> &mdash; dir. Ken Loach, 2000, 110 min.", { format: "text" });
    expect(r.entries.map((e) => e.film.title)).toEqual(["Intro", "Bread and Roses"]);
    expect(r.entries[1]?.sourceLines).toEqual({ from: 4, to: 4 });
    expect(r.entries[1]?.film.synopsis).toBe("A story.");
  });
  it("detects formats", () => {
    expect(detectFormat("a,b", "text/csv")).toBe("csv");
    expect(detectFormat("a", "text/tab-separated-values")).toBe("tsv");
    expect(detectFormat("x", "text/html; charset=utf-8")).toBe("html");
    expect(detectFormat("x", undefined, "films.TSV")).toBe("tsv");
    expect(detectFormat("<!DOCTYPE html><html><body>x</body></html>")).toBe("html");
    expect(detectFormat("<p>a</p><p>b</p><div>c</div>")).toBe("html");
    expect(detectFormat("Title,Director,Runtime\nA,B,90")).toBe("csv");
    expect(detectFormat("Title\tDirector\tYear\nA\tB\t1990")).toBe("tsv");
    expect(detectFormat("Matewan (1987)\nDirected by: John Sayles, Jr.")).toBe("text");
    expect(detectFormat("A story. <b>Bread and Roses</b> &mdash; dir. Ken Loach")).toBe("text");
  });
});

describe("runtime spellings in prose credits", () => {
  it.each([
    ["94 min", 94],
    ["107 mins", 107],
    ["94 minutes", 94],
    ["1 hr 22 min", 82],
    ["2 hrs 15 min", 135],
    ["1h30", 90],
    ["135'", 135],
    ["46 sec", 1],
    ["1:27", 87],
  ])("%s", (spelling, minutes) => {
    expect(one(`Matewan\nUSA, 1987, ${spelling}`).runtimeMinutes).toBe(minutes);
    expect(one(`Title: Matewan\nRunning Time: ${spelling}`).runtimeMinutes).toBe(minutes);
  });
});

describe("personal data", () => {
  it.each([
    "+351 912 345 678",
    "(555) 123-4567",
    "555-123-4567",
    "07700 900123",
    "jane.doe@example.org",
    "Rua Augusta 12, 1200-123 Lisboa",
    "123 Main Street",
  ])("%s", (pd) => {
    expect(findPersonalData(`Contact ${pd} please`).length).toBeGreaterThan(0);
    const f = one(`Title: Matewan\nSynopsis: Miners strike. For prints write to ${pd}.`);
    const { internalNotes, flags, ...pub } = f;
    expect(JSON.stringify(pub)).not.toContain(pd);
    expect(internalNotes).toContain(pd);
    expect(flags).toContain("personal-data");
    expect(f.synopsis).toMatch(/^Miners strike\./);
  });
  it("leaves years, runtimes and ordinary numbers alone", () => {
    for (const t of ["USA, 1954, b&w, 94 min", "1914 1918 1939", "1:27:30", "a 2,000,000 budget", "ISBN 978"])
      expect(findPersonalData(t)).toEqual([]);
  });
  it("strips the lead-in word", () => {
    expect(stripPersonalData("Equal pay. Contact 07700 900123.")).toEqual({ text: "Equal pay.", removed: ["Contact 07700 900123"] });
  });
});

describe("CSV and TSV", () => {
  it("maps header synonyms", () => {
    expect(
      suggestMapping([
        "Film",
        "Directed by",
        "Running time (min)",
        "Country of production",
        "Languages",
        "Subs",
        "Logline",
        "Original title",
        "Print source",
      ]),
    ).toEqual({
      Film: "title",
      "Directed by": "directors",
      "Running time (min)": "runtimeMinutes",
      "Country of production": "countries",
      Languages: "languages",
      Subs: "subtitles",
      Logline: "synopsis",
      "Original title": "originalTitle",
      "Print source": null,
    });
  });
  it("reads quoted fields with commas and newlines; unmapped columns go to notes", () => {
    const csv =
      'Title,Director,Runtime,Year,Synopsis,Print source\n"Matewan","John Sayles",135,1987,"Coal, strikes\nand guns",35mm\n"Two Days, One Night","Jean-Pierre Dardenne; Luc Dardenne",1h35,2014,,DCP\n';
    const r = parseCatalogue(csv, { format: "csv" });
    expect(r.entries.map((e) => [e.film.title, e.film.directors, e.film.runtimeMinutes, e.film.year])).toEqual([
      ["Matewan", ["John Sayles"], 135, 1987],
      ["Two Days, One Night", ["Jean-Pierre Dardenne", "Luc Dardenne"], 95, 2014],
    ]);
    expect(r.entries[0]?.film.synopsis).toBe("Coal, strikes\nand guns"); // line breaks inside a spreadsheet cell are kept;
    expect(r.entries[0]?.film.internalNotes).toBe("Print source: 35mm");
    expect(r.entries[0]?.sourceLines).toEqual({ from: 2, to: 3 });
    expect(r.entries[1]?.sourceLines).toEqual({ from: 4, to: 4 });
    expect(r.mapping?.Runtime).toBe("runtimeMinutes");
  });
  it("reads TSV", () => {
    const r = parseCatalogue("Title\tDirectors\tCountries\tMinutes\nMetropolis\tFritz Lang\tGermany\t153\n", { format: "tsv" });
    expect(r.entries[0]?.film).toMatchObject({
      title: "Metropolis",
      directors: ["Fritz Lang"],
      countries: ["Germany"],
      runtimeMinutes: 153,
      flags: [],
    });
  });
  it("throws a clear error on unbalanced quotes", () => {
    expect(() => parseCatalogue('Title,Director\n"Matewan,John Sayles\nMetropolis,Fritz Lang\n', { format: "csv" })).toThrow(
      /unbalanced quotes near line 2/,
    );
  });
  it("lets the programmer override the mapping", () => {
    const csv = "Name,Who,Mins\nMatewan,John Sayles,135\n";
    const auto = parseCatalogue(csv, { format: "csv" });
    expect(auto.entries[0]?.film.directors).toEqual([]);
    expect(auto.entries[0]?.film.internalNotes).toContain("Who: John Sayles");
    const r = parseCatalogue(csv, { format: "csv", mapping: { Who: "directors", Name: null } });
    expect(r.entries[0]?.film.directors).toEqual(["John Sayles"]);
    expect(r.entries[0]?.film.title).toBeNull();
    expect(r.entries[0]?.film.internalNotes).toBe("Name: Matewan");
    expect(r.mapping).toMatchObject({ Who: "directors", Name: null, Mins: "runtimeMinutes" });
  });
  it("flags personal data in CSV cells", () => {
    const r = parseCatalogue("Title,Synopsis\nMatewan,Call +351 912 345 678 for the print.\n", { format: "csv" });
    expect(r.entries[0]?.film.synopsis).not.toContain("912");
    expect(r.entries[0]?.film.flags).toContain("personal-data");
  });
});

describe("decodeInput and size", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it("utf-8 with and without BOM", () => {
    expect(decodeInput(new TextEncoder().encode("Café"))).toEqual({ text: "Café", encoding: "utf-8" });
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café")))).toEqual({ text: "Café", encoding: "utf-8-bom" });
  });
  it("utf-16 with BOM", () => {
    expect(decodeInput(bytes(0xff, 0xfe, 0x43, 0, 0xe9, 0))).toEqual({ text: "Cé", encoding: "utf-16le" });
    expect(decodeInput(bytes(0xfe, 0xff, 0, 0x43, 0, 0xe9))).toEqual({ text: "Cé", encoding: "utf-16be" });
  });
  it("windows-1252 when not valid utf-8", () => {
    expect(decodeInput(bytes(0x43, 0x61, 0x66, 0xe9))).toEqual({ text: "Café", encoding: "windows-1252" });
    expect(decodeInput(bytes(0x93, 0x41, 0x94))).toEqual({ text: "“A”", encoding: "windows-1252" });
  });
  it("binary and empty", () => {
    expect(decodeInput(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toEqual({
      error: "looks like a binary file, not text",
    });
    expect(decodeInput(bytes(1, 2, 3, 4, 5, 0x41))).toEqual({ error: "looks like a binary file, not text" });
    expect(decodeInput(bytes())).toEqual({ error: "the file is empty" });
    expect(decodeInput(new TextEncoder().encode(" \n\t "))).toEqual({ error: "the file is empty" });
  });
  it("size limits", () => {
    expect(checkImportSize("Title: A")).toBeNull();
    expect(checkImportSize("x".repeat(MAX_IMPORT_CHARS + 1))).toMatch(/limited/);
    // the entry limit is enforced while reading (limit.test.ts)
    expect(parseCatalogue("Title: A\n\n".repeat(20_001)).overLimit).toBe(true);
  });
});

describe("dedupe and proposed actions", () => {
  const film = (id: number, title: string | null, over: Partial<Film> = {}): Film => catalogueFilm(id, { title, ...over });
  it("dedupeKey", () => {
    expect(dedupeKey({ title: "The Organizer", year: 1963, directors: [], runtimeMinutes: null })).toBe("t:organizer:1963");
    expect(dedupeKey({ title: "Le Gamin au vélo!", year: null, directors: [], runtimeMinutes: 87 })).toBe("t:gaminauvelo:");
    expect(dedupeKey({ title: "THE  ORGANIZER", year: 1963, directors: ["X"], runtimeMinutes: 1 })).toBe("t:organizer:1963");
    expect(dedupeKey({ title: "Die Another Day", year: 2002, directors: [], runtimeMinutes: null })).toBe("t:anotherday:2002");
    expect(dedupeKey({ title: null, year: 2014, directors: ["Luc Dardenne", "Jean-Pierre Dardenne"], runtimeMinutes: 95 })).toBe(
      "u:jeanpierredardenne,lucdardenne:2014:95",
    );
    expect(dedupeKey({ title: null, year: null, directors: ["Agnès Varda"], runtimeMinutes: null })).toBe("u:agnesvarda::");
  });
  it("same, possible duplicate, duplicate in paste, new", () => {
    const r = parseCatalogue(
      "Matewan (1987)\nDirector: John Sayles\nRuntime: 135\n\nMetropolis (1927)\nDirector: Fritz Lang\nRuntime: 118\n\nMatewan (1987)\nRuntime: 135\n\nModern Times\nRuntime: 87\n\nModern Times\nRuntime: 88\n\nDirected by: Nigel Cole\nRuntime: 113\nYear: 2010",
    );
    const existing = [
      film(1, "Matewan", { year: 1987, directors: ["John Sayles"], runtimeMinutes: 135 }),
      film(2, "Metropolis", { year: 1927, directors: ["Fritz Lang"], runtimeMinutes: 153 }),
    ];
    expect(proposeActions(r.entries, existing)).toEqual([
      { index: 0, action: "same", filmId: 1 },
      { index: 1, action: "possible-duplicate", filmId: 2 },
      { index: 2, action: "same", filmId: 1 },
      { index: 3, action: "new" },
      { index: 4, action: "duplicate-in-paste", ofIndex: 3 },
      { index: 5, action: "new" },
    ]);
    const again = proposeActions(r.entries.slice(5), [film(9, null, { year: 2010, directors: ["Nigel Cole"], runtimeMinutes: 113 })]);
    expect(again).toEqual([{ index: 5, action: "same", filmId: 9 }]);
  });
});
