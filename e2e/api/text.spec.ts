/**
 * Issue 12 §4.2-4.4: what text the API accepts and how it is stored, searched and published.
 * - control characters and lone surrogates are refused (400 naming the field), invalid UTF-8 too;
 * - pasted text (no-break and other odd spaces, zero-width characters, soft hyphens, BOMs,
 *   CR line ends) is stored as the same text typed by hand, so it is found and deduplicated;
 * - control characters already in the database never break a public output;
 * - `%` and `_` in a search are searched for, not wildcards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { anonymous, makeEdition, makeFilm, makeSlot, serverDatabase, signedIn } from "@/e2e/helpers";
import { dedupeKey } from "@/lib/catalogue/dedupe";

/** Any C0/C1 control character but tab, LF and CR; DEL; a lone surrogate; U+FFFE/U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u;

const CONTROLS: [string, string][] = [
  ["NUL", "\u0000"],
  ["U+0001", "\u0001"],
  ["ESC", "\u001b"],
  ["DEL", "\u007f"],
  ["C1 CSI", "\u009b"],
  ["NEL", "\u0085"],
  ["lone high surrogate", "\ud800"],
  ["lone low surrogate", "\udc00"],
];

test.describe("control characters", () => {
  for (const [name, ch] of CONTROLS) {
    test(`a title with ${name} is refused with 400 naming title, nothing stored`, async () => {
      const api = await signedIn();
      const before = (await (await api.get("/api/v1/films?limit=5000")).json()).films.length;
      const res = await api.post("/api/v1/films", { data: { title: `Mate${ch}wan`, runtimeMinutes: 135 } });
      expect(res.status(), await res.text()).toBe(400);
      const err = (await res.json()).error;
      expect(err.code).toBe("bad_request");
      expect(Object.keys(err.fields)).toEqual(["title"]);
      expect((await (await api.get("/api/v1/films?limit=5000")).json()).films.length).toBe(before);
    });
  }

  test("every text field of every resource refuses them: film lists and PATCH, edition, venue, release note", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, { title: "Clean", runtimeMinutes: 90 });
    const ed = await makeEdition(api);
    const cases: [string, string, Record<string, unknown>, string][] = [
      ["PATCH", `/api/v1/films/${id}`, { title: "Bad\u001b[31m" }, "title"],
      ["PATCH", `/api/v1/films/${id}`, { directors: ["Ok", "Bad\u0000"] }, "directors.1"],
      ["PATCH", `/api/v1/films/${id}`, { synopsis: "Bad\u0007 bell" }, "synopsis"],
      [
        "POST",
        "/api/v1/editions",
        { slug: "ctl-x", name: "Fest\u0001", firstDay: "2026-01-01", lastDay: "2026-01-02", timeZone: "UTC" },
        "name",
      ],
      ["PATCH", `/api/v1/editions/${ed.slug}`, { name: "Fest\u009b" }, "name"],
      ["POST", `/api/v1/editions/${ed.slug}/venues`, { name: "Hall\u0000C" }, "name"],
      ["PATCH", `/api/v1/editions/${ed.slug}/venues/${ed.venueId}`, { name: "Hall\ud800" }, "name"],
      ["POST", `/api/v1/editions/${ed.slug}/releases`, { note: "First\u001b release" }, "note"],
    ];
    for (const [method, url, data, field] of cases) {
      const res = await api.fetch(url, { method, data });
      expect(res.status(), `${method} ${url} ${JSON.stringify(data)}`).toBe(400);
      expect(Object.keys((await res.json()).error.fields), `${method} ${url}`).toContain(field);
    }
    expect((await (await api.get(`/api/v1/films/${id}`)).json()).version).toBe(1);
  });

  test("tab, CRLF and lone CR are allowed: line ends become LF, a tab in a title a space", async () => {
    const api = await signedIn();
    const res = await api.post("/api/v1/films", {
      data: { title: "Tab\there", synopsis: "One\r\nTwo\rThree\nFour", runtimeMinutes: 90 },
    });
    expect(res.status(), await res.text()).toBe(201);
    const film = await res.json();
    expect(film.title).toBe("Tab here");
    expect(film.synopsis).toBe("One\nTwo\nThree\nFour");
  });

  test("invalid UTF-8 in a request body is 400, not stored with replacement characters", async () => {
    const api = await signedIn();
    const body = Buffer.concat([Buffer.from('{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('","runtimeMinutes":90}')]);
    const res = await api.post("/api/v1/films", { headers: { "content-type": "application/json" }, data: body });
    expect(res.status(), await res.text()).toBe(400);
    const err = (await res.json()).error;
    expect(err.fields).toHaveProperty("body");
    expect(err.message).toMatch(/UTF-8/);
    const found = await (await api.get("/api/v1/films?q=Caf")).json();
    expect(found.films.filter((f: { title: string }) => f.title?.includes("\ufffd"))).toEqual([]);
  });

  test("a title with control characters already in the database: every public output stays valid", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const id = await makeFilm(api, { title: "Placeholder", directors: ["Jane Doe"], runtimeMinutes: 90 });
    const venueName = "Hall \u0001B";
    // What an import from an older version could have stored: NUL, U+0001, ESC, BEL, a C1 and a lone surrogate.
    const db = await serverDatabase();
    try {
      const title = "Bad\u0000 \u0001Title\u001b[0m \u0085End";
      db.prepare("update films set title = ?, directors = ?, dedupe_key = ? where id = ?").run(
        title,
        // JSON columns keep a lone surrogate as an escape: it comes back as one
        '["Jane \\ud800Doe\\u0007"]',
        dedupeKey({ title, year: null, directors: ["Jane Doe"], runtimeMinutes: 90 }),
        id,
      );
      db.prepare("update venues set name = ? where id = ?").run(venueName, ed.venue2Id);
      db.prepare("update editions set name = ? where slug = ?").run("Fest\u0002ival", ed.slug);
    } finally {
      db.close();
    }
    const slot = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00");
    const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [id] } });
    expect(put.status(), await put.text()).toBe(200);
    const pub = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "with an old title" } });
    expect(pub.status(), await pub.text()).toBe(201);

    const anon = await anonymous();
    const tmp = mkdtempSync(path.join(tmpdir(), "lineup-text-e2e-"));
    const base = `/schedule/${ed.slug}`;

    const xml = await (await anon.get(`${base}/schedule.xml`)).text();
    writeFileSync(path.join(tmp, "schedule.xml"), xml, "utf8");
    const lint = spawnSync("xmllint", ["--noout", path.join(tmp, "schedule.xml")], { encoding: "utf8" });
    expect(lint.status, lint.stderr).toBe(0);
    expect(xml).toContain("Bad Title[0m End");
    expect(xml).toContain("Jane Doe");

    const screeningId = (await put.json()).screening.id as number;
    for (const url of [`${base}/schedule.ics`, `${base}/screenings/${screeningId}.ics`]) {
      const res = await anon.get(url);
      expect(res.status(), url).toBe(200);
      const ics = await res.text();
      expect(ics, url).not.toMatch(UNSAFE);
      const cal = new ICAL.Component(ICAL.parse(ics));
      const events = cal.getAllSubcomponents("vevent");
      expect(
        events.map((e) => String(e.getFirstPropertyValue("summary"))),
        url,
      ).toContain("Bad Title[0m End");
    }

    const jsonText = await (await anon.get(`${base}/schedule.json`)).text();
    expect(jsonText).not.toMatch(/\\u00[01][0-9a-f]|\\ud[89ab]/i);
    const frab = JSON.parse(jsonText);
    expect(JSON.stringify(frab)).not.toMatch(UNSAFE);

    const api1 = await (await anon.get(`/api/v1/editions/${ed.slug}/schedule`)).json();
    expect(JSON.stringify(api1)).not.toMatch(UNSAFE);
    const titles = JSON.stringify(api1);
    expect(titles).toContain("Bad Title[0m End");

    const csv = await (await anon.get(`${base}/schedule.csv`)).text();
    expect(csv).not.toMatch(UNSAFE);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.titles)).toContain("Bad Title[0m End");
    expect(rows.map((r) => r.venue)).toContain("Hall B");

    for (const page of [base, `${base}/2026-10-23`, `${base}/changes`]) {
      const html = await (await anon.get(page)).text();
      expect(html, page).not.toMatch(UNSAFE);
    }
  });
});

test.describe("pasted text is stored as typed by hand", () => {
  test("no-break and other odd spaces, zero-width characters, soft hyphens and BOMs: stored clean, found, deduplicated", async () => {
    const api = await signedIn();
    const stamp = Date.now().toString(36).replace(/\d/g, "x");
    const typed = `Salt of the Earth ${stamp}`;
    const pasted = `\ufeff Salt\u00a0of\u202fthe\u3000Ear\u00adth\u200b ${stamp}\u2007 `;
    const res = await api.post("/api/v1/films", {
      data: {
        title: pasted,
        directors: ["Herbert\u00a0Biberman\u200d"],
        year: 1954,
        runtimeMinutes: 94,
        synopsis: "Line\u00a0one\r\n\u200bLine two",
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const film = await res.json();
    expect(film.title).toBe(typed);
    expect(film.directors).toEqual(["Herbert Biberman"]);
    expect(film.synopsis).toBe("Line one\nLine two");

    // found by the title typed by hand, and by the pasted one
    for (const q of [typed, pasted, `of the earth ${stamp}`]) {
      const found = await (await api.get(`/api/v1/films?q=${encodeURIComponent(q)}`)).json();
      expect(
        found.films.map((f: { id: number }) => f.id),
        JSON.stringify(q),
      ).toContain(film.id);
    }

    // an import of the hand-typed title is the same film (and the pasted one too)
    for (const text of [
      `${typed}\nDirector: Herbert Biberman\nYear: 1954\nRuntime: 94 min\n`,
      `Title: ${pasted}\nDirector: Herbert\u00a0Biberman\nYear: 1954\r\nRuntime: 94 min\r\n`,
    ]) {
      const dry = await api.post("/api/v1/films/import?dryRun=true", { headers: { "content-type": "text/plain" }, data: text });
      expect(dry.status(), await dry.text()).toBe(200);
      const preview = await dry.json();
      expect(preview.entries[0].film.title, JSON.stringify(text)).toBe(typed);
      expect(preview.entries[0]).toMatchObject({ action: "same", filmId: film.id });
    }
  });
});

test.describe("search", () => {
  test("% and _ are searched for, not wildcards", async () => {
    const api = await signedIn();
    const pct = await makeFilm(api, { title: "Hundred% Cotton", runtimeMinutes: 90 });
    const und = await makeFilm(api, { title: "snake_case cinema", runtimeMinutes: 90 });
    const plain = await makeFilm(api, { title: "Plain title", runtimeMinutes: 90 });
    for (const [q, want] of [
      ["%", pct],
      ["_", und],
      ["d%", pct],
      ["e_c", und],
    ] as const) {
      const films = (await (await api.get(`/api/v1/films?q=${encodeURIComponent(q)}`)).json()).films as {
        id: number;
        title: string | null;
        originalTitle: string | null;
        directors: string[];
      }[];
      const ids = new Set(films.map((f) => f.id));
      expect(ids.has(want), `${q} finds its film`).toBe(true);
      expect(ids.has(plain), `${q} does not find "Plain title"`).toBe(false);
      for (const f of films) expect([f.title, f.originalTitle, ...f.directors].join(" ").toLowerCase(), q).toContain(q);
    }
  });
});
