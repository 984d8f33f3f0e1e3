import { expect, test } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, serverDatabase, signedIn, type TestEdition } from "@/e2e/helpers";

/**
 * The automatic draft (issue 16 §2) through HTTP against the production build (HiGHS's
 * WebAssembly found and run in the solver's worker thread). The scenario is made in the server's
 * database: an empty scenario holding a 190-min and a 100-min slot of the edition.
 */
async function scenarioWithSlots(ed: TestEdition, slotIds: number[]): Promise<number> {
  const db = await serverDatabase();
  try {
    const edition = db.prepare("SELECT id FROM editions WHERE slug = ?").get(ed.slug) as { id: number };
    const { lastInsertRowid } = db.prepare("INSERT INTO scenarios (edition_id, name) VALUES (?, ?)").run(edition.id, "Draft e2e");
    const id = Number(lastInsertRowid);
    const move = db.prepare("UPDATE slots SET scenario_id = ? WHERE id = ?");
    for (const slotId of slotIds) move.run(id, slotId);
    return id;
  } finally {
    db.close();
  }
}

async function screeningsOf(scenarioId: number): Promise<{ slot_id: number; status: string }[]> {
  const db = await serverDatabase();
  try {
    return db.prepare("SELECT slot_id, status FROM screenings WHERE scenario_id = ? ORDER BY slot_id").all(scenarioId) as {
      slot_id: number;
      status: string;
    }[];
  } finally {
    db.close();
  }
}

test("a draft into an empty scenario gets the known optimum, writes tentative screenings there, and is undone", async () => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const big = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T14:00:00+01:00", "2026-10-24T17:10:00+01:00");
  const small = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T14:00:00+01:00", "2026-10-24T15:40:00+01:00");
  const short = await makeFilm(api, { title: "Ninety minutes", runtimeMinutes: 90 });
  const long = await makeFilm(api, { title: "Hundred and ninety", runtimeMinutes: 190 });
  const scenario = await scenarioWithSlots(ed, [big.id, small.id]);

  const res = await api.post(`/api/v1/editions/${ed.slug}/scenarios/${scenario}/draft`, {
    data: {
      films: [
        { filmId: short, screenings: 1 },
        { filmId: long, screenings: 1 },
      ],
      timeLimitSeconds: 5,
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.solver.status).toBe("optimal");
  expect(typeof body.solver.seconds).toBe("number");
  expect(body.placed.map((p: { filmId: number; slotId: number }) => [p.filmId, p.slotId]).sort()).toEqual(
    [
      [short, small.id],
      [long, big.id],
    ].sort(),
  );
  expect(body.unplaced).toEqual([]);
  expect(await screeningsOf(scenario)).toEqual(
    [big.id, small.id].sort((a, b) => a - b).map((slot_id) => ({ slot_id, status: "tentative" })),
  );
  // The working lineup is untouched.
  expect((await (await api.get(`/api/v1/editions/${ed.slug}/slots`)).json()).slots).toEqual([]);

  const undo = await api.post(`/api/v1/editions/${ed.slug}/scenarios/${scenario}/draft/undo`, {
    data: { screeningIds: body.screeningIds },
  });
  expect(undo.status(), await undo.text()).toBe(200);
  expect(await undo.json()).toEqual({ removed: 2 });
  expect(await screeningsOf(scenario)).toEqual([]);
});

test("a wish no slot can take is unplaced with its reason while the rest is placed", async () => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const small = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T14:00:00+01:00", "2026-10-24T15:40:00+01:00");
  const short = await makeFilm(api, { title: "Ninety minutes", runtimeMinutes: 90 });
  const long = await makeFilm(api, { title: "Hundred and ninety", runtimeMinutes: 190 });
  const scenario = await scenarioWithSlots(ed, [small.id]);
  const res = await api.post(`/api/v1/editions/${ed.slug}/scenarios/${scenario}/draft`, {
    data: {
      films: [
        { filmId: short, screenings: 1 },
        { filmId: long, screenings: 1, days: ["2026-10-24"], venueIds: [ed.venueId, ed.venue2Id] },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.placed).toEqual([
    { filmId: short, slotId: small.id, screeningId: expect.any(Number), venueId: ed.venue2Id, startsAt: "2026-10-24T14:00:00+01:00" },
  ]);
  expect(body.unplaced).toEqual([
    { filmId: long, wanted: 1, placed: 0, reason: "no slot of 190 min or more on Saturday 24 October in the allowed venues" },
  ]);
});

test("bad input names the field (400, 422); another edition's scenario is 404; nothing is written", async () => {
  const api = await signedIn();
  const ed = await makeEdition(api);
  const other = await makeEdition(api);
  const small = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T14:00:00+01:00", "2026-10-24T15:40:00+01:00");
  const film = await makeFilm(api, { title: "Ninety minutes", runtimeMinutes: 90 });
  const scenario = await scenarioWithSlots(ed, [small.id]);
  const url = `/api/v1/editions/${ed.slug}/scenarios/${scenario}/draft`;

  const bad = await api.post(url, { data: { films: [{ filmId: film, screenings: 0 }], rules: { maxPerFilmPerDay: "one" } } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toEqual({
    "films.0.screenings": "must be at least 1",
    "rules.maxPerFilmPerDay": "must be a number",
  });
  const unknown = await api.post(url, { data: { films: [{ filmId: film, screenings: 1, venueIds: [other.venueId] }] } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.fields).toEqual({ "films.0.venueIds.0": "is not a venue of this edition" });
  const elsewhere = await api.post(`/api/v1/editions/${other.slug}/scenarios/${scenario}/draft`, {
    data: { films: [{ filmId: film, screenings: 1 }] },
  });
  expect(elsewhere.status()).toBe(404);
  expect(await screeningsOf(scenario)).toEqual([]);
});
