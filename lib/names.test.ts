import { describe, expect, it } from "vitest";
import { displayTitle, filmSegment, idFromSegment, programmeTitle, slugify } from "./names";

describe("names: named boundary cases", () => {
  it.each([
    { name: "accents and punctuation", text: "Ça ira!", slug: "ca-ira" },
    { name: "ampersand", text: "Bread & Roses", slug: "bread-and-roses" },
    { name: "only symbols", text: "<>!!", slug: "" },
    { name: "emoji", text: "Strike ✊ now", slug: "strike-now" },
  ])("slugify $name", ({ text, slug }) => expect(slugify(text)).toBe(slug));

  it.each([
    { name: "titled", film: { title: "Matewan", directors: ["John Sayles"], year: 1987 }, shown: "Matewan" },
    {
      name: "untitled with director and year",
      film: { title: null, directors: ["Pedro Pinho"], year: 2017 },
      shown: "Untitled (Pedro Pinho, 2017)",
    },
    { name: "untitled with nothing", film: { title: null, directors: [], year: null }, shown: "Untitled" },
    { name: "blank title counts as untitled", film: { title: "  ", directors: [], year: 1954 }, shown: "Untitled (1954)" },
  ])("displayTitle $name", ({ film, shown }) => expect(displayTitle(film)).toBe(shown));

  it("film segments round trip the id", () => {
    const seg = filmSegment({ id: 12, title: "Salt of the Earth", directors: [], year: null });
    expect(seg).toBe("12-salt-of-the-earth");
    expect(idFromSegment(seg)).toBe(12);
    expect(idFromSegment("salt")).toBeNull();
    expect(
      programmeTitle([
        { title: "A", directors: [], year: null },
        { title: null, directors: ["B"], year: null },
      ]),
    ).toBe("A + Untitled (B)");
  });
});
