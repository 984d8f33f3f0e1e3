/**
 * Issue 12 §4.6: the personal-data rule that keeps phone numbers, e-mail and postal addresses
 * out of a film's public fields guards every other text that reaches the public: release
 * notes, edition and venue names (refused with 422 naming the field: they have no internal notes).
 */
import { expect, test } from "@playwright/test";
import { anonymous, makeEdition, signedIn } from "@/e2e/helpers";

const PERSONAL: [string, string][] = [
  ["an e-mail address", "write to ana.silva@example.org"],
  ["a phone number", "call +351 912 345 678"],
  ["a postal address", "Rua Augusta 12, 1200-123 Lisboa"],
];

test.describe("personal data outside film fields", () => {
  test("a release note with an e-mail address and a phone number is refused (422, note), nothing published", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const res = await api.post(`/api/v1/editions/${ed.slug}/releases`, {
      data: { note: "Questions? Ask Ana at ana.silva@example.org or +351 912 345 678." },
    });
    expect(res.status(), await res.text()).toBe(422);
    const err = (await res.json()).error;
    expect(err.code).toBe("unprocessable");
    expect(Object.keys(err.fields)).toEqual(["note"]);
    expect(err.fields.note).toMatch(/e-mail|phone/);
    expect((await api.get(`/api/v1/editions/${ed.slug}/releases`)).status()).toBe(200);
    expect((await (await api.get(`/api/v1/editions/${ed.slug}/releases`)).json()).releases).toEqual([]);
    const ok = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "First programme: 12 films in 2 venues." } });
    expect(ok.status(), await ok.text()).toBe(201);
    const changes = await (await (await anonymous()).get(`/schedule/${ed.slug}/changes`)).text();
    expect(changes).toContain("First programme: 12 films in 2 venues.");
  });

  for (const [kind, text] of PERSONAL) {
    test(`${kind} in an edition's or a venue's name is refused (422 naming name), on create and on PATCH`, async () => {
      const api = await signedIn();
      const ed = await makeEdition(api);
      const cases: [string, string, Record<string, unknown>][] = [
        [
          "POST",
          "/api/v1/editions",
          { slug: `pd-${Date.now().toString(36)}`, name: `Fest ${text}`, firstDay: "2026-01-01", lastDay: "2026-01-02", timeZone: "UTC" },
        ],
        ["PATCH", `/api/v1/editions/${ed.slug}`, { name: `Fest ${text}` }],
        ["POST", `/api/v1/editions/${ed.slug}/venues`, { name: `Hall ${text}` }],
        ["PATCH", `/api/v1/editions/${ed.slug}/venues/${ed.venueId}`, { name: `Hall ${text}` }],
      ];
      for (const [method, url, data] of cases) {
        const res = await api.fetch(url, { method, data });
        expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(422);
        const err = (await res.json()).error;
        expect(err.code).toBe("unprocessable");
        expect(Object.keys(err.fields)).toEqual(["name"]);
      }
      const edition = await (await api.get(`/api/v1/editions/${ed.slug}`)).json();
      expect(edition.name).toBe(`Test ${ed.slug}`);
      expect(edition.venues.map((v: { name: string }) => v.name)).toEqual(["Cinema 1", "Hall B"]);
    });
  }

  test("film fields keep their rule: personal data moves to the internal notes, flagged", async () => {
    const api = await signedIn();
    const res = await api.post("/api/v1/films", {
      data: { title: "Matewan", synopsis: "A strike in 1920. Contact ana.silva@example.org for the print.", runtimeMinutes: 135 },
    });
    expect(res.status()).toBe(201);
    const film = await res.json();
    expect(film.synopsis).not.toContain("@");
    expect(film.internalNotes).toContain("ana.silva@example.org");
    expect(film.flags).toContain("personal-data");
  });
});
