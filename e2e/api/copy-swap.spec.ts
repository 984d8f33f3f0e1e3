import { type APIRequestContext, expect, test } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, serverDatabase, signedIn, type TestEdition } from "@/e2e/helpers";

/** Issue 16 §3: copy a festival day, swap two venues' day. Lisbon 2026-10-23..25; the clocks go back the night of the 24th. */

interface SlotJson {
  id: number;
  venueId: number;
  startsAt: string;
  endsAt: string;
  minutes: number;
  version: number;
  screening: { id: number; filmIds: number[]; status: string; version: number } | null;
}

const dayOf = async (api: APIRequestContext, ed: TestEdition, day: string): Promise<SlotJson[]> =>
  (await (await api.get(`/api/v1/editions/${ed.slug}/slots?day=${day}`)).json()).slots;

async function putFilm(api: APIRequestContext, ed: TestEdition, slotId: number, filmId: number, status = "confirmed") {
  const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slotId}/screening`, { data: { filmIds: [filmId], status } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Friday: Cinema 1 20:00-22:00 with a confirmed film, Hall B 00:30-02:30 after midnight (empty). */
async function friday(api: APIRequestContext, ed: TestEdition) {
  const film = await makeFilm(api, { title: "Matewan copy", runtimeMinutes: 100 });
  const evening: SlotJson = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00");
  const late: SlotJson = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T00:30:00+01:00", "2026-10-24T02:30:00+01:00");
  await putFilm(api, ed, evening.id, film);
  return { film, evening, late };
}

test.describe("POST /api/v1/editions/{slug}/days/{day}/copy", () => {
  test("copies the day's slots and screenings (tentative) to the DST night at the same clock times: 00:30-02:30 lasts 180 min; audited", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const { film } = await friday(api, ed);
    const res = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy`, { data: { toDay: "2026-10-24", withScreenings: true } });
    expect(res.status(), await res.text()).toBe(201);
    const body = await res.json();
    expect(body.slots.map((s: SlotJson) => [s.venueId, s.startsAt, s.endsAt, s.minutes])).toEqual([
      [ed.venueId, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00", 120],
      [ed.venue2Id, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00", 180],
    ]);
    expect(body.screenings).toMatchObject([{ filmIds: [film], status: "tentative" }]);
    expect(body.fit).toMatchObject([{ slotId: body.slots[0].id, status: "fits", spareMinutes: 20 }]);
    expect(body.conflicts).toEqual([]);
    const saturday = await dayOf(api, ed, "2026-10-24");
    expect(saturday.map((s) => s.id).sort()).toEqual(body.slots.map((s: SlotJson) => s.id).sort());
    const audit = await (await api.get(`/api/v1/audit?edition=${ed.slug}&entity=slot`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: "copy-day",
      summary: expect.stringContaining("copied from 2026-10-23 to 2026-10-24"),
    });
  });

  test("only the venues asked for, and without screenings", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    await friday(api, ed);
    const res = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy`, {
      data: { toDay: "2026-10-25", venueIds: [ed.venueId], withScreenings: false },
    });
    expect(res.status(), await res.text()).toBe(201);
    const body = await res.json();
    expect(body.slots).toMatchObject([{ venueId: ed.venueId, startsAt: "2026-10-25T20:00:00+00:00", minutes: 120, screening: null }]);
    expect(body.screenings).toEqual([]);
  });

  test("409 conflict naming toDay when a copy would overlap a slot at its venue; nothing half-written", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    await friday(api, ed);
    const blocker = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-25T01:00:00+01:00", "2026-10-25T01:45:00+01:00");
    const res = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy`, { data: { toDay: "2026-10-24", withScreenings: true } });
    expect(res.status()).toBe(409);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "conflict", fields: { toDay: expect.any(String) } });
    expect(error.message).toContain("Hall B 00:30-02:30 would overlap the slot there at 01:00-01:45");
    expect(error.overlaps).toMatchObject([{ existingSlotId: blocker.id, venueId: ed.venue2Id }]);
    expect((await dayOf(api, ed, "2026-10-24")).map((s) => s.id)).toEqual([blocker.id]);
  });

  const bad: [name: string, day: string, body: Record<string, unknown>, field: string][] = [
    ["toDay missing", "2026-10-23", { withScreenings: true }, "toDay"],
    ["toDay not a day", "2026-10-23", { toDay: "Saturday", withScreenings: true }, "toDay"],
    ["toDay outside the edition", "2026-10-23", { toDay: "2026-10-26", withScreenings: true }, "toDay"],
    ["toDay the day copied", "2026-10-23", { toDay: "2026-10-23", withScreenings: true }, "toDay"],
    ["withScreenings as text", "2026-10-23", { toDay: "2026-10-24", withScreenings: "yes" }, "withScreenings"],
    ["a venue id that is not an id", "2026-10-23", { toDay: "2026-10-24", withScreenings: true, venueIds: [0] }, "venueIds.0"],
    ["an unknown venue", "2026-10-23", { toDay: "2026-10-24", withScreenings: true, venueIds: [99999999] }, "venueIds.0"],
    ["a day that is not a date", "2026-13-01", { toDay: "2026-10-24", withScreenings: true }, "day"],
  ];
  for (const [name, day, data, field] of bad)
    test(`400 for ${name}, naming ${field}; nothing written`, async () => {
      const api = await signedIn();
      const ed = await makeEdition(api);
      await friday(api, ed);
      const res = await api.post(`/api/v1/editions/${ed.slug}/days/${day}/copy`, { data });
      expect(res.status()).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toEqual([field]);
      expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots`)).json()).slots).toHaveLength(2);
    });

  test("undo deletes the copied slots while they are unchanged (409 stale_version once one changed)", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const { film } = await friday(api, ed);
    const copied = await (
      await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy`, { data: { toDay: "2026-10-24", withScreenings: true } })
    ).json();
    const asCopied = (slots: SlotJson[]) => ({
      slots: slots.map((s) => ({ id: s.id, version: s.version, screeningVersion: s.screening?.version ?? null })),
    });
    const late = copied.slots.find((s: SlotJson) => s.venueId === ed.venue2Id);
    await putFilm(api, ed, late.id, film, "tentative");
    const refused = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-24/copy/undo`, { data: asCopied(copied.slots) });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe("stale_version");
    expect(await dayOf(api, ed, "2026-10-24")).toHaveLength(2);
    const undone = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-24/copy/undo`, {
      data: asCopied(await dayOf(api, ed, "2026-10-24")),
    });
    expect(undone.status(), await undone.text()).toBe(200);
    expect(await undone.json()).toEqual({ deleted: 2 });
    expect(await dayOf(api, ed, "2026-10-24")).toEqual([]);
  });

  test("inside a scenario: the scenario's slots are copied, the working lineup untouched; 404 for an unknown scenario", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    await friday(api, ed);
    const db = await serverDatabase();
    const editionId = (db.prepare("SELECT id FROM editions WHERE slug = ?").get(ed.slug) as { id: number }).id;
    const scenario = Number(db.prepare("INSERT INTO scenarios (edition_id, name) VALUES (?, 'Draft')").run(editionId).lastInsertRowid);
    db.prepare("INSERT INTO slots (edition_id, venue_id, starts_at, ends_at, scenario_id) VALUES (?, ?, ?, ?, ?)").run(
      editionId,
      ed.venueId,
      Date.parse("2026-10-23T13:00:00Z"),
      Date.parse("2026-10-23T15:00:00Z"),
      scenario,
    );
    db.close();
    const res = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy?scenario=${scenario}`, {
      data: { toDay: "2026-10-25", withScreenings: true },
    });
    expect(res.status(), await res.text()).toBe(201);
    expect((await res.json()).slots.map((s: SlotJson) => s.startsAt)).toEqual(["2026-10-25T14:00:00+00:00"]);
    expect(await dayOf(api, ed, "2026-10-25")).toEqual([]);
    const unknown = await api.post(`/api/v1/editions/${ed.slug}/days/2026-10-23/copy?scenario=99999999`, {
      data: { toDay: "2026-10-25", withScreenings: true },
    });
    expect(unknown.status()).toBe(404);
  });
});

test.describe("POST /api/v1/editions/{slug}/venues/swap", () => {
  test("slots that pair up by start: the screenings change slots (keeping their ids); the same call swaps back; audited", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const a = await makeFilm(api, { title: "Swap A", runtimeMinutes: 90 });
    const b = await makeFilm(api, { title: "Swap B", runtimeMinutes: 100 });
    const inC1: SlotJson = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00");
    const inHall: SlotJson = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00");
    await putFilm(api, ed, inC1.id, a);
    await putFilm(api, ed, inHall.id, b);
    const before = await dayOf(api, ed, "2026-10-24");
    const idOf = (slots: SlotJson[], id: number) => slots.find((s) => s.id === id)?.screening?.id;
    const swap = () =>
      api.post(`/api/v1/editions/${ed.slug}/venues/swap`, { data: { day: "2026-10-24", venueA: ed.venueId, venueB: ed.venue2Id } });
    const res = await swap();
    expect(res.status(), await res.text()).toBe(200);
    const body = await res.json();
    expect(body.mode).toBe("screenings");
    expect(body.slots.map((s: SlotJson) => [s.id, s.screening?.filmIds])).toEqual([
      [inC1.id, [b]],
      [inHall.id, [a]],
    ]);
    expect(body.fit).toHaveLength(2);
    expect(body.conflicts).toEqual([]);
    expect(idOf(body.slots, inHall.id)).toBe(idOf(before, inC1.id));
    expect((await swap()).status()).toBe(200);
    expect((await dayOf(api, ed, "2026-10-24")).map((s) => [s.id, s.screening?.filmIds])).toEqual([
      [inC1.id, [a]],
      [inHall.id, [b]],
    ]);
    const audit = await (await api.get(`/api/v1/audit?edition=${ed.slug}&entity=venue`)).json();
    expect(audit.entries[0]).toMatchObject({ action: "swap", summary: expect.stringContaining("swapped on 2026-10-24") });
  });

  test("slots that do not pair up move to the other venue themselves", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const early: SlotJson = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T14:00:00+01:00", "2026-10-24T16:00:00+01:00");
    const late: SlotJson = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T21:00:00+01:00", "2026-10-24T23:00:00+01:00");
    const res = await api.post(`/api/v1/editions/${ed.slug}/venues/swap`, {
      data: { day: "2026-10-24", venueA: ed.venueId, venueB: ed.venue2Id },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = await res.json();
    expect(body.mode).toBe("slots");
    expect(body.slots.map((s: SlotJson) => [s.id, s.venueId])).toEqual([
      [early.id, ed.venue2Id],
      [late.id, ed.venueId],
    ]);
  });

  test("422 does_not_fit when a screening would run over its new slot; nothing swapped", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const long = await makeFilm(api, { title: "Swap Long", runtimeMinutes: 170 });
    const big: SlotJson = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T21:00:00+01:00");
    await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00");
    await putFilm(api, ed, big.id, long);
    const res = await api.post(`/api/v1/editions/${ed.slug}/venues/swap`, {
      data: { day: "2026-10-24", venueA: ed.venueId, venueB: ed.venue2Id },
    });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("does_not_fit");
    expect(error.message).toContain("would not fit the 18:00-20:00 slot in Hall B");
    expect((await dayOf(api, ed, "2026-10-24")).find((s) => s.id === big.id)?.screening?.filmIds).toEqual([long]);
  });

  const bad: [name: string, data: (ed: TestEdition) => Record<string, unknown>, field: string][] = [
    ["the same venue twice", (ed) => ({ day: "2026-10-24", venueA: ed.venueId, venueB: ed.venueId }), "venueB"],
    ["an unknown venue", (ed) => ({ day: "2026-10-24", venueA: 99999999, venueB: ed.venueId }), "venueA"],
    ["a day outside the edition", (ed) => ({ day: "2026-11-24", venueA: ed.venueId, venueB: ed.venue2Id }), "day"],
    ["venueB missing", (ed) => ({ day: "2026-10-24", venueA: ed.venueId }), "venueB"],
  ];
  for (const [name, data, field] of bad)
    test(`400 for ${name}, naming ${field}`, async () => {
      const api = await signedIn();
      const ed = await makeEdition(api);
      const res = await api.post(`/api/v1/editions/${ed.slug}/venues/swap`, { data: data(ed) });
      expect(res.status()).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toEqual([field]);
    });
});
