import { expect, test } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";

test.describe("/api/v1/films", () => {
  test("create, read, search, update and delete a film", async () => {
    const api = await signedIn();
    const created = await api.post("/api/v1/films", {
      data: {
        title: "Harlan County USA",
        year: 1976,
        directors: ["Barbara Kopple"],
        runtimeMinutes: "Running Time: 1 hr 43 min",
        countries: ["USA"],
      },
    });
    expect(created.status()).toBe(201);
    const film = await created.json();
    expect(film).toMatchObject({
      title: "Harlan County USA",
      year: 1976,
      runtimeMinutes: 103,
      directors: ["Barbara Kopple"],
      flags: [],
      version: 1,
    });

    expect((await (await api.get(`/api/v1/films/${film.id}`)).json()).title).toBe("Harlan County USA");
    const found = await (await api.get("/api/v1/films?q=kopple")).json();
    expect(found.films.map((f: { id: number }) => f.id)).toContain(film.id);
    const notFound = await (await api.get("/api/v1/films?q=zzzznothing")).json();
    expect(notFound.films).toEqual([]);

    const patched = await api.patch(`/api/v1/films/${film.id}`, { data: { runtimeMinutes: "135'", version: 1 } });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({ runtimeMinutes: 135, version: 2, title: "Harlan County USA" });

    const stale = await api.patch(`/api/v1/films/${film.id}`, { data: { title: "Stale edit", version: 1 } });
    expect(stale.status()).toBe(409);
    const staleBody = await stale.json();
    expect(staleBody.error.code).toBe("stale_version");
    expect(staleBody.error.current.title).toBe("Harlan County USA");

    expect((await api.delete(`/api/v1/films/${film.id}`)).status()).toBe(204);
    expect((await api.get(`/api/v1/films/${film.id}`)).status()).toBe(404);
  });

  test("an empty film (no title, no runtime) is 400 naming both fields, nothing written", async () => {
    const api = await signedIn();
    const before = (await (await api.get("/api/v1/films")).json()).films.length;
    const res = await api.post("/api/v1/films", { data: { directors: ["Pedro Pinho"], year: 2017 } });
    expect(res.status()).toBe(400);
    const err = (await res.json()).error;
    expect(err.code).toBe("bad_request");
    expect(err.fields.title).toMatch(/title or a runtime/);
    expect(err.fields.runtimeMinutes).toMatch(/runtime or a title/);
    expect(err.message).toMatch(/placeholder/);
    expect((await (await api.get("/api/v1/films")).json()).films.length).toBe(before);
    const bad = await api.post("/api/v1/films", { data: { title: "Matewan", placeholder: "yes" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty("placeholder");
  });

  test("a placeholder without title or runtime is kept on purpose, flagged, never invented", async () => {
    const api = await signedIn();
    const res = await api.post("/api/v1/films", { data: { directors: ["Pedro Pinho"], year: 2017, placeholder: true } });
    expect(res.status()).toBe(201);
    const film = await res.json();
    expect(film.title).toBeNull();
    expect(film.runtimeMinutes).toBeNull();
    expect(film.flags.sort()).toEqual(["missing-runtime", "missing-title"]);
  });

  test("deleting a scheduled film is 409", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const filmId = await makeFilm(api, { title: "Scheduled", runtimeMinutes: 90 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    expect(
      (
        await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [filmId], status: "tentative" } })
      ).status(),
    ).toBe(200);
    const del = await api.delete(`/api/v1/films/${filmId}`);
    expect(del.status()).toBe(409);
    expect((await del.json()).error.code).toBe("in_use");
    expect((await api.get(`/api/v1/films/${filmId}`)).status()).toBe(200);
  });

  const bad: [string, unknown, string][] = [
    ["over-long title", { title: "x".repeat(301) }, "title"],
    ["runtime that is not a runtime", { title: "A", runtimeMinutes: "soon" }, "runtimeMinutes"],
    ["negative runtime", { title: "A", runtimeMinutes: -5 }, "runtimeMinutes"],
    ["year as nonsense", { title: "A", year: "nineteen" }, "year"],
    ["directors not a list", { title: "A", directors: "Sayles" }, "directors"],
    ["unknown field", { title: "A", rating: 5 }, "rating"],
    ["title of the wrong type", { title: 42 }, "title"],
  ];
  for (const [name, body, field] of bad) {
    test(`400 for ${name}, naming ${field}, nothing written`, async () => {
      const api = await signedIn();
      const before = (await (await api.get("/api/v1/films")).json()).films.length;
      const res = await api.post("/api/v1/films", { data: body });
      expect(res.status()).toBe(400);
      const err = (await res.json()).error;
      expect(err.code).toBe("bad_request");
      expect(Object.keys(err.fields)).toContain(field);
      expect(err.message).toContain(field);
      expect((await (await api.get("/api/v1/films")).json()).films.length).toBe(before);
    });
  }

  test("malformed JSON is 400 and a body over 1 MB is 413", async () => {
    const api = await signedIn();
    const malformed = await api.post("/api/v1/films", { headers: { "content-type": "application/json" }, data: Buffer.from('{"title": ') });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");
    const huge = await api.post("/api/v1/films", { data: { title: "Big", synopsis: "x".repeat(1_100_000) } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.fields).toHaveProperty("body");
  });

  test("unknown ids are 404", async () => {
    const api = await signedIn();
    expect((await api.get("/api/v1/films/99999999")).status()).toBe(404);
    expect((await api.get("/api/v1/films/abc")).status()).toBe(404);
    expect((await api.patch("/api/v1/films/99999999", { data: { title: "x" } })).status()).toBe(404);
  });
});
