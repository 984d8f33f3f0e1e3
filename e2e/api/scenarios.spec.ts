import { type APIRequestContext, expect, test } from "@playwright/test";
import { freshEdition, getOk, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";

/**
 * Scenarios over HTTP (issue 16 §1): a copy of the working lineup edited through the same slot,
 * screening, move, pattern and conflicts routes with ?scenario=, compared, promoted and the
 * promotion undone; a scenario's screening is never released.
 */

const DAY = "2026-10-24";

type SlotAnswer = { id: number; startsAt: string; screening: { id: number; filmIds: number[] } | null };

async function slotsOf(api: APIRequestContext, slug: string, scenario?: number): Promise<SlotAnswer[]> {
  const res = await getOk(api, `/api/v1/editions/${slug}/slots${scenario ? `?scenario=${scenario}` : ""}`);
  return (await res.json()).slots;
}

const picture = (slots: SlotAnswer[]) => slots.map((s) => ({ startsAt: s.startsAt, films: s.screening?.filmIds ?? [] }));

async function scenarioVersion(api: APIRequestContext, slug: string, id: number): Promise<number> {
  const list = (await (await getOk(api, `/api/v1/editions/${slug}/scenarios`)).json()).scenarios as { id: number; version: number }[];
  return list.find((s) => s.id === id)?.version ?? -1;
}

/** Two slots in Cinema 1, Matewan confirmed in the first; and a scenario copied from it. */
async function setUp(prefix: string) {
  const { api, ed, tag } = await freshEdition(prefix);
  const film = await makeFilm(api, { title: `Matewan ${tag}`, runtimeMinutes: 130 });
  const a = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T14:00:00+01:00`, `${DAY}T16:30:00+01:00`);
  const b = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T18:00:00+01:00`, `${DAY}T20:30:00+01:00`);
  const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${a.id}/screening`, { data: { filmIds: [film], status: "confirmed" } });
  expect(put.status(), await put.text()).toBe(200);
  const screeningId = (await put.json()).screening.id as number;
  const res = await api.post(`/api/v1/editions/${ed.slug}/scenarios`, { data: { name: "Evening strand", from: "current" } });
  expect(res.status(), await res.text()).toBe(201);
  const scenario = await res.json();
  return { api, ed, tag, film, a, b, screeningId, scenario };
}

test("a scenario copies the working lineup and is edited through the lineup's routes with ?scenario=, leaving the working lineup alone", async () => {
  const { api, ed, a, scenario } = await setUp("sc1");
  expect(scenario).toMatchObject({ name: "Evening strand", version: 1, slots: 2, screenings: 1 });
  const working = picture(await slotsOf(api, ed.slug));
  const copy = await slotsOf(api, ed.slug, scenario.id);
  expect(picture(copy)).toEqual(working);
  const [from, to] = copy;
  const q = `?scenario=${scenario.id}`;
  // move, pattern, slot, screening and conflicts inside the scenario
  const move = await api.post(`/api/v1/editions/${ed.slug}/slots/${from!.id}/screening/move${q}`, { data: { toSlotId: to!.id } });
  expect(move.status(), await move.text()).toBe(200);
  const pattern = await api.post(`/api/v1/editions/${ed.slug}/slots/pattern${q}`, {
    data: { venueId: ed.venueId, times: ["11:00"], minutes: 90, days: [DAY] },
  });
  expect(pattern.status(), await pattern.text()).toBe(201);
  expect((await api.get(`/api/v1/editions/${ed.slug}/conflicts${q}`)).status()).toBe(200);
  expect(await scenarioVersion(api, ed.slug, scenario.id)).toBe(3);
  expect(picture(await slotsOf(api, ed.slug))).toEqual(working);
  expect(await slotsOf(api, ed.slug, scenario.id)).toHaveLength(3);
  // a slot of the other lineup is not there; a bad or foreign scenario is refused
  expect((await api.get(`/api/v1/editions/${ed.slug}/slots/${a.id}${q}`)).status()).toBe(404);
  expect((await api.delete(`/api/v1/editions/${ed.slug}/slots/${to!.id}`)).status()).toBe(404);
  const bad = await api.get(`/api/v1/editions/${ed.slug}/slots?scenario=abc`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error).toMatchObject({ code: "unprocessable", fields: { scenario: expect.any(String) } });
  const { ed: other } = await freshEdition("sc1b");
  expect((await api.get(`/api/v1/editions/${other.slug}/slots${q}`)).status()).toBe(404);
  const unknown = await api.get(`/api/v1/editions/${ed.slug}/slots?scenario=999999`);
  expect([unknown.status(), (await unknown.json()).error.code]).toEqual([404, "not_found"]);
});

test("rename with the version (409 stale_version when stale), delete with its slots", async () => {
  const { api, ed, scenario } = await setUp("sc2");
  const url = `/api/v1/editions/${ed.slug}/scenarios/${scenario.id}`;
  const renamed = await api.patch(url, { data: { name: "Late strand", version: 1 } });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect(await renamed.json()).toMatchObject({ name: "Late strand", version: 2 });
  const stale = await api.patch(url, { data: { name: "Again", version: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("stale_version");
  expect((await api.patch(url, { data: { name: "", version: 2 } })).status()).toBe(400);
  expect((await api.delete(url)).status()).toBe(204);
  expect((await (await getOk(api, `/api/v1/editions/${ed.slug}/scenarios`)).json()).scenarios).toEqual([]);
  expect((await api.get(`/api/v1/editions/${ed.slug}/slots?scenario=${scenario.id}`)).status()).toBe(404);
  expect(await slotsOf(api, ed.slug)).toHaveLength(2);
});

test("compare, promote (409 when stale) keeping the screening's identity, undo by promoting the kept lineup", async () => {
  const { api, ed, tag, screeningId, scenario } = await setUp("sc3");
  const working = picture(await slotsOf(api, ed.slug));
  const [from, to] = await slotsOf(api, ed.slug, scenario.id);
  const q = `?scenario=${scenario.id}`;
  expect(
    (await api.post(`/api/v1/editions/${ed.slug}/slots/${from!.id}/screening/move${q}`, { data: { toSlotId: to!.id } })).status(),
  ).toBe(200);
  const rosetta = await makeFilm(api, { title: `Rosetta ${tag}`, runtimeMinutes: 95 });
  expect(
    (
      await api.put(`/api/v1/editions/${ed.slug}/slots/${from!.id}/screening${q}`, { data: { filmIds: [rosetta], status: "confirmed" } })
    ).status(),
  ).toBe(200);

  const compared = await (await getOk(api, `/api/v1/editions/${ed.slug}/scenarios/${scenario.id}/compare?with=current`)).json();
  expect(compared.changes.map((c: { type: string }) => c.type).sort()).toEqual(["new", "retimed"]);
  expect(compared.changes.find((c: { type: string }) => c.type === "new").message).toBe(`New: Rosetta ${tag}, Sat 24 Oct 14:00, Cinema 1`);
  expect(compared.figures).toMatchObject({
    screenings: { scenario: 2, with: 1 },
    filmsPlaced: { scenario: 2, with: 1 },
    fillRate: { scenario: 1, with: 0.5 },
    emptyMinutes: { scenario: 20 + 55, with: 20 + 150 },
    conflicts: { scenario: { error: 0, warning: 0 }, with: { error: 0, warning: 0 } },
    perVenue: { scenario: { "cinema-1": 2, "hall-b": 0 }, with: { "cinema-1": 1, "hall-b": 0 } },
    perDay: { scenario: { [DAY]: 2 }, with: { [DAY]: 1 } },
  });

  const version = await scenarioVersion(api, ed.slug, scenario.id);
  const promoteUrl = `/api/v1/editions/${ed.slug}/scenarios/${scenario.id}/promote`;
  const stale = await api.post(promoteUrl, { data: { version: version - 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("stale_version");
  const promoted = await api.post(promoteUrl, { data: { version } });
  expect(promoted.status(), await promoted.text()).toBe(200);
  const { kept, working: now } = await promoted.json();
  expect(kept).toMatchObject({ name: "before promoting Evening strand", version: 1 });
  expect(now).toMatchObject({ slots: 2, screenings: 2 });
  const after = await slotsOf(api, ed.slug);
  expect(after.map((s) => s.screening?.filmIds.length ?? 0)).toEqual([1, 1]);
  // Matewan, moved, is still the same screening (its public identity)
  expect(after[1]?.screening?.id).toBe(screeningId);
  const audit = await (await getOk(api, `/api/v1/audit?edition=${ed.slug}&entity=scenario`)).json();
  expect(audit.entries.map((e: { action: string }) => e.action)).toContain("promote");

  const undo = await api.post(`/api/v1/editions/${ed.slug}/scenarios/${kept.id}/promote`, { data: { version: kept.version } });
  expect(undo.status(), await undo.text()).toBe(200);
  expect(picture(await slotsOf(api, ed.slug))).toEqual(working);
  expect((await slotsOf(api, ed.slug))[0]?.screening?.id).toBe(screeningId);
  expect((await undo.json()).kept.name).toBe("Evening strand");
});

test("a scenario's screening never appears in a release or the public schedule", async () => {
  const { api, ed, tag } = await freshEdition("sc4");
  const film = await makeFilm(api, { title: `Working ${tag}`, runtimeMinutes: 90 });
  const slot = await makeSlot(api, ed.slug, ed.venueId, `${DAY}T14:00:00+01:00`, `${DAY}T16:00:00+01:00`);
  expect(
    (await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [film], status: "confirmed" } })).status(),
  ).toBe(200);
  const s = await (await api.post(`/api/v1/editions/${ed.slug}/scenarios`, { data: { name: "Draft", from: "empty" } })).json();
  const q = `?scenario=${s.id}`;
  const draftFilm = await makeFilm(api, { title: `Draft only ${tag}`, runtimeMinutes: 90 });
  const draftSlot = await api.post(`/api/v1/editions/${ed.slug}/slots${q}`, {
    data: { venueId: ed.venue2Id, startsAt: `${DAY}T20:00:00+01:00`, endsAt: `${DAY}T22:00:00+01:00` },
  });
  expect(draftSlot.status()).toBe(201);
  const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${(await draftSlot.json()).id}/screening${q}`, {
    data: { filmIds: [draftFilm], status: "confirmed" },
  });
  expect(put.status(), await put.text()).toBe(200);
  expect((await put.json()).ticketRelease).toBeNull();
  const release = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
  expect(release.status(), await release.text()).toBe(201);
  const schedule = await (await (await signedIn()).get(`/api/v1/editions/${ed.slug}/schedule`)).text();
  expect(schedule).toContain(`Working ${tag}`);
  expect(schedule).not.toContain(`Draft only ${tag}`);
});
