/**
 * Issue 12 §4.1: PATCH changes exactly the fields sent, on every resource.
 * A property test over HTTP: for film, edition, venue and slot, PATCH one random field
 * with a random valid value; that field takes the value and every other field is unchanged.
 */
import { type APIRequestContext, expect, test } from "@playwright/test";
import fc from "fast-check";
import { makeEdition, makeFilm, signedIn, uniqueSlug } from "@/e2e/helpers";
import { filmWithEveryField } from "@/lib/test-fixtures";

type Rec = Record<string, unknown>;

/** Words without digits, so no value looks like personal data (phone numbers, addresses). */
const word = fc.constantFrom("Salt", "Earth", "Matewan", "Strike", "Union", "Miners", "Harlan", "County", "Norma", "Rae");
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const optionalWords = fc.option(words, { nil: null });
const list = fc.array(words, { minLength: 0, maxLength: 3 });

const filmValues: Record<string, fc.Arbitrary<unknown>> = {
  title: optionalWords,
  originalTitle: optionalWords,
  year: fc.option(fc.integer({ min: 1870, max: 2100 }), { nil: null }),
  directors: list,
  cast: list,
  countries: list,
  runtimeMinutes: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
  languages: list,
  subtitles: optionalWords,
  genre: optionalWords,
  synopsis: optionalWords,
  internalNotes: optionalWords,
};

/** Every field of the film except the one patched (and what follows from data: version, flags). */
function others(rec: Rec, field: string, derived: string[] = []): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(rec)) if (k !== field && k !== "version" && !derived.includes(k)) out[k] = v;
  return out;
}

async function patchOk(api: APIRequestContext, url: string, data: Rec): Promise<Rec> {
  const res = await api.patch(url, { data });
  expect(res.status(), `${url} ${JSON.stringify(data)}: ${await res.text()}`).toBe(200);
  return res.json();
}

/** PATCHes `changes` (one field, maybe with a version) and checks that nothing but that field, the version and `derived` changed. */
async function patchOnly(api: APIRequestContext, url: string, before: Rec, field: string, changes: Rec, derived: string[]): Promise<Rec> {
  const after = await patchOk(api, url, changes);
  expect(others(after, field, derived), `PATCH ${field} only`).toEqual(others(before, field, derived));
  return after;
}

const full: Rec = filmWithEveryField;

test.describe("PATCH changes exactly the fields sent", () => {
  test("the reported cases: a film's title keeps its lists; a venue's name keeps its changeover", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, full);
    const film = await patchOk(api, `/api/v1/films/${id}`, { title: "t2", version: 1 });
    expect(film).toMatchObject({ ...full, title: "t2", version: 2 });

    const ed = await makeEdition(api);
    const venue = await patchOk(api, `/api/v1/editions/${ed.slug}/venues/${ed.venueId}`, { name: "Cinema One" });
    expect(venue).toMatchObject({ name: "Cinema One", capacity: 200, changeoverMinutes: 15 });
  });

  test("film: every field, one at a time (property)", async () => {
    const api = await signedIn();
    const id = await makeFilm(api, full);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...Object.keys(filmValues))
          .chain((field) => fc.tuple(fc.constant(field), filmValues[field] as fc.Arbitrary<unknown>)),
        fc.boolean(),
        async ([field, value], withVersion) => {
          // Start every run from a film with every field set, so an emptied field shows.
          const reset = await (await api.get(`/api/v1/films/${id}`)).json();
          const before = await patchOk(api, `/api/v1/films/${id}`, { ...full, version: reset.version });
          const changes = { [field]: value, ...(withVersion ? { version: before.version } : {}) };
          const after = await patchOnly(api, `/api/v1/films/${id}`, before, field, changes, ["flags"]);
          expect(after[field], field).toEqual(value);
          expect(after.version).toBe((before.version as number) + 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("edition: every field, one at a time (property)", async () => {
    const api = await signedIn();
    let slug = (await makeEdition(api)).slug;
    const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("slug", "name", "firstDay", "lastDay", "timeZone", "dayBreak"),
        fc.integer({ min: 0, max: 60 }),
        words,
        fc.constantFrom("Europe/Lisbon", "America/New_York", "Asia/Tokyo", "Pacific/Auckland", "UTC"),
        fc.constantFrom("00:00", "04:30", "06:00", "07:15"),
        async (field, n, text, zone, clock) => {
          const before = await (await api.get(`/api/v1/editions/${slug}`)).json();
          const value =
            field === "slug"
              ? uniqueSlug("pe")
              : field === "name"
                ? text
                : field === "firstDay"
                  ? day(before.lastDay, -n)
                  : field === "lastDay"
                    ? day(before.firstDay, n)
                    : field === "timeZone"
                      ? zone
                      : clock;
          const after = await patchOnly(api, `/api/v1/editions/${slug}`, before, field, { [field]: value }, ["venues"]);
          if (field === "slug") slug = value;
          expect(after[field], field).toEqual(value);
        },
      ),
      { numRuns: 25 },
    );
  });

  test("venue: every field, one at a time (property)", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const url = `/api/v1/editions/${ed.slug}/venues/${ed.venueId}`;
    const venueOf = async () => {
      const { venues } = await (await api.get(`/api/v1/editions/${ed.slug}/venues`)).json();
      return venues.find((v: { id: number }) => v.id === ed.venueId) as Rec;
    };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("name", "capacity", "changeoverMinutes"),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        fc.integer({ min: 1, max: 240 }),
        async (field, capacity, minutes) => {
          // Every field set (changeover never 0), so a field reset to its default shows.
          await patchOk(api, url, { name: `Cinema ${"I".repeat((n % 5) + 1)}`, capacity: 150, changeoverMinutes: 15 });
          const before = await venueOf();
          n += 1;
          const value =
            field === "name" ? `Screen ${"V".repeat((n % 7) + 1)} ${n % 2 ? "North" : "South"}` : field === "capacity" ? capacity : minutes;
          const after = await patchOnly(api, url, before, field, { [field]: value }, ["slug"]);
          expect(after[field], field).toEqual(value);
        },
      ),
      { numRuns: 25 },
    );
  });

  test("slot: every field, one at a time (property)", async () => {
    const api = await signedIn();
    const ed = await makeEdition(api);
    const created = await api.post(`/api/v1/editions/${ed.slug}/slots`, {
      data: { venueId: ed.venueId, startsAt: "2026-10-23T14:00:00+01:00", endsAt: "2026-10-23T16:00:00+01:00" },
    });
    expect(created.status()).toBe(201);
    const url = `/api/v1/editions/${ed.slug}/slots/${(await created.json()).id}`;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("venueId", "startsAt", "endsAt"),
        fc.boolean(),
        fc.integer({ min: 1, max: 600 }),
        async (field, second, minutes) => {
          const before = await (await api.get(url)).json();
          const start = Date.parse(before.startsAt);
          const end = Date.parse(before.endsAt);
          const value =
            field === "venueId"
              ? second
                ? ed.venue2Id
                : ed.venueId
              : field === "startsAt"
                ? new Date(end - minutes * 60_000).toISOString()
                : new Date(start + minutes * 60_000).toISOString();
          const derived = ["minutes", "festivalDay", "fit", "conflicts"];
          const after = await patchOnly(api, url, before, field, { [field]: value, version: before.version }, derived);
          if (field === "venueId") expect(after.venueId).toBe(value);
          else expect(Date.parse(String(after[field])), field).toBe(Date.parse(String(value)));
        },
      ),
      { numRuns: 25 },
    );
  });
});
