import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "@/e2e/constants";
import { anonymous, getOk, makeEdition, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";

test.describe("releases and the public schedule", () => {
  test("404 before the first release; publish is blocked by errors; a release snapshots confirmed screenings only", async () => {
    const api = await signedIn();
    const pub = await anonymous();
    const ed = await makeEdition(api);
    expect((await pub.get(`/api/v1/editions/${ed.slug}/schedule`)).status()).toBe(404);

    const film = await makeFilm(api, {
      title: "Matewan",
      year: 1987,
      directors: ["John Sayles"],
      runtimeMinutes: 135,
      internalNotes: "print from the archive, call +351 912 345 678",
    });
    const pencil = await makeFilm(api, { title: "Pencilled", runtimeMinutes: 80 });
    const a = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:30:00+01:00");
    const clash = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00");
    const b = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00");
    expect(
      (await api.put(`/api/v1/editions/${ed.slug}/slots/${a.id}/screening`, { data: { filmIds: [film], preShowMinutes: 5 } })).status(),
    ).toBe(200);
    expect(
      (await api.put(`/api/v1/editions/${ed.slug}/slots/${b.id}/screening`, { data: { filmIds: [pencil], status: "tentative" } })).status(),
    ).toBe(200);

    const blocked = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} });
    expect(blocked.status()).toBe(409);
    const blockedBody = (await blocked.json()).error;
    expect(blockedBody.code).toBe("blocking_conflicts");
    expect(blockedBody.conflicts.map((c: { type: string }) => c.type)).toEqual(["venue-overlap"]);

    expect((await api.delete(`/api/v1/editions/${ed.slug}/slots/${clash.id}`)).status()).toBe(204);
    const preview = await (await api.get(`/api/v1/editions/${ed.slug}/releases/preview`)).json();
    expect(preview.nextVersion).toBe(1);
    expect(preview.blocking).toEqual([]);

    const published = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "First" } });
    expect(published.status()).toBe(201);
    const rel = await published.json();
    expect(rel.version).toBe(1);
    expect(rel.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(rel.changes).toHaveLength(1);
    expect(rel.changes[0]).toMatchObject({ type: "new" });

    const schedule = await pub.get(`/api/v1/editions/${ed.slug}/schedule`);
    expect(schedule.status()).toBe(200);
    const text = await schedule.text();
    expect(text).not.toContain("912 345 678");
    expect(text).not.toContain("internalNotes");
    expect(text).not.toContain("Pencilled");
    const json = JSON.parse(text);
    const screenings = json.days.flatMap((d: { screenings: unknown[] }) => d.screenings);
    expect(screenings).toHaveLength(1);
    expect(screenings[0]).toMatchObject({
      startsAt: "2026-10-23T18:00:00+01:00",
      endsAt: "2026-10-23T20:30:00+01:00",
      status: "confirmed",
    });
    expect(screenings[0].venue.name).toBe("Cinema 1");
    expect(screenings[0].films[0]).toMatchObject({ title: "Matewan", runtimeMinutes: 135 });
    expect(json.days.map((d: { date: string }) => d.date)).toEqual(["2026-10-23", "2026-10-24", "2026-10-25"]);

    // A second release with a change has version 2 and a changelog; the list is public, newest first.
    const c = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T18:00:00+01:00", "2026-10-24T21:00:00+01:00");
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${c.id}/screening`, { data: { filmIds: [pencil] } })).status()).toBe(200);
    const second = await (await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: {} })).json();
    expect(second.version).toBe(2);
    expect(second.changes.map((x: { type: string }) => x.type)).toEqual(["new"]);
    const list = await (await pub.get(`/api/v1/editions/${ed.slug}/releases`)).json();
    expect(list.releases.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  test("publishing needs a signed-in publisher; the demo festival has a release", async () => {
    const pub = await anonymous();
    const res = await getOk(pub, `/api/v1/editions/${DEMO_SLUG}/schedule`);
    const json = await res.json();
    const all = json.days.flatMap((d: { screenings: { films: { runtimeMinutes: number }[]; afterMidnight: boolean }[] }) => d.screenings);
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(all.some((s: { films: { runtimeMinutes: number }[] }) => s.films.some((f) => f.runtimeMinutes === 177))).toBe(true);
    expect(all.some((s: { afterMidnight: boolean }) => s.afterMidnight)).toBe(true);
    expect(all.some((s: { films: unknown[] }) => s.films.length >= 3)).toBe(true);
    expect((await pub.post(`/api/v1/editions/${DEMO_SLUG}/releases`, { data: {} })).status()).toBe(401);
  });
});
