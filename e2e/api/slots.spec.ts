import { expect, test } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";

test.describe("/api/v1/editions/{slug}/slots", () => {
  test("a slot is returned in the edition's zone with its real length and festival day", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    // Sent in UTC; returned with Lisbon's offset.
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T19:00:00Z", "2026-10-23T22:00:00Z");
    expect(slot).toMatchObject({
      venueId: ed.venueId,
      startsAt: "2026-10-23T20:00:00+01:00",
      endsAt: "2026-10-23T23:00:00+01:00",
      minutes: 180,
      festivalDay: "2026-10-23",
      screening: null,
      fit: null,
      conflicts: [],
    });
    const listed = await (await api.get(`/api/v1/editions/${ed.slug}/slots`)).json();
    expect(listed.slots).toHaveLength(1);
    expect(listed.slots[0].id).toBe(slot.id);
  });

  test("the night the clocks go back: 00:30-02:30 lasts 180 minutes and belongs to the previous festival day", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00");
    expect(slot).toMatchObject({
      minutes: 180,
      festivalDay: "2026-10-24",
      startsAt: "2026-10-25T00:30:00+01:00",
      endsAt: "2026-10-25T02:30:00+00:00",
    });
    const byDay = await (await api.get(`/api/v1/editions/${ed.slug}/slots?day=2026-10-24`)).json();
    expect(byDay.slots.map((s: { id: number }) => s.id)).toEqual([slot.id]);
    expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots?day=2026-10-25`)).json()).slots).toEqual([]);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["end before start", { startsAt: "2026-10-23T20:00:00+01:00", endsAt: "2026-10-23T19:00:00+01:00" }, "endsAt"],
    ["end equal to start", { startsAt: "2026-10-23T20:00:00+01:00", endsAt: "2026-10-23T20:00:00+01:00" }, "endsAt"],
    ["a time without offset", { startsAt: "2026-10-23T20:00:00", endsAt: "2026-10-23T22:00:00+01:00" }, "startsAt"],
    ["not a time", { startsAt: "tonight", endsAt: "2026-10-23T22:00:00+01:00" }, "startsAt"],
    ["unknown venue", { venueId: 99999999 }, "venueId"],
    ["venue id as text", { venueId: "one" }, "venueId"],
  ];
  for (const [name, override, field] of bad) {
    test(`400 for ${name}, naming ${field}, nothing written`, async () => {
      const api = await signedIn();
      const ed = await makeEdition(api);
      const res = await api.post(`/api/v1/editions/${ed.slug}/slots`, {
        data: { venueId: ed.venueId, startsAt: "2026-10-23T20:00:00+01:00", endsAt: "2026-10-23T22:00:00+01:00", ...override },
      });
      expect(res.status()).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain(field);
      expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots`)).json()).slots).toEqual([]);
    });
  }

  test("PATCH moves a slot, a stale version is 409, DELETE removes slot and screening", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const moved = await api.patch(`/api/v1/editions/${ed.slug}/slots/${slot.id}`, {
      data: { venueId: ed.venue2Id, endsAt: "2026-10-23T21:00:00+01:00", version: slot.version },
    });
    expect(moved.status()).toBe(200);
    expect(await moved.json()).toMatchObject({ venueId: ed.venue2Id, minutes: 180, version: slot.version + 1 });
    const stale = await api.patch(`/api/v1/editions/${ed.slug}/slots/${slot.id}`, { data: { venueId: ed.venueId, version: slot.version } });
    expect(stale.status()).toBe(409);
    const endBeforeStart = await api.patch(`/api/v1/editions/${ed.slug}/slots/${slot.id}`, {
      data: { endsAt: "2026-10-23T17:00:00+01:00" },
    });
    expect(endBeforeStart.status()).toBe(400);
    expect((await endBeforeStart.json()).error.fields).toHaveProperty("endsAt");

    const filmId = await makeFilm(api, { title: "To delete with its slot", runtimeMinutes: 60 });
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [filmId] } })).status()).toBe(200);
    expect((await api.delete(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).status()).toBe(204);
    expect((await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).status()).toBe(404);
    expect((await api.delete(`/api/v1/films/${filmId}`)).status()).toBe(204);
  });
});

test.describe("/api/v1/editions/{slug}/conflicts", () => {
  test("overlapping slots in a venue are an error; touching slots in a venue without changeover are fine", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const a = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const b = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T19:59:00+01:00", "2026-10-23T21:00:00+01:00");
    await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00");
    const res = await (await api.get(`/api/v1/editions/${ed.slug}/conflicts`)).json();
    expect(res.blocking).toBe(true);
    expect(res.conflicts).toHaveLength(1);
    expect(res.conflicts[0]).toMatchObject({ type: "venue-overlap", severity: "error" });
    expect(res.conflicts[0].slotIds.sort()).toEqual([a.id, b.id].sort());
    const slotA = await (await api.get(`/api/v1/editions/${ed.slug}/slots/${a.id}`)).json();
    expect(slotA.conflicts.map((c: { type: string }) => c.type)).toEqual(["venue-overlap"]);
  });

  test("the same film in two places at once is an error (one print)", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const filmId = await makeFilm(api, { title: "One Print", runtimeMinutes: 90 });
    const a = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const b = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-23T19:00:00+01:00", "2026-10-23T21:00:00+01:00");
    for (const s of [a, b])
      expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${s.id}/screening`, { data: { filmIds: [filmId] } })).status()).toBe(200);
    const res = await (await api.get(`/api/v1/editions/${ed.slug}/conflicts`)).json();
    expect(res.conflicts.map((c: { type: string }) => c.type)).toContain("film-overlap");
    expect(res.conflicts.find((c: { type: string }) => c.type === "film-overlap").filmIds).toEqual([filmId]);
  });
});
