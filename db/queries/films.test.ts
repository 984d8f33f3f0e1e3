import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, getDb } from "@/db/client";
import { emptyFilm } from "@/lib/catalogue/model";
import { freshDatabase } from "@/server/test/db";
import { escapeLike, getFilm, insertFilm, listFilms } from "./films";

const TITLES = ["Hundred% Cotton", "snake_case cinema", "Back\\slash", "Plain title", "Matewan", "MATEWAN two", "Café Lumière"];

beforeAll(() => {
  freshDatabase();
  for (const title of TITLES)
    insertFilm(getDb(), { ...emptyFilm(), title, directors: title === "Matewan" ? ["John Sayles"] : [], runtimeMinutes: 90 }, `t:${title}`);
});
afterAll(() => closeAll());

describe("escapeLike", () => {
  it.each([
    ["plain", "Matewan", "Matewan"],
    ["percent", "100%", "100\\%"],
    ["underscore", "a_b", "a\\_b"],
    ["backslash", "a\\b", "a\\\\b"],
    ["all three", "%_\\", "\\%\\_\\\\"],
  ])("%s", (_name, text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });
});

/** [name, query, titles found] */
const SEARCHES: [string, string, string[]][] = [
  ["% is a character, not a wildcard", "%", ["Hundred% Cotton"]],
  ["_ is a character, not a wildcard", "_", ["snake_case cinema"]],
  ["a backslash is a character", "\\", ["Back\\slash"]],
  ["% inside a word", "d% c", ["Hundred% Cotton"]],
  ["_ inside a word", "e_c", ["snake_case cinema"]],
  ["case-insensitive", "matewan", ["Matewan", "MATEWAN two"]],
  ["by director", "sayles", ["Matewan"]],
  ["accents as typed", "Lumière", ["Café Lumière"]],
  ["nothing", "zzz", []],
];

describe("listFilms search", () => {
  it.each(SEARCHES)("%s", (_name, q, titles) => {
    expect(listFilms(getDb(), q).map((f) => f.title)).toEqual(titles);
  });
  it("no query lists every film", () => {
    expect(listFilms(getDb()).length).toBe(TITLES.length);
  });
});

describe("reading back what an older version stored", () => {
  it("control characters and lone surrogates are left out of every text field", () => {
    const db = getDb();
    const film = insertFilm(db, { ...emptyFilm(), title: "Placeholder", runtimeMinutes: 90 }, "t:placeholder:");
    const sqlite = (db as unknown as { $client: { prepare(s: string): { run(...a: unknown[]): unknown } } }).$client;
    sqlite
      .prepare("update films set title = ?, directors = ?, synopsis = ?, internal_notes = ? where id = ?")
      .run("Bad\u0000 Title\u001b", '["Jane \\ud800Doe\\u0007"]', "One\u0085\nTwo", "\u0001note", film.id);
    const read = getFilm(db, film.id);
    expect(read).toMatchObject({ title: "Bad Title", directors: ["Jane Doe"], synopsis: "One\nTwo", internalNotes: "note" });
  });
});
