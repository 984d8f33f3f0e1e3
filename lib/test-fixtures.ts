/** Small fixtures built in code for tests: catalogue films and release snapshots of the public outputs. */
import { emptyFilm, type FieldName } from "./catalogue/model";
import { SCREENING_DEFAULTS } from "./snapshot";
import type { Film, PublicFilm, ReleaseSnapshot, SnapshotScreening } from "./types";

/** A catalogue film: every field empty (as a reader starts it) but the ones given. */
export function catalogueFilm(id: number, fields: Partial<Film> = {}): Film {
  return { ...emptyFilm(), image: null, id, version: 1, ...fields };
}

/** A film with every catalogue field set (a quote, a semicolon and a line break in its synopsis). */
export const filmWithEveryField: Pick<Film, FieldName> = {
  title: "Salt of the Earth",
  originalTitle: "Salt Earth",
  year: 1954,
  directors: ["Herbert J. Biberman"],
  cast: ["Rosaura Revueltas", "Will Geer"],
  countries: ["USA"],
  runtimeMinutes: 94,
  languages: ["English", "Spanish"],
  subtitles: "English",
  genre: "Drama",
  rating: "12",
  section: "Labour on screen",
  synopsis: 'Miners strike; "the women" take the line.\nSecond paragraph.',
  internalNotes: "Print from the union archive",
};

export function film(id: number, title: string | null, runtimeMinutes: number | null, extra: Partial<PublicFilm> = {}): PublicFilm {
  return {
    id,
    title,
    originalTitle: null,
    year: 2000,
    directors: ["Jane Doe"],
    cast: [],
    countries: ["Portugal"],
    runtimeMinutes,
    languages: ["Portuguese"],
    subtitles: "English",
    genre: "Drama",
    rating: null,
    section: null,
    image: null,
    synopsis: null,
    ...extra,
  };
}

export function screening(
  id: number,
  venueId: number,
  startsAt: string,
  endsAt: string,
  filmIds: number[],
  extra: Partial<SnapshotScreening> = {},
): SnapshotScreening {
  return {
    id,
    venueId,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    filmIds,
    preShowMinutes: 0,
    introMinutes: 0,
    qaMinutes: 0,
    status: "confirmed",
    ...SCREENING_DEFAULTS,
    revision: 0,
    ...extra,
  };
}

/** Lisbon, 2026-10-23..25: the night of the 24th to the 25th the clocks go back. */
export function lisbonSnapshot(screenings: SnapshotScreening[], films: PublicFilm[]): ReleaseSnapshot {
  return {
    edition: {
      slug: "fest",
      name: "Fest",
      firstDay: "2026-10-23",
      lastDay: "2026-10-25",
      timeZone: "Europe/Lisbon",
      dayBreak: "06:00",
      accentColor: null,
      logo: null,
    },
    venues: [
      { id: 1, slug: "cinema-1", name: "Cinema 1", capacity: 200, stepFree: false },
      { id: 2, slug: "hall-b", name: "Hall B", capacity: 80, stepFree: false },
    ],
    films,
    screenings,
    walking: [],
  };
}
