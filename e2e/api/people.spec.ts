import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { anonymous, baseURL, makeEdition, makeFilm, makeSlot, signedIn, uniqueSlug } from "@/e2e/helpers";

/** A signed-in API client with this role (a new user). */
async function userWithRole(role: string): Promise<APIRequestContext> {
  const admin = await signedIn();
  const email = `${uniqueSlug(role)}@lineup.test`;
  const res = await admin.post("/api/v1/users", { data: { email, password: "a-long-password-1", role } });
  expect(res.status(), await res.text()).toBe(201);
  const ctx = await request.newContext({ baseURL });
  expect((await ctx.post("/api/v1/session", { data: { email, password: "a-long-password-1" } })).status()).toBe(200);
  return ctx;
}

async function makePerson(api: APIRequestContext, data: Record<string, unknown>): Promise<{ id: number; version: number }> {
  const res = await api.post("/api/v1/people", { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

interface Conflict {
  type: string;
  severity: string;
  message: string;
  slotIds: number[];
}

const guestConflicts = (list: Conflict[]) =>
  list.filter((c) => c.type.startsWith("guest-")).map(({ type, severity, slotIds }) => ({ type, severity, slotIds }));

test.describe("/api/v1/people", () => {
  test("create (201), list, update (200), delete (204) a person", async () => {
    const api = await signedIn();
    const name = `Ana Ferreira ${uniqueSlug("p")}`;
    const created = await api.post("/api/v1/people", {
      data: {
        name,
        role: "director",
        internalNotes: "arrives by train",
        availability: [{ from: "2026-10-23T10:00:00+01:00", to: "2026-10-25T18:00:00Z" }],
      },
    });
    expect(created.status()).toBe(201);
    const person = await created.json();
    expect(person).toMatchObject({
      name,
      role: "director",
      internalNotes: "arrives by train",
      availability: [{ from: "2026-10-23T09:00:00.000Z", to: "2026-10-25T18:00:00.000Z" }],
      version: 1,
    });
    const list = await (await api.get("/api/v1/people")).json();
    expect(list.people.map((p: { id: number }) => p.id)).toContain(person.id);

    const patched = await api.patch(`/api/v1/people/${person.id}`, { data: { role: "moderator", availability: [], version: 1 } });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({ name, role: "moderator", availability: [], version: 2 });
    const stale = await api.patch(`/api/v1/people/${person.id}`, { data: { role: "cast", version: 1 } });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.code).toBe("stale_version");

    expect((await api.delete(`/api/v1/people/${person.id}`)).status()).toBe(204);
    expect((await api.patch(`/api/v1/people/${person.id}`, { data: { role: "cast" } })).status()).toBe(404);
  });

  for (const bad of [
    { name: "an empty name", data: { name: "  " }, field: "name" },
    { name: "an unknown field", data: { name: "Rosa", email: "rosa@example.org" }, field: "email" },
    {
      name: "a range without an offset",
      data: { name: "Rosa", availability: [{ from: "2026-10-23T10:00", to: "2026-10-24T10:00:00Z" }] },
      field: "availability.0.from",
    },
    {
      name: "a range that ends before it starts",
      data: { name: "Rosa", availability: [{ from: "2026-10-24T10:00:00Z", to: "2026-10-23T10:00:00Z" }] },
      field: "availability.0.to",
    },
  ])
    test(`400 naming the field: ${bad.name}`, async () => {
      const api = await signedIn();
      const res = await api.post("/api/v1/people", { data: bad.data });
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("bad_request");
      expect(Object.keys(body.error.fields)).toContain(bad.field);
    });

  test("401 signed out, 403 for a viewer (who may read)", async () => {
    const api = await signedIn();
    const { id } = await makePerson(api, { name: `Guarded ${uniqueSlug("p")}` });
    const anon = await anonymous();
    expect((await anon.get("/api/v1/people")).status()).toBe(401);
    expect((await anon.post("/api/v1/people", { data: { name: "X" } })).status()).toBe(401);
    expect((await anon.patch(`/api/v1/people/${id}`, { data: { name: "X" } })).status()).toBe(401);
    expect((await anon.delete(`/api/v1/people/${id}`)).status()).toBe(401);
    const viewer = await userWithRole("viewer");
    expect((await viewer.get("/api/v1/people")).status()).toBe(200);
    expect((await viewer.post("/api/v1/people", { data: { name: "X" } })).status()).toBe(403);
    expect((await viewer.patch(`/api/v1/people/${id}`, { data: { name: "X" } })).status()).toBe(403);
    expect((await viewer.delete(`/api/v1/people/${id}`)).status()).toBe(403);
  });
});

test.describe("guests of screenings", () => {
  test("guests go on a screening through the PUT; an unknown person is 400; a guest cannot be deleted (409 in_use)", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const film = await makeFilm(api, { title: `Salt ${ed.slug}`, runtimeMinutes: 90 });
    const ana = await makePerson(api, { name: `Ana ${ed.slug}`, role: "director" });
    const slot = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
    const url = `/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`;

    const unknown = await api.put(url, { data: { filmIds: [film], guests: [{ personId: 999_999, role: null }] } });
    expect(unknown.status()).toBe(400);
    expect(Object.keys((await unknown.json()).error.fields)).toContain("guests.0.personId");

    const put = await api.put(url, { data: { filmIds: [film], title: "Opening night", guests: [{ personId: ana.id, role: "Q&A" }] } });
    expect(put.status(), await put.text()).toBe(200);
    const read = await (await api.get(`/api/v1/editions/${ed.slug}/slots/${slot.id}`)).json();
    expect(read.screening).toMatchObject({ title: "Opening night", guests: [{ personId: ana.id, role: "Q&A" }] });

    const del = await api.delete(`/api/v1/people/${ana.id}`);
    expect(del.status()).toBe(409);
    const body = await del.json();
    expect(body.error.code).toBe("in_use");
    expect(body.error.message).toContain(`Ana ${ed.slug} is a guest of 1 screening`);
  });

  test("guest-overlap (error when both confirmed, else warning) and guest-unavailable, in the conflicts and on the slots", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const salt = await makeFilm(api, { title: `Salt ${ed.slug}`, runtimeMinutes: 60 });
    const looms = await makeFilm(api, { title: `Looms ${ed.slug}`, runtimeMinutes: 60 });
    const ana = await makePerson(api, { name: `Ana ${ed.slug}` });
    const first = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00");
    const second = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T19:00:00+01:00", "2026-10-24T20:30:00+01:00");
    const guests = [{ personId: ana.id, role: "director" }];
    const screening = (slotId: number, data: Record<string, unknown>) =>
      api.put(`/api/v1/editions/${ed.slug}/slots/${slotId}/screening`, { data: { guests, ...data } });
    const conflicts = async () => (await (await api.get(`/api/v1/editions/${ed.slug}/conflicts`)).json()).conflicts as Conflict[];
    const onSlot = async (id: number) => (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${id}`)).json()).conflicts as Conflict[];

    expect((await screening(first.id, { filmIds: [salt] })).status()).toBe(200);
    const put = await screening(second.id, { filmIds: [looms], title: "Shorts: Work and Hands" });
    expect(put.status()).toBe(200);
    const overlap = { type: "guest-overlap", severity: "error", slotIds: [first.id, second.id] };
    expect(guestConflicts((await put.json()).conflicts)).toEqual([overlap]);
    const all = await conflicts();
    expect(guestConflicts(all)).toEqual([overlap]);
    expect(all.find((c) => c.type === "guest-overlap")?.message).toBe(
      `Ana ${ed.slug} is a guest of "Salt ${ed.slug}" at 2026-10-24 18:00–19:30 in Cinema 1 and of "Shorts: Work and Hands" at 2026-10-24 19:00–20:30 in Hall B: the times overlap`,
    );
    expect(guestConflicts(await onSlot(first.id))).toEqual([overlap]);

    // tentative: a warning, which does not block a release
    expect((await screening(second.id, { filmIds: [looms], status: "tentative" })).status()).toBe(200);
    expect(guestConflicts(await conflicts())).toEqual([{ ...overlap, severity: "warning" }]);
    expect(guestConflicts(await onSlot(first.id))).toEqual([{ ...overlap, severity: "warning" }]);

    // away on the first evening: guest-unavailable on that slot only
    const patched = await api.patch(`/api/v1/people/${ana.id}`, {
      data: { availability: [{ from: "2026-10-24T18:45:00+01:00", to: "2026-10-26T12:00:00Z" }] },
    });
    expect(patched.status()).toBe(200);
    const away = { type: "guest-unavailable", severity: "warning", slotIds: [first.id] };
    expect(guestConflicts(await conflicts())).toEqual([{ ...overlap, severity: "warning" }, away]);
    expect(guestConflicts(await onSlot(first.id))).toEqual([{ ...overlap, severity: "warning" }, away]);
    expect((await conflicts()).find((c) => c.type === "guest-unavailable")?.message).toContain(
      `Ana ${ed.slug} is not available for "Salt ${ed.slug}" at 2026-10-24 18:00–19:30 in Cinema 1 (available 2026-10-24 18:45 to 2026-10-26 12:00)`,
    );

    // cancelled: no clash, no absence
    expect((await screening(first.id, { filmIds: [salt], status: "cancelled" })).status()).toBe(200);
    expect(guestConflicts(await conflicts())).toEqual([]);
  });
});
