import { describe, expect, it } from "vitest";
import { upgradeSnapshot } from "./snapshot";
import type { ReleaseSnapshot } from "./types";

/** A release as the first wave wrote it: none of issue 15's fields. */
const OLD = {
  edition: { slug: "f", name: "F", firstDay: "2026-10-01", lastDay: "2026-10-02", timeZone: "Europe/Lisbon", dayBreak: "06:00" },
  venues: [{ id: 1, slug: "a", name: "A", capacity: 10 }],
  films: [
    {
      id: 7,
      title: "Matewan",
      originalTitle: null,
      year: 1987,
      directors: [],
      cast: [],
      countries: [],
      runtimeMinutes: 135,
      languages: ["English"],
      subtitles: null,
      genre: null,
      synopsis: null,
    },
  ],
  screenings: [
    {
      id: 3,
      venueId: 1,
      startsAt: "2026-10-01T19:00:00.000Z",
      endsAt: "2026-10-01T21:30:00.000Z",
      filmIds: [7],
      preShowMinutes: 0,
      introMinutes: 0,
      qaMinutes: 0,
      status: "confirmed",
      revision: 1,
    },
  ],
} as unknown as ReleaseSnapshot;

describe("upgradeSnapshot", () => {
  it("an old release reads with empty values for every new field", () => {
    const up = upgradeSnapshot(OLD);
    expect(up.edition).toMatchObject({ accentColor: null, logo: null, name: "F" });
    expect(up.venues[0]).toMatchObject({ stepFree: false, capacity: 10 });
    expect(up.walking).toEqual([]);
    expect(up.films[0]).toMatchObject({ rating: null, section: null, image: null, title: "Matewan" });
    expect(up.screenings[0]).toMatchObject({
      title: null,
      guests: [],
      accessibility: [],
      availability: null,
      languages: null,
      revision: 1,
    });
  });
  it("a release of issue 15 (guests, no walking minutes) reads with none", () => {
    const issue15 = { ...upgradeSnapshot(OLD) } as Partial<ReleaseSnapshot>;
    delete issue15.walking;
    const up = upgradeSnapshot(issue15 as ReleaseSnapshot);
    expect(up.walking).toEqual([]);
    expect(up.screenings[0]).toMatchObject({ guests: [], revision: 1 });
  });
  it("a release's walking minutes are kept", () => {
    const walking = [{ fromVenueId: 1, toVenueId: 2, minutes: 12 }];
    expect(upgradeSnapshot({ ...upgradeSnapshot(OLD), walking }).walking).toEqual(walking);
  });
  it("a release before issue 17's languages reads as English only, without translations", () => {
    const up = upgradeSnapshot(OLD);
    expect(up.edition).toMatchObject({ locales: [], defaultLocale: "en", translations: {} });
    expect(up.films[0]?.translations).toEqual({});
    expect(up.venues[0]?.translations).toEqual({});
    expect(up.screenings[0]?.translations).toEqual({});
  });
  it("a release's translations are kept", () => {
    const up = upgradeSnapshot(OLD);
    const withPt = { ...up, films: up.films.map((f) => ({ ...f, translations: { pt: { title: "Matewan (pt)" } } })) };
    expect(upgradeSnapshot(withPt).films[0]?.translations).toEqual({ pt: { title: "Matewan (pt)" } });
  });
  it("a current release is returned as it is", () => {
    const up = upgradeSnapshot(OLD);
    expect(upgradeSnapshot(up)).toBe(up);
  });
  it("an old release without screenings still gets the edition's new fields", () => {
    const empty = { ...OLD, screenings: [] } as ReleaseSnapshot;
    expect(upgradeSnapshot(empty).edition.accentColor).toBeNull();
  });
});
