import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldsFromZod } from "./errors";
import { editionPatch, filmEdit, filmInput, filmPatch, releaseInput, slotPatch, userPatch, venueInput, venuePatch } from "./schemas";

/** Every schema that changes part of a record: what it gives back holds exactly the fields sent. */
const PATCHES: [string, z.ZodType, Record<string, unknown>][] = [
  ["film", filmPatch, { title: "t2", version: 1 }],
  ["film edit in the import preview", filmEdit, { runtimeMinutes: "2:10" }],
  ["edition", editionPatch, { name: "Fest" }],
  ["venue", venuePatch, { name: "Hall C" }],
  ["slot", slotPatch, { venueId: 2 }],
  ["user", userPatch, { name: "Ana" }],
];

describe("patch schemas change exactly the fields sent", () => {
  it.each(PATCHES)("%s: nothing sent, nothing changed", (_name, schema) => {
    expect(schema.parse({})).toEqual({});
  });
  it.each(PATCHES)("%s: one field sent, one field changed", (_name, schema, one) => {
    expect(Object.keys(schema.parse(one) as object).sort()).toEqual(Object.keys(one).sort());
  });
  it("creating still fills the defaults", () => {
    expect(filmInput.parse({ title: "t" })).toMatchObject({ directors: [], cast: [], countries: [], languages: [], originalTitle: null });
    expect(venueInput.parse({ name: "Hall" })).toMatchObject({ changeoverMinutes: 0, capacity: null });
  });
  it("null and [] still clear a field", () => {
    expect(filmPatch.parse({ title: null, directors: [] })).toEqual({ title: null, directors: [] });
  });
});

/** [name, field named, schema, input, message] */
const TEXT: [string, string, z.ZodType, Record<string, unknown>, RegExp][] = [
  ["NUL in a title", "title", filmInput, { title: "Mate\u0000wan" }, /U\+0000 \(NUL\) at character 5/],
  ["ESC in a list item", "directors.1", filmInput, { directors: ["Ok", "Bad\u001b"] }, /U\+001B \(ESC\)/],
  ["a lone surrogate in a synopsis", "synopsis", filmInput, { synopsis: "a\ud800" }, /lone surrogate/],
  ["a C1 control in a venue name", "name", venuePatch, { name: "Hall\u0085" }, /U\+0085/],
  ["a control character in a release note", "note", releaseInput, { note: "\u0007" }, /BEL/],
  ["a name of invisible characters only", "name", venueInput, { name: "\u200b\u00a0" }, /is required/],
  ["a list item of invisible characters only", "cast.0", filmInput, { cast: ["\ufeff"] }, /must not be empty/],
];

describe("text fields", () => {
  it.each(TEXT)("%s: refused naming %s", (_name, field, schema, input, message) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const fields = fieldsFromZod(r.error);
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toMatch(message);
  });
  it("are stored normalised: single-line fields on one line, multi-line fields with LF", () => {
    expect(
      filmInput.parse({ title: " Salt\u00a0of\u200b the\r\nEarth ", synopsis: "One\r\nTwo\rThree", directors: ["Herbert\u202fBiberman"] }),
    ).toMatchObject({
      title: "Salt of the Earth",
      synopsis: "One\nTwo\nThree",
      directors: ["Herbert Biberman"],
    });
  });
  it("the length limit counts the normalised text", () => {
    expect(filmInput.safeParse({ title: `${"x".repeat(300)}\u200b\u200b` }).success).toBe(true);
    expect(filmInput.safeParse({ title: "x".repeat(301) }).success).toBe(false);
  });
});
