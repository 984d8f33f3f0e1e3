import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { CSV_HEADER, csvField, neutraliseFormula, renderScheduleCsv } from "./csv";
import { festivalProgramme, lisbonProgramme, TICKET_URL, TICKET_URL_42, TRICKY_TITLES, tokyoProgramme } from "./test-programmes";

const lisbon = lisbonProgramme();
const text = renderScheduleCsv(lisbon);
const rows: string[][] = parse(text, { bom: true, relax_column_count: false });
const unneutralise = (v = "") => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

describe("renderScheduleCsv", () => {
  it("starts with a UTF-8 BOM, uses CRLF, and has the header row", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(rows[0]).toEqual([...CSV_HEADER]);
  });

  it("one row per screening in start order, saying what the public pages say", () => {
    expect(rows).toHaveLength(lisbon.screenings.length + 1);
    lisbon.screenings.forEach((s, i) => {
      const row = itemAt(rows, i + 1);
      const cell = Object.fromEntries(CSV_HEADER.map((name, k) => [name, row[k]]));
      expect({ ...cell, titles: unneutralise(cell.titles) }).toMatchObject({
        date: s.localDate,
        festival_day: s.festivalDay,
        start: s.startTime,
        end: s.endTime,
        venue: s.venue.name,
        titles: s.title,
        runtime_minutes: s.runtimeMinutes == null ? "" : String(s.runtimeMinutes),
        status: s.status,
      });
    });
  });

  it("the DST-night screening: local date the 25th, festival day the 24th, 00:30-02:30", () => {
    expect(rows.find((r) => r[5] === "Metropolis")).toEqual([
      "2026-10-25",
      "2026-10-24",
      "00:30",
      "02:30",
      "Cinema 1",
      "Metropolis",
      "Fritz Lang",
      "153",
      "confirmed",
      // issue 15's columns, after the old ones: no programme title, no guests, the film's languages
      "",
      "",
      "German",
      "English",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("cancelled multi-film programme", () => {
    expect(rows.find((r) => r[5]?.startsWith("Pier 9 +"))).toEqual([
      "2026-10-24",
      "2026-10-24",
      "18:00",
      "19:00",
      "Hall B",
      "Pier 9 + Untitled (Tomás Reis, 2023)",
      "Jane Doe; Tomás Reis",
      "23",
      "cancelled",
      "",
      "",
      "pt-BR; Portuguese",
      "English",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("neutralises formula cells", () => {
    const cells = rows.flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${TRICKY_TITLES.formula}`);
    expect(cells).toContain(`'${TRICKY_TITLES.plus}`);
    expect(cells).toContain(`'${TRICKY_TITLES.minus} + ${TRICKY_TITLES.at}`);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells).toContain("'@attacker");
  });

  it("round-trips quotes, commas, newlines, accents and emoji", () => {
    const titles = rows.slice(1).map((r) => unneutralise(r[5]));
    expect(titles).toContain(`${TRICKY_TITLES.quotes} + ${TRICKY_TITLES.accents}`);
    expect(titles).toContain(TRICKY_TITLES.newline);
    expect(titles).toContain(TRICKY_TITLES.plus);
    expect(rows.find((r) => r[5]?.startsWith("Tom &"))?.[6]).toBe("Ana <Silva> & Co; Çelik Öz");
  });

  it("works for another zone", () => {
    const t: string[][] = parse(renderScheduleCsv(tokyoProgramme()), { bom: true });
    expect(t.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["2027-03-01", "2027-03-01", "19:00", "21:30"],
      ["2027-03-02", "2027-03-01", "01:00", "04:30"],
      ["2027-03-03", "2027-03-02", "04:30", "05:30"],
    ]);
  });
});

describe("renderScheduleCsv: programmes, guests, language and access, tickets (issue 15)", () => {
  const festival: string[][] = parse(renderScheduleCsv(festivalProgramme()), { bom: true, relax_column_count: false });
  const byColumn = (row: string[] | undefined) => Object.fromEntries(CSV_HEADER.map((name, k) => [name, row?.[k]]));

  it("keeps the old columns first, in their order, and appends the new ones", () => {
    expect(CSV_HEADER.slice(0, 9)).toEqual([
      "date",
      "festival_day",
      "start",
      "end",
      "venue",
      "titles",
      "directors",
      "runtime_minutes",
      "status",
    ]);
    expect(festival[0]).toEqual([...CSV_HEADER]);
    expect(CSV_HEADER.slice(9)).toEqual([
      "programme_title",
      "guests",
      "languages",
      "subtitles",
      "accessibility",
      "format",
      "section",
      "rating",
      "availability",
      "ticket_url",
    ]);
  });

  it("a named programme: its title, guests, languages, subtitles override, access marks in words, format, section, ratings, sold out, ticket link", () => {
    expect(byColumn(festival[1])).toEqual({
      date: "2026-10-24",
      festival_day: "2026-10-24",
      start: "18:00",
      end: "19:30",
      venue: "Hall B",
      titles: "Shorts: Work & Hands",
      directors: "Ana Ferreira; Kim Lee",
      runtime_minutes: "30",
      status: "confirmed",
      programme_title: "Shorts: Work & Hands",
      guests: "Ana Ferreira (director); Rui Lopes (moderator)",
      languages: "English; Korean",
      subtitles: "Portuguese",
      accessibility: "Open captions; Step-free access",
      format: "DCP",
      section: "Shorts",
      rating: "12; 16",
      availability: "Sold out",
      ticket_url: TICKET_URL,
    });
  });

  it("tickets: the availability in words and the ticket link as stored", () => {
    expect(byColumn(festival[3])).toMatchObject({ availability: "Few tickets left", ticket_url: TICKET_URL_42 });
  });

  it("a plain film screening: the old columns as before, the new ones empty", () => {
    expect(festival[2]).toEqual([
      "2026-10-24",
      "2026-10-24",
      "21:00",
      "22:45",
      "Cinema 1",
      "Plain Film",
      "Jo Plain",
      "95",
      "confirmed",
      ...Array(10).fill(""),
    ]);
  });
});

describe("csv cells", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["a\nb", '"a\nb"'],
    ["a\rb", '"a\rb"'],
    ["", ""],
  ])("csvField(%j) = %j", (input, out) => expect(csvField(input)).toBe(out));

  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@x", "'@x"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a=b", "a=b"],
    ["'quoted", "'quoted"],
  ])("neutraliseFormula(%j) = %j", (input, out) => expect(neutraliseFormula(input)).toBe(out));
});
