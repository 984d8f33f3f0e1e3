import { expect, test } from "@playwright/test";
import { getOk, makeEdition, signedIn, uniqueSlug } from "@/e2e/helpers";

test.describe("/api/v1/editions and venues", () => {
  test("creates an edition and reads it back with its venues", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const res = await getOk(api, `/api/v1/editions/${ed.slug}`);
    const body = await res.json();
    expect(body).toMatchObject({
      slug: ed.slug,
      timeZone: "Europe/Lisbon",
      dayBreak: "06:00",
      firstDay: "2026-10-23",
      lastDay: "2026-10-25",
    });
    expect(body.venues.map((v: { name: string }) => v.name)).toEqual(["Cinema 1", "Hall B"]);
    const venues = await (await api.get(`/api/v1/editions/${ed.slug}/venues`)).json();
    expect(venues.venues[0]).toMatchObject({ name: "Cinema 1", capacity: 200, changeoverMinutes: 15, slug: "cinema-1" });
  });

  test("dayBreak defaults to 06:00", async () => {
    const api = await signedIn();
    const slug = uniqueSlug("db");
    const res = await api.post("/api/v1/editions", {
      data: { slug, name: "D", firstDay: "2026-05-01", lastDay: "2026-05-03", timeZone: "America/New_York" },
    });
    expect(res.status()).toBe(201);
    expect((await res.json()).dayBreak).toBe("06:00");
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["unknown zone", { timeZone: "Europe/Atlantis" }, "timeZone"],
    ["last day before first", { firstDay: "2026-10-25", lastDay: "2026-10-23" }, "lastDay"],
    ["impossible date", { firstDay: "2026-02-30" }, "firstDay"],
    ["bad day-break", { dayBreak: "25:00" }, "dayBreak"],
    ["slug with spaces", { slug: "Not A Slug" }, "slug"],
    ["missing name", { name: "" }, "name"],
  ];
  for (const [name, override, field] of bad) {
    test(`400 for ${name}, naming ${field}`, async () => {
      const api = await signedIn();
      const slug = uniqueSlug("bad");
      const res = await api.post("/api/v1/editions", {
        data: { slug, name: "X", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", ...override },
      });
      expect(res.status()).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain(field);
      expect((await api.get(`/api/v1/editions/${override.slug ?? slug}`)).status()).toBe(404);
    });
  }

  test("a taken slug is 409", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const res = await api.post("/api/v1/editions", {
      data: { slug: ed.slug, name: "Again", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" },
    });
    expect(res.status()).toBe(409);
  });

  test("venue input is validated and names are unique per edition", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const neg = await api.post(`/api/v1/editions/${ed.slug}/venues`, { data: { name: "Neg", changeoverMinutes: -5 } });
    expect(neg.status()).toBe(400);
    expect((await neg.json()).error.fields).toHaveProperty("changeoverMinutes");
    const dup = await api.post(`/api/v1/editions/${ed.slug}/venues`, { data: { name: "cinema 1" } });
    expect(dup.status()).toBe(409);
    const upd = await api.patch(`/api/v1/editions/${ed.slug}/venues/${ed.venue2Id}`, { data: { name: "Hall C", changeoverMinutes: 10 } });
    expect(upd.status()).toBe(200);
    expect(await upd.json()).toMatchObject({ name: "Hall C", slug: "hall-c", changeoverMinutes: 10 });
    expect((await api.get("/api/v1/editions/no-such-edition/venues")).status()).toBe(404);
  });
});
