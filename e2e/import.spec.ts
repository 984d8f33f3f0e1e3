import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { itemAt } from "@/lib/lists";
import { anonymous, getOk, logIn, makeEdition, makeFilm, makeSlot, signedIn } from "./helpers";

const SAMPLE = fs.readFileSync(path.resolve(__dirname, "../lib/catalogue/fixtures/archive-sample.txt"), "utf8");
const EXPECTED = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../lib/catalogue/fixtures/archive-sample.expected.json"), "utf8")) as {
  films: { title: string | null; year: number | null; directors: string[]; runtimeMinutes: number | null; mustNotBePublished?: string[] }[];
};
const PHONE = itemAt(
  EXPECTED.films.flatMap((f) => f.mustNotBePublished ?? []),
  0,
);

test.describe("catalogue import", () => {
  test("dry run previews every film with flags, source lines and actions; commit is all-or-nothing and idempotent", async () => {
    const api = await signedIn();
    const before = (await (await api.get("/api/v1/films?limit=5000")).json()).films.length;
    const dry = await api.post("/api/v1/films/import?dryRun=true", { headers: { "content-type": "text/plain" }, data: SAMPLE });
    expect(dry.status(), await dry.text()).toBe(200);
    const preview = await dry.json();
    expect(preview.entries).toHaveLength(14);
    for (const want of EXPECTED.films) {
      const got = preview.entries.find(
        (e: { film: { title: string | null; year: number | null; directors: string[] } }) =>
          e.film.title === want.title && e.film.year === want.year && e.film.directors.join() === want.directors.join(),
      );
      expect(got, `${want.title ?? "untitled"} ${want.year}`).toBeTruthy();
      expect(got.film.runtimeMinutes).toBe(want.runtimeMinutes);
      expect(got.sourceLines.from).toBeGreaterThan(0);
      expect(["new", "same", "possible-duplicate", "duplicate-in-paste"]).toContain(got.action);
    }
    // Matewan is listed twice: the second is never new (a repeat in the paste, or the same as the demo's Matewan).
    const matewans = preview.entries.filter((e: { film: { title: string | null } }) => e.film.title === "Matewan");
    expect(matewans).toHaveLength(2);
    expect(matewans[1].action).not.toBe("new");
    expect((await (await api.get("/api/v1/films?limit=5000")).json()).films.length).toBe(before);

    const commit = await api.post("/api/v1/films/import", { headers: { "content-type": "text/plain" }, data: SAMPLE });
    expect(commit.status(), await commit.text()).toBe(201);
    const created = (await commit.json()).created.length;
    const again = await api.post("/api/v1/films/import", { headers: { "content-type": "text/plain" }, data: SAMPLE });
    expect((await again.json()).created).toHaveLength(0);
    expect((await (await api.get("/api/v1/films?limit=5000")).json()).films.length).toBe(before + created);
  });

  test("bad input: 4xx naming the problem, nothing written; anonymous is 401", async () => {
    const api = await signedIn();
    const count = async () => (await (await api.get("/api/v1/films?limit=5000")).json()).films.length;
    const before = await count();
    const cases: { name: string; type: string; body: Buffer; status: number; message: RegExp }[] = [
      {
        name: "binary",
        type: "application/octet-stream",
        body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
        status: 400,
        message: /binary/,
      },
      { name: "empty", type: "text/plain", body: Buffer.from(""), status: 400, message: /empty/ },
      { name: "50 MB paste", type: "text/plain", body: Buffer.alloc(50_000_000, 0x61), status: 413, message: /kB|MB/ },
      {
        name: "unbalanced quotes",
        type: "text/csv",
        body: Buffer.from('Title,Year\n"Matewan,1987\nSalt of the Earth,1954\n'),
        status: 400,
        message: /unbalanced quotes/,
      },
      { name: "an image", type: "image/png", body: Buffer.from("not really"), status: 415, message: /image\/png/ },
    ];
    for (const c of cases) {
      const res = await api.post("/api/v1/films/import", { headers: { "content-type": c.type }, data: c.body });
      expect(res.status(), c.name).toBe(c.status);
      const err = (await res.json()).error;
      expect(err.message, c.name).toMatch(c.message);
      expect(Object.keys(err.fields).length, c.name).toBeGreaterThan(0);
    }
    // Windows-1252 text is read, not refused.
    const cp = await api.post("/api/v1/films/import?dryRun=true", {
      headers: { "content-type": "text/plain" },
      data: Buffer.from([...Buffer.from("Title: Caf"), 0xe9, ...Buffer.from("\nRuntime: 90 min\n")]),
    });
    expect((await cp.json()).entries[0].film.title).toBe("Café");
    expect(await count()).toBe(before);
    const anon = await anonymous();
    expect(
      (await anon.post("/api/v1/films/import?dryRun=true", { headers: { "content-type": "text/plain" }, data: SAMPLE })).status(),
    ).toBe(401);
    expect((await anon.get("/api/v1/films.csv")).status()).toBe(401);
  });

  test("films.csv exports the catalogue and reads back as the same films", async () => {
    const api = await signedIn();
    const rated = `Rated ${Date.now()}`;
    await makeFilm(api, { title: rated, runtimeMinutes: 90, rating: "M/16", section: "Shorts, late night" });
    const res = await getOk(api, "/api/v1/films.csv");
    expect(res.headers()["content-type"]).toContain("text/csv");
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toContain("Title,Original title,Year,Directors");
    expect(csv.split("\r\n")[0]).toMatch(/,Rating,Section$/);
    // The preview comes a page at a time (at most 1,000 entries): read every page.
    const entries: { action: string; film: { title: string | null; rating: string | null; section: string | null } }[] = [];
    for (let offset = 0; ; offset += 1000) {
      const res = await api.post(`/api/v1/films/import?dryRun=true&offset=${offset}&limit=1000`, {
        headers: { "content-type": "text/csv" },
        data: csv,
      });
      expect(res.status()).toBe(200);
      const dry = await res.json();
      entries.push(...dry.entries);
      if (offset + 1000 >= dry.page.total) break;
    }
    const films: { id: number; title: string | null }[] = (await (await api.get("/api/v1/films?limit=5000")).json()).films;
    // when a film does not come back, the message names the films no entry matched
    const matched = new Set(entries.map((e) => (e as { filmId?: number }).filmId));
    const unmatched = films.filter((f) => !matched.has(f.id)).map((f) => f.title ?? f.id);
    expect(entries, `films no entry matched: ${JSON.stringify(unmatched).slice(0, 2000)}`).toHaveLength(films.length);
    expect(entries.filter((e) => e.action === "new")).toHaveLength(0);
    expect(entries.find((e) => e.film.title === rated)?.film).toMatchObject({ rating: "M/16", section: "Shorts, late night" });
  });

  test("the sample's phone number never reaches a public output of a festival built from it", async () => {
    const api = await signedIn();
    await api.post("/api/v1/films/import", { headers: { "content-type": "text/plain" }, data: SAMPLE });
    const films = (await (await api.get("/api/v1/films?limit=5000")).json()).films as {
      id: number;
      title: string | null;
      directors: string[];
      runtimeMinutes: number | null;
      internalNotes: string | null;
    }[];
    const withPhone = films.find((f) => f.internalNotes?.includes(PHONE));
    expect(withPhone, "the phone number is kept in internal notes").toBeTruthy();
    const ed = await makeEdition(api);
    // The untitled film with the phone number: give it a title (a confirmed screening needs one), keep its notes.
    expect((await api.patch(`/api/v1/films/${withPhone!.id}`, { data: { title: "Made in Dagenham" } })).status()).toBe(200);
    const others = films.filter((f) => f.title && f.runtimeMinutes && f.runtimeMinutes < 170 && f.id !== withPhone!.id).slice(0, 3);
    const picks = [withPhone!, ...others];
    for (const [i, pick] of picks.entries()) {
      const start = new Date(Date.parse("2026-10-24T12:00:00+01:00") + i * 200 * 60_000);
      const slot = await makeSlot(api, ed.slug, ed.venueId, start.toISOString(), new Date(start.getTime() + 180 * 60_000).toISOString());
      const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [pick.id] } });
      expect(put.status(), await put.text()).toBe(200);
    }
    expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);

    const pub = await anonymous();
    const schedule = await (await pub.get(`/api/v1/editions/${ed.slug}/schedule`)).json();
    const urls = new Set<string>([
      `/schedule/${ed.slug}`,
      `/schedule/${ed.slug}/changes`,
      `/schedule/${ed.slug}/search?q=a`,
      `/api/v1/editions/${ed.slug}/schedule`,
      `/api/v1/editions/${ed.slug}/releases`,
      `/schedule/${ed.slug}/schedule.ics`,
      `/schedule/${ed.slug}/schedule.xml`,
      `/schedule/${ed.slug}/schedule.json`,
      `/schedule/${ed.slug}/schedule.csv`,
    ]);
    for (const d of schedule.days) {
      for (const p of ["", "/grid", "/print"]) urls.add(`/schedule/${ed.slug}/${d.date}${p}`);
      for (const s of d.screenings) {
        urls.add(`/schedule/${ed.slug}/venues/${s.venue.slug}`);
        urls.add(`/schedule/${ed.slug}/venues/${s.venue.slug}.ics`);
        urls.add(`/schedule/${ed.slug}/screenings/${s.id}.ics`);
        for (const f of s.films) {
          const p = new URL(f.url, "http://x").pathname;
          urls.add(p);
          urls.add(`${p}.ics`);
        }
      }
    }
    const digits = PHONE.replace(/\D/g, "");
    for (const u of urls) {
      const res = await pub.get(u);
      expect(res.status(), u).toBe(200);
      const body = await res.text();
      expect(body, u).not.toContain(PHONE);
      expect(body.replace(/\D/g, ""), u).not.toContain(digits);
    }
  });

  test("the import screen: paste, preview, edit, import", async ({ page }) => {
    await logIn(page, "/admin/films/import");
    await expect(page.getByRole("heading", { name: "Import films" })).toBeVisible();
    const stamp = String(Date.now());
    await page
      .getByLabel("Paste here")
      .fill(
        `THE ORGANIZER ${stamp.toUpperCase()}\nDirector: Mario Monicelli\nRunning Time: 2 hrs 10 min\n\n\nHarlan County ${stamp} (1976)\nDirector: Barbara Kopple\n`,
      );
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("2 entries");
    await expect(page.locator("tr[data-entry='1']")).toContainText("missing-runtime");
    await page.getByLabel("Runtime of entry 2").fill("103");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByTestId("import-result")).toContainText("2 films created");
    const api = await signedIn();
    const found = (await (await api.get(`/api/v1/films?q=${stamp}`)).json()).films;
    expect(found.map((f: { title: string; runtimeMinutes: number }) => [f.title, f.runtimeMinutes]).sort()).toEqual([
      [`Harlan County ${stamp}`, 103],
      [`The Organizer ${stamp}`, 130],
    ]);
  });
});
