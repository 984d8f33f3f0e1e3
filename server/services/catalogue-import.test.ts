import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { allFilms } from "@/db/queries/films";
import type { User } from "@/server/auth";
import { freshDatabase, refusalOf } from "@/server/test/db";
import { commitImport, exportCatalogueCsv, previewImport } from "./catalogue-import";
import { createFilm, getFilm } from "./films";

const SAMPLE = fs.readFileSync(path.resolve(__dirname, "../../lib/catalogue/fixtures/archive-sample.txt"), "utf8");
let admin: User;

const comparable = (films: ReturnType<typeof allFilms>) =>
  films.map(({ id: _id, version: _v, ...f }) => f).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("catalogue import service", () => {
  beforeEach(() => {
    admin = freshDatabase().admin;
  });

  it("previews without writing, then commits all at once; importing the same text twice creates nothing", () => {
    const preview = previewImport(admin, SAMPLE);
    expect(preview.summary).toMatchObject({ entries: 14, new: 13, duplicates: 1 });
    expect(allFilms(getDb())).toHaveLength(0);
    const first = commitImport(admin, SAMPLE);
    expect(first.created).toHaveLength(13);
    const again = commitImport(admin, SAMPLE);
    expect(again.created).toHaveLength(0);
    expect(allFilms(getDb())).toHaveLength(13);
    const nigel = allFilms(getDb()).find((f) => f.directors.includes("Nigel Cole"))!;
    expect(nigel.flags).toContain("personal-data");
    expect(nigel.internalNotes).toContain("07700 900123");
  });

  it("a possible duplicate is merged into the existing film by default (filling what it lacks), or kept as a second film", () => {
    const existing = createFilm(admin, { title: "Matewan", year: 1987, runtimeMinutes: 120, directors: [] });
    const text = "Matewan (1987)\nDirector: John Sayles\nRunning Time: 135 min\n";
    const preview = previewImport(admin, text);
    expect(preview.entries[0]).toMatchObject({ action: "possible-duplicate", filmId: existing.id });
    const merged = commitImport(admin, text);
    expect(merged.created).toHaveLength(0);
    expect(merged.merged).toEqual([existing.id]);
    const film = allFilms(getDb()).find((f) => f.id === existing.id)!;
    expect(film).toMatchObject({ runtimeMinutes: 120, directors: ["John Sayles"], flags: [] });
    const other = "Matewan (1987)\nDirector: Someone Else\nRunning Time: 99 min\n";
    const kept = commitImport(admin, other, { decisions: { entries: [{ index: 0, duplicate: "keep-both" }] } });
    expect(kept.created).toHaveLength(1);
  });

  it("applies the programmer's edits and skips", () => {
    const text = "THE ORGANIZER\nDirector: Mario Monicelli\n\n\nMatewan (1987)\nDirector: John Sayles\n";
    const r = commitImport(admin, text, {
      decisions: {
        entries: [
          { index: 0, film: { runtimeMinutes: "2:10" } },
          { index: 1, skip: true },
        ],
      },
    });
    expect(r.created.map((f) => f.title)).toEqual(["The Organizer"]);
    // an edit changes exactly the fields it names: the directors read from the text stay
    const film = getFilm(admin, r.created[0]?.id ?? 0);
    expect([film.runtimeMinutes, film.directors]).toEqual([130, ["Mario Monicelli"]]);
  });

  it("refuses bad input with a clear message and writes nothing", () => {
    const cases: { name: string; body: Uint8Array | string; opts?: Parameters<typeof previewImport>[2]; code: string; message: RegExp }[] =
      [
        {
          name: "binary file",
          body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
          code: "bad_request",
          message: /binary/,
        },
        { name: "empty file", body: new Uint8Array([0x20, 0x0a]), code: "bad_request", message: /empty/ },
        { name: "over the size limit", body: new Uint8Array(6_000_000).fill(0x61), code: "payload_too_large", message: /limited to 5 MB/ },
        {
          name: "CSV with unbalanced quotes",
          body: 'Title,Year\n"Matewan,1987\nSalt of the Earth,1954\n',
          opts: { contentType: "text/csv" },
          code: "bad_request",
          message: /unbalanced quotes/,
        },
        {
          name: "a mapping to an unknown field",
          body: "Title,Year\nMatewan,1987\n",
          opts: { contentType: "text/csv", mapping: { Title: "boxOffice" as never } },
          code: "bad_request",
          message: /Title/,
        },
      ];
    for (const c of cases) {
      const e = refusalOf(() =>
        commitImport(admin, c.body, { ...c.opts, decisions: c.opts?.mapping ? { mapping: c.opts.mapping } : undefined }),
      );
      expect(e.code, c.name).toBe(c.code);
      expect(e.message, c.name).toMatch(c.message);
      expect(Object.keys(e.fields).length, c.name).toBeGreaterThan(0);
    }
    expect(allFilms(getDb())).toHaveLength(0);
  });

  it("reads Windows-1252 and UTF-8 with a BOM", () => {
    const cp1252 = new Uint8Array([
      ...Buffer.from("Title: Caf"),
      0xe9,
      ...Buffer.from(" Lumi"),
      0xe8,
      ...Buffer.from("re\nRuntime: 90 min\n"),
    ]);
    expect(previewImport(admin, cp1252).entries[0]?.film.title).toBe("Café Lumière");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Title: Ça ira\nRuntime: 80 min\n")]);
    const p = previewImport(admin, bom);
    expect(p.entries[0]?.film.title).toBe("Ça ira");
  });

  it("a failed commit leaves nothing behind (all or nothing)", () => {
    const text = "Title: Good Film\nRuntime: 90 min\n\n\nTitle: Second\nRuntime: 80 min\n";
    const e = refusalOf(() => commitImport(admin, text, { decisions: { entries: [{ index: 1, film: { year: 3000 } }] } }));
    expect(e.code).toBe("bad_request");
    expect(Object.keys(e.fields)[0]).toBe("entries.0.film.year");
    expect(allFilms(getDb())).toHaveLength(0);
  });

  it("personal data typed into a public field is moved to the internal notes and flagged", () => {
    const f = createFilm(admin, {
      title: "Strike",
      synopsis: "A strike film. Contact the director at jo@example.org or +351 912 345 678.",
      runtimeMinutes: 90,
    });
    expect(f.synopsis).not.toContain("912");
    expect(f.synopsis).not.toContain("jo@example.org");
    expect(f.internalNotes).toContain("+351 912 345 678");
    expect(f.flags).toContain("personal-data");
  });

  it("export then import into an empty database gives the same catalogue", () => {
    commitImport(admin, SAMPLE);
    createFilm(admin, {
      title: "=cmd|' /C calc'!A0",
      originalTitle: "Ça ira, l'usine",
      year: 2001,
      directors: ["Anna Øberg"],
      runtimeMinutes: 12,
      synopsis: 'Quotes "inside", commas, and\na second line',
      internalNotes: "call +351 912 345 678",
      rating: "M/16",
      section: "Shorts, late night",
    });
    createFilm(admin, { title: "Rated only", runtimeMinutes: 90, rating: "12" });
    const before = comparable(allFilms(getDb()));
    const csv = exportCatalogueCsv(admin);
    admin = freshDatabase().admin;
    const r = commitImport(admin, csv, { contentType: "text/csv" });
    expect(r.created).toHaveLength(before.length);
    expect(comparable(allFilms(getDb()))).toEqual(before);
    expect(allFilms(getDb()).find((f) => f.rating === "M/16")?.section).toBe("Shorts, late night");
  });

  it("imports rating and section from archive text and columns; a merge fills them when the film has none", () => {
    const text = "Salt of the Earth (1954)\nDirector: Herbert J. Biberman\nRuntime: 94 min\nRating: 12\nSection: Labour on screen\n";
    const created = commitImport(admin, text).created;
    expect(created).toHaveLength(1);
    expect(getFilm(admin, created[0]?.id ?? 0)).toMatchObject({ rating: "12", section: "Labour on screen" });
    // a possible duplicate (another runtime): merged, filling what the film lacks
    const existing = createFilm(admin, { title: "Matewan", year: 1987, runtimeMinutes: 120, directors: [] });
    const csv = "Title,Year,Runtime,Age rating,Strand\nMatewan,1987,135,PG-13,Retrospective\n";
    const r = commitImport(admin, csv, { contentType: "text/csv" });
    expect(r.merged).toEqual([existing.id]);
    expect(getFilm(admin, existing.id)).toMatchObject({ rating: "PG-13", section: "Retrospective" });
  });
});

describe("the import's answer", () => {
  it("is capped: one page of entries, the summary counts all; both shapes match the OpenAPI document", async () => {
    const { default: Ajv2020 } = await import("ajv/dist/2020");
    const { openApiDocument } = await import("@/server/openapi");
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "https://lineup.invalid/openapi.json", ...(openApiDocument() as object) });
    const schema = (name: string) => {
      const v = ajv.getSchema(`https://lineup.invalid/openapi.json#/components/schemas/${name}`);
      if (!v) throw new Error(`no schema ${name}`);
      return v;
    };
    const text = Array.from({ length: 250 }, (_, i) => `Title: Paged film ${i}\nRuntime: 90 min\n`).join("\n");
    const preview = JSON.parse(JSON.stringify(previewImport(admin, text, { page: { offset: 240, limit: 20 } })));
    expect(preview.page).toEqual({ offset: 240, limit: 20, total: 250 });
    expect(preview.entries.map((e: { index: number }) => e.index)).toEqual([...Array(10).keys()].map((i) => 240 + i));
    expect(preview.summary.entries).toBe(250);
    const validPreview = schema("ImportPreview");
    expect(validPreview(preview), JSON.stringify(validPreview.errors)).toBe(true);

    const result = JSON.parse(JSON.stringify(commitImport(admin, text)));
    expect(result.entries).toHaveLength(100);
    expect(result.created).toHaveLength(100);
    expect(result.summary).toMatchObject({ entries: 250, created: 250, merged: 0 });
    const validResult = schema("ImportResult");
    expect(validResult(result), JSON.stringify(validResult.errors)).toBe(true);
  });
});
