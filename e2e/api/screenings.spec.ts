import { expect, test } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";

test.describe("PUT/DELETE /api/v1/editions/{slug}/slots/{id}/screening", () => {
  test("a screening that fits is saved with its fit; one that does not is 422 does_not_fit with the arithmetic, and nothing changes", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const long = await makeFilm(api, { title: "The Long Shift", runtimeMinutes: "Run Time: 177 Minutes" });
    const short = await makeFilm(api, { title: "Short", runtimeMinutes: 60 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T21:00:00+01:00"); // 180 min

    const ok = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [short], preShowMinutes: 10, qaMinutes: 20 },
    });
    expect(ok.status()).toBe(200);
    const okBody = await ok.json();
    expect(okBody.screening).toMatchObject({ filmIds: [short], preShowMinutes: 10, introMinutes: 0, qaMinutes: 20, status: "confirmed" });
    expect(okBody.fit).toMatchObject({ status: "fits", slotMinutes: 180, totalMinutes: 90, spareMinutes: 90 });

    const over = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [long], preShowMinutes: 10, qaMinutes: 20 },
    });
    expect(over.status()).toBe(422);
    const err = (await over.json()).error;
    expect(err.code).toBe("does_not_fit");
    expect(err.fit).toMatchObject({ slotMinutes: 180, totalMinutes: 207, overByMinutes: 27 });
    expect(err.fit.message).toBe("10 + 177 + 20 = 207 min > 180 min slot, over by 27 min");

    const after = await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json();
    expect(after.screening.filmIds).toEqual([short]);
  });

  test("over by 1 is refused, exactly equal fits", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Exact", runtimeMinutes: 120 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const overBy1 = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], introMinutes: 1 } });
    expect(overBy1.status()).toBe(422);
    expect((await overBy1.json()).error.fit.overByMinutes).toBe(1);
    const equal = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } });
    expect(equal.status()).toBe(200);
    expect((await equal.json()).fit).toMatchObject({ status: "fits", spareMinutes: 0, totalMinutes: 120 });
  });

  test("a programme of several films sums the runtimes in order", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const ids = [];
    for (const [t, m] of [
      ["A", 14],
      ["B", 9],
      ["C", 22],
    ] as const)
      ids.push(await makeFilm(api, { title: `Short ${t}`, runtimeMinutes: m }));
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T19:30:00+01:00");
    const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: ids, introMinutes: 10, qaMinutes: 30 },
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.screening.filmIds).toEqual(ids);
    expect(body.fit).toMatchObject({ totalMinutes: 85, spareMinutes: 5 });
  });

  test("an unknown runtime may only be tentative", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Work in progress" });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const confirmed = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [film], status: "confirmed" },
    });
    expect(confirmed.status()).toBe(422);
    expect((await confirmed.json()).error.fields).toHaveProperty("status");
    const tentative = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: { filmIds: [film], status: "tentative" },
    });
    expect(tentative.status()).toBe(200);
    expect((await tentative.json()).fit.status).toBe("unknown");
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["negative minutes", { preShowMinutes: -10 }, "preShowMinutes"],
    ["fractional minutes", { qaMinutes: 2.5 }, "qaMinutes"],
    ["no films", { filmIds: [] }, "filmIds"],
    ["unknown film", { filmIds: [99999999] }, "filmIds.0"],
    ["bad status", { status: "maybe" }, "status"],
  ];
  for (const [name, override, field] of bad) {
    test(`400 for ${name}, naming ${field}`, async () => {
      const api = await signedIn();
      const ed = await makeEdition(api);
      const film = await makeFilm(api, { title: "Valid", runtimeMinutes: 60 });
      const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
      const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], ...override } });
      expect(res.status()).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain(field);
      expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening).toBeNull();
    });
  }

  test("DELETE removes the screening; unknown slot is 404", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Removable", runtimeMinutes: 60 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film] } });
    expect((await api.delete(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`)).status()).toBe(204);
    expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening).toBeNull();
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/99999999/screening`, { data: { filmIds: [film] } })).status()).toBe(404);
  });

  test("stale writes are refused with 409 and the current record: PUT with an old version, PUT ifEmpty into a filled slot, DELETE ?version= after a change", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: "Guarded", runtimeMinutes: 60 });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const url = `/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`;
    const first = await (await api.put(url, { data: { filmIds: [film], ifEmpty: true } })).json();
    const v1 = first.screening.version;
    expect((await api.put(url, { data: { filmIds: [film], qaMinutes: 10, version: v1 } })).status()).toBe(200);
    const old = await api.put(url, { data: { filmIds: [film], qaMinutes: 30, version: v1 } });
    expect(old.status()).toBe(409);
    expect((await old.json()).error).toMatchObject({
      code: "stale_version",
      fields: { version: expect.any(String) },
      current: { qaMinutes: 10 },
    });
    const filled = await api.put(url, { data: { filmIds: [film], ifEmpty: true } });
    expect(filled.status()).toBe(409);
    expect((await api.delete(`${url}?version=${v1}`)).status()).toBe(409);
    expect((await api.delete(`${url}?version=abc`)).status()).toBe(400);
    const now = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json()).screening;
    expect(now).toMatchObject({ qaMinutes: 10, version: v1 + 1 });
    expect((await api.delete(`${url}?version=${now.version}`)).status()).toBe(204);
  });
});
