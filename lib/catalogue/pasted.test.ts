/**
 * Pasted text (archive pages, spreadsheets) is read into the same film as the text typed by
 * hand: the importer applies lib/text.ts's rule, as the forms and the API do.
 */
import { describe, expect, it } from "vitest";
import { parseCatalogue, proposeActions } from "./index";

const TYPED = "Title: Salt of the Earth\nDirector: Herbert Biberman\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners strike.\n";

/** [name, pasted text] each read as exactly TYPED is */
const PASTED: [string, string][] = [
  [
    "no-break spaces",
    "Title:\u00a0Salt\u00a0of\u00a0the Earth\nDirector: Herbert\u00a0Biberman\nYear: 1954\nRuntime: 94\u00a0min\nSynopsis: Miners\u00a0strike.\n",
  ],
  [
    "narrow, figure and ideographic spaces",
    "Title: Salt\u202fof\u2007the\u3000Earth\nDirector: Herbert Biberman\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners strike.\n",
  ],
  [
    "zero-width spaces and joiners",
    "Title: Salt of\u200b the\u200d Earth\u200c\nDirector: Herbert Biberman\u200b\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners strike.\n",
  ],
  [
    "soft hyphens",
    "Title: Salt of the Ear\u00adth\nDirector: Her\u00adbert Bi\u00adber\u00adman\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners strike.\n",
  ],
  [
    "a byte-order mark at the start and inside",
    "\ufeffTitle: Salt of the Earth\ufeff\nDirector: Herbert Biberman\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners strike.\n",
  ],
  ["CR line ends", TYPED.replace(/\n/g, "\r")],
  ["CRLF line ends", TYPED.replace(/\n/g, "\r\n")],
  [
    "control characters are left out",
    "Title: Salt of the\u0000 Earth\u001b\nDirector: Herbert Biberman\nYear: 1954\nRuntime: 94 min\nSynopsis: Miners\u0007 strike.\n",
  ],
  [
    "HTML with &nbsp; and &shy;",
    "<p><b>Title:</b>&nbsp;Salt of the Ear&shy;th</p><p>Director: Herbert&nbsp;Biberman</p><p>Year: 1954</p><p>Runtime: 94 min</p><p>Synopsis: Miners strike.</p>",
  ],
];

describe("pasted text is read as typed", () => {
  const typed = parseCatalogue(TYPED).entries[0]?.film;
  it("the typed entry", () => {
    expect(typed).toMatchObject({ title: "Salt of the Earth", directors: ["Herbert Biberman"], year: 1954, runtimeMinutes: 94 });
  });
  it.each(PASTED)("%s", (_name, pasted) => {
    const r = parseCatalogue(pasted);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.film).toEqual(typed);
  });
  it.each(PASTED)("%s: the same film as the one in the catalogue", (_name, pasted) => {
    const existing = { ...(typed as NonNullable<typeof typed>), image: null, id: 7, version: 1 };
    const entries = parseCatalogue(pasted).entries;
    expect(proposeActions(entries, [existing])).toEqual([{ index: 0, action: "same", filmId: 7 }]);
  });
  it("decomposed accents are composed (NFC)", () => {
    expect(parseCatalogue("Title: Cafe\u0301 Lumie\u0300re\nYear: 2003\n").entries[0]?.film.title).toBe("Café Lumière");
  });
  it("prose with no-break spaces and CRLF reads as one clean synopsis", () => {
    const film = parseCatalogue(
      "Title: Matewan\r\nDirector: John Sayles\r\n\r\nA strike in\u00a0West Virginia.\r\nMiners and\u00a0their families.\r\n",
    ).entries[0]?.film;
    expect(film?.synopsis).toBe("A strike in West Virginia. Miners and their families.");
  });
});
