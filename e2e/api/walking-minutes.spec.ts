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

const url = (slug: string) => `/api/v1/editions/${slug}/walking-minutes`;

test.describe("/api/v1/editions/{slug}/walking-minutes", () => {
  test("PUT replaces the whole set, GET reads it back; an empty list removes every walk", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    expect(await (await api.get(url(ed.slug))).json()).toEqual({ minutes: [] });
    const minutes = [
      { fromVenueId: ed.venueId, toVenueId: ed.venue2Id, minutes: 12 },
      { fromVenueId: ed.venue2Id, toVenueId: ed.venueId, minutes: 15 },
    ];
    const put = await api.put(url(ed.slug), { data: { minutes } });
    expect(put.status(), await put.text()).toBe(200);
    expect(await put.json()).toEqual({ minutes });
    expect(await (await api.get(url(ed.slug))).json()).toEqual({ minutes });
    // replaced, not merged
    const one = [{ fromVenueId: ed.venue2Id, toVenueId: ed.venueId, minutes: 0 }];
    expect(await (await api.put(url(ed.slug), { data: { minutes: one } })).json()).toEqual({ minutes: one });
    expect(await (await api.get(url(ed.slug))).json()).toEqual({ minutes: one });
    expect(await (await api.put(url(ed.slug), { data: { minutes: [] } })).json()).toEqual({ minutes: [] });
    // audited
    const audit = await (await api.get(`/api/v1/audit?edition=${ed.slug}&entity=edition`)).json();
    expect(JSON.stringify(audit)).toContain("walking-minutes");
  });

  test("400 naming the field; nothing half-written", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const other = await makeEdition(api);
    const good = { fromVenueId: ed.venueId, toVenueId: ed.venue2Id, minutes: 12 };
    expect((await api.put(url(ed.slug), { data: { minutes: [good] } })).status()).toBe(200);
    for (const bad of [
      { name: "a venue of another edition", walk: { ...good, fromVenueId: other.venueId }, field: "minutes.1.fromVenueId" },
      { name: "negative minutes", walk: { ...good, minutes: -5 }, field: "minutes.1.minutes" },
      { name: "over 240 minutes", walk: { ...good, minutes: 241 }, field: "minutes.1.minutes" },
      { name: "minutes not whole", walk: { ...good, minutes: 7.5 }, field: "minutes.1.minutes" },
      { name: "from and to the same venue", walk: { ...good, toVenueId: ed.venueId }, field: "minutes.1.toVenueId" },
      { name: "the same pair twice", walk: { ...good, minutes: 20 }, field: "minutes.1.toVenueId" },
      { name: "an unknown field", walk: { ...good, metres: 800 }, field: "minutes.1.metres" },
    ]) {
      const res = await api.put(url(ed.slug), { data: { minutes: [{ ...good, minutes: 3 }, bad.walk] } });
      expect(res.status(), bad.name).toBe(400);
      const body = await res.json();
      expect(body.error.code, bad.name).toBe("bad_request");
      expect(Object.keys(body.error.fields), bad.name).toContain(bad.field);
    }
    expect(await (await api.get(url(ed.slug))).json()).toEqual({ minutes: [good] });
  });

  test("401 signed out, 403 for a viewer (before the body is read), 404 for an unknown edition", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const data = { minutes: [{ fromVenueId: ed.venueId, toVenueId: ed.venue2Id, minutes: 12 }] };
    const anon = await anonymous();
    expect((await anon.get(url(ed.slug))).status()).toBe(401);
    expect((await anon.put(url(ed.slug), { data })).status()).toBe(401);
    const viewer = await userWithRole("viewer");
    expect((await viewer.get(url(ed.slug))).status()).toBe(200);
    expect((await viewer.put(url(ed.slug), { data })).status()).toBe(403);
    expect((await viewer.put(url(ed.slug), { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(403);
    expect((await api.get(url("no-such-edition"))).status()).toBe(404);
    expect(await (await api.get(url(ed.slug))).json()).toEqual({ minutes: [] });
  });

  test("a guest 10 min apart in venues 15 min' walk apart: guest-overlap in the conflicts; the public venue page shows the walk", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const person = await api.post("/api/v1/people", { data: { name: `Ana ${ed.slug}`, role: "director" } });
    const guests = [{ personId: (await person.json()).id, role: "Q&A" }];
    const [salt, looms] = [
      await makeFilm(api, { title: "Salt", runtimeMinutes: 50 }),
      await makeFilm(api, { title: "Looms", runtimeMinutes: 50 }),
    ];
    const first = await makeSlot(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00");
    const second = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T19:10:00+01:00", "2026-10-24T20:10:00+01:00");
    for (const [slot, film] of [
      [first.id, salt],
      [second.id, looms],
    ]) {
      const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot}/screening`, {
        data: { filmIds: [film], status: "confirmed", guests },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
    const guestOverlaps = async () =>
      (
        (await (await api.get(`/api/v1/editions/${ed.slug}/conflicts`)).json()).conflicts as {
          type: string;
          severity: string;
          slotIds: number[];
          message: string;
        }[]
      ).filter((c) => c.type === "guest-overlap");
    expect(await guestOverlaps()).toEqual([]);
    // the public page before: no walk known
    expect((await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).status()).toBe(201);
    const page = `/schedule/${ed.slug}/venues/hall-b`;
    expect(await (await api.get(page)).text()).not.toContain("min walk from");

    expect(
      (await api.put(url(ed.slug), { data: { minutes: [{ fromVenueId: ed.venueId, toVenueId: ed.venue2Id, minutes: 15 }] } })).status(),
    ).toBe(200);
    const found = await guestOverlaps();
    expect(found.map(({ severity, slotIds }) => ({ severity, slotIds }))).toEqual([{ severity: "error", slotIds: [first.id, second.id] }]);
    expect(found[0]?.message).toContain("only 10 min between them, and the walk from Cinema 1 to Hall B takes 15 min");
    const onSlot = (await (await api.get(`/api/v1/editions/${ed.slug}/slots/${second.id}`)).json()).conflicts as { type: string }[];
    expect(onSlot.map((c) => c.type)).toContain("guest-overlap");

    // a release carries the walks (an error blocks it: the guest's second screening is pencilled back first)
    const pencil = await api.put(`/api/v1/editions/${ed.slug}/slots/${second.id}/screening`, {
      data: { filmIds: [looms], status: "cancelled", guests },
    });
    expect(pencil.status()).toBe(200);
    const released = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
    expect(released.status(), await released.text()).toBe(201);
    const html = await (await api.get(page)).text();
    expect(html).toMatch(/15 min walk from(?:<!-- -->)? <a[^>]*href="\/schedule\/[^"]+\/venues\/cinema-1"[^>]*>Cinema 1<\/a>/);
    expect(await (await api.get(`/schedule/${ed.slug}/venues/cinema-1`)).text()).toMatch(
      /15 min walk from(?:<!-- -->)? <a[^>]*>Hall B<\/a>/,
    );
  });
});
