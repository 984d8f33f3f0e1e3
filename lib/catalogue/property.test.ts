import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemAt } from "@/lib/lists";
import { parseCatalogue } from "./index";

const WORDS = [
  "Salt",
  "Earth",
  "River",
  "Night",
  "Factory",
  "Strike",
  "Union",
  "Red",
  "Harvest",
  "Café",
  "Tom & Jerry",
  "L’Argent",
  "Bread",
  "Roses",
  "Miners",
  "Coal",
  "Winter",
  "Harbour",
  "Loom",
  "Picket",
];
const FIRST = ["Ana", "Jean-Pierre", "Wang", "Luc", "Agnès", "Pedro", "Mary", "Ken", "Avi", "Naomi"];
const LAST = ["Costa", "Dardenne", "Bing", "Varda", "Loach", "Lewis", "Klein", "Sayles", "Pinho", "Reis"];
const RUNTIMES = ["94 min", "107 mins", "2 hrs 15 min", "1 hr 22 min", "1:27", "135'", "46 sec", "94 Minutes", "1h30"];
const NOISE = [
  "Website: N/a",
  "NOT RATED",
  "Official Selection, 2014 Cannes Film Festival",
  "Category Archives: Strikes &amp; Organizing",
  "Tags: labour, film",
];

interface Gen {
  title: string | null;
  director: string;
  runtime: string | null;
  year: number;
  layout: number;
  noise: string | null;
  entity: boolean;
}

const genEntry: fc.Arbitrary<Gen> = fc.record({
  title: fc.option(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
    { freq: 4 },
  ),
  director: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([a, b]) => `${a} ${b}`),
  runtime: fc.option(fc.constantFrom(...RUNTIMES), { freq: 5 }),
  year: fc.integer({ min: 1895, max: 2025 }),
  layout: fc.integer({ min: 0, max: 4 }),
  noise: fc.option(fc.constantFrom(...NOISE), { freq: 3 }),
  entity: fc.boolean(),
});

const esc = (s: string, entity: boolean) => (entity ? s.replace(/&/g, "&amp;").replace(/’/g, "&#8217;") : s);

/** One entry in one of the layouts archives use; returns its text and whether it must start on a fresh block. */
function render(g: Gen): { text: string; strongBreak: boolean } {
  const t = g.title === null ? null : esc(g.title, g.entity);
  const noise = g.noise ? [g.noise] : [];
  const rt = g.runtime;
  const layout = t === null ? 4 : g.layout;
  switch (layout) {
    case 0: // labelled
      return {
        text: [`Title: ${t}`, `Director: ${g.director}`, ...(rt ? [`Running Time: ${rt}`] : []), ...noise, `Year: ${g.year}`].join("\n"),
        strongBreak: false,
      };
    case 1: // sample style
      return {
        text: [
          `${t} (${g.year})`,
          "",
          `Directed by:  ${g.director}`,
          ...(rt ? [`Running Time: ${rt}`] : []),
          "Starring: N/A",
          "",
          ...noise,
          "",
          "Synopsis: Workers walk out.",
        ].join("\n"),
        strongBreak: false,
      };
    case 2: // all caps title + prose credits
      return {
        text: [
          (t ?? "").toUpperCase(),
          `A mill town stops. DIR ${g.director}; PROD Ana Reis. France, ${g.year}, b&w${rt ? `, ${rt}` : ""}. In French with English subtitles.`,
          ...noise,
        ].join("\n"),
        strongBreak: false,
      };
    case 3: // one line
      return {
        text: [`${t} ${g.entity ? "&mdash;" : "–"} ${g.director}, ${g.year}${rt ? `, ${rt}` : ""}`, ...noise].join("\n"),
        strongBreak: false,
      };
    default: // untitled prose (or a dash title inside prose)
      return {
        text: [
          ...noise,
          `A dispute on the shop floor. ${t ? `<b>${t}</b> &mdash; ` : ""}${t ? "dir." : "Directed by"} ${g.director}; ${g.year}${rt ? `; ${rt}` : ""}.`,
        ].join("\n"),
        strongBreak: true,
      };
  }
}

const SEPARATORS = ["\n\n\n", "\n\n", "\n---\n", "\n\n***\n\n", "\n\n\n\n"];

const genPage = fc.tuple(
  fc.array(genEntry, { minLength: 1, maxLength: 12 }),
  fc.array(fc.integer({ min: 0, max: SEPARATORS.length - 1 }), { minLength: 12, maxLength: 12 }),
);

function page([entries, seps]: [Gen[], number[]]): string {
  let out = "";
  entries.forEach((g, i) => {
    const { text, strongBreak } = render(g);
    if (i > 0) {
      let sep = itemAt(SEPARATORS, itemAt(seps, i));
      if (strongBreak && sep === "\n\n") sep = "\n\n\n";
      out += sep;
    }
    out += text;
  });
  return out;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&amp;/g, "&")
    .replace(/&#8217;/g, "’");

describe("property: the text reader never throws and never drops a film", () => {
  it("finds every generated film in order", () => {
    fc.assert(
      fc.property(genPage, (p) => {
        const text = page(p);
        const r = parseCatalogue(text, { format: "text" });
        expect(r.entries.length).toBeGreaterThanOrEqual(p[0].length);
        const titles = r.entries.map((e) => (e.film.title ?? "").toLowerCase());
        let at = 0;
        for (const g of p[0]) {
          const { title } = g;
          if (title === null) continue;
          const i = titles.findIndex((t, k) => k >= at && t === norm(title));
          expect(i, `title ${g.title} in ${JSON.stringify(titles)}\n${text}`).toBeGreaterThanOrEqual(at);
          at = i + 1;
        }
        const directors = r.entries.flatMap((e) => e.film.directors);
        for (const g of p[0]) expect(directors).toContain(g.director);
      }),
      { numRuns: 300 },
    );
  });

  it("reads the same films from the page rendered as HTML", () => {
    fc.assert(
      fc.property(fc.array(genEntry, { minLength: 1, maxLength: 10 }), (entries) => {
        const html =
          "<html><head><script>var x = 'Title: Bogus';</script></head><body><nav>Home | About</nav>" +
          entries
            .map((g) =>
              g.title === null
                ? `<article><p>A dispute. Directed by ${g.director}; ${g.year}${g.runtime ? `; ${g.runtime}` : ""}.</p></article>`
                : `<article><h2>${esc(g.title, true)} (${g.year})</h2>\n<p>Directed by: ${g.director}<br>\n${g.runtime ? `Running Time: ${g.runtime}<br>` : ""}${g.noise ? esc(g.noise, false) : ""}</p><p>Workers &amp; bosses.</p></article>`,
            )
            .join("\n") +
          "</body></html>";
        const r = parseCatalogue(html, { format: "html" });
        expect(r.entries.map((e) => e.film.title?.toLowerCase() ?? null)).toEqual(
          entries.map((g) => (g.title === null ? null : norm(g.title))),
        );
        expect(r.entries.map((e) => e.film.directors)).toEqual(entries.map((g) => [g.director]));
        expect(r.entries.map((e) => e.film.year)).toEqual(entries.map((g) => g.year));
        expect(r.entries.every((e) => e.film.runtimeMinutes === null || e.film.runtimeMinutes > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text, markup or CSV-looking input", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        "Title:",
        "Director:",
        "\n",
        "\n\n",
        "<b>",
        "</p>",
        "&amp;",
        "&#8217;",
        "<script>",
        "---",
        "(1987)",
        " - ",
        "DIR ",
        "dir. ",
        "94 min",
        ",",
        "\t",
        '"',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom("text", "html" as const), (parts, format) => {
        const text = parts.join("");
        const r = parseCatalogue(text, { format });
        expect(r.warnings.some((w) => w.startsWith("could not read"))).toBe(false);
        for (const e of r.entries) {
          expect(e.sourceLines.from).toBeGreaterThanOrEqual(1);
          expect(e.sourceLines.to).toBeGreaterThanOrEqual(e.sourceLines.from);
        }
        expect(() => parseCatalogue(text)).not.toThrow(/^(?!unbalanced quotes)/);
      }),
      { numRuns: 400 },
    );
  });
});
