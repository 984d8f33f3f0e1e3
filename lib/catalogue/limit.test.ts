/**
 * The import's entry limit holds for every layout and is enforced while reading: a text over
 * the limit is read only up to the first entry over it.
 */
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ENTRIES, parseCatalogue } from "./index";
import { segment } from "./segment";

const oneLine = (n: number) => Array.from({ length: n }, (_, i) => `F${i} - J Doe, ${1950 + (i % 70)}, ${60 + (i % 100)} min`).join("\n");
const labelled = (n: number) => Array.from({ length: n }, (_, i) => `Title: Film ${i}\nDirector: Jane Doe\nRuntime: 90 min\n`).join("\n");
const csv = (n: number) =>
  ["Title,Director,Year", ...Array.from({ length: n }, (_, i) => `Film ${i},Jane Doe,${1950 + (i % 70)}`)].join("\n");
const tsv = (n: number) => ["Title\tDirector\tYear", ...Array.from({ length: n }, (_, i) => `Film ${i}\tJane Doe\t1987`)].join("\n");
const html = (n: number) =>
  Array.from({ length: n }, (_, i) => `<h2>Film ${i}</h2><p>Director: Jane Doe</p><p>Runtime: 90 min</p>`).join("");

/** [layout, text of n entries] */
const LAYOUTS: [string, (n: number) => string][] = [
  ["one film per line", oneLine],
  ["labelled entries", labelled],
  ["CSV", csv],
  ["TSV", tsv],
  ["HTML", html],
];

describe("the entry limit", () => {
  const max = 40;
  it.each(LAYOUTS)("%s: exactly the limit is read", (_layout, make) => {
    const r = parseCatalogue(make(max), { maxEntries: max });
    expect(r.overLimit).toBeFalsy();
    expect(r.entries).toHaveLength(max);
  });
  it.each(LAYOUTS)("%s: one more is over the limit, nothing read", (_layout, make) => {
    const r = parseCatalogue(make(max + 1), { maxEntries: max });
    expect(r.overLimit).toBe(true);
    expect(r.entries).toEqual([]);
  });
  it("defaults to MAX_IMPORT_ENTRIES (20,000): 20,001 one-line entries are over", () => {
    expect(MAX_IMPORT_ENTRIES).toBe(20_000);
    expect(parseCatalogue(oneLine(MAX_IMPORT_ENTRIES + 1)).overLimit).toBe(true);
  });
  it("stops at the first entry over the limit: the rest of the text is never read", () => {
    const lines = oneLine(10_000)
      .split("\n")
      .map((text, i) => ({ text, from: i + 1, to: i + 1 }));
    const r = segment(lines, 100);
    expect(r.overLimit).toBe(true);
    const read = r.infos.filter(Boolean).length;
    expect(read).toBeGreaterThan(100);
    expect(read).toBeLessThan(110);
  });
  it("lines that are not films do not count", () => {
    const notes = Array.from({ length: 100 }, (_, i) => `note ${i}: call the distributor`).join("\n\n");
    const r = parseCatalogue(`${notes}\n\n${labelled(max)}`, { maxEntries: max });
    expect(r.overLimit).toBeFalsy();
    expect(r.entries).toHaveLength(max);
  });
});
