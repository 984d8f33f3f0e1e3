/**
 * Releases written before a field existed: their snapshots are read with that field's empty
 * value (no programme title, no guests, the films' own languages, no ticket status), so every
 * output can rely on the whole shape. Before issue 17 no walking minutes were released, and every release was English only, with no translations. A release is never rewritten.
 */
import type { PublicFilm, ReleaseSnapshot, SnapshotEdition, SnapshotScreening, SnapshotVenue } from "./types";

/** A released screening's programme, language, access and tickets when it has none (older releases, fixtures). */
export const SCREENING_DEFAULTS = {
  title: null,
  description: null,
  languages: null,
  subtitles: null,
  accessibility: [],
  format: null,
  ticketUrl: null,
  availability: null,
  guests: [],
  translations: {},
} satisfies Partial<SnapshotScreening>;

const FILM_DEFAULTS = { rating: null, section: null, image: null, translations: {} } satisfies Partial<PublicFilm>;

const EDITION_DEFAULTS = {
  accentColor: null,
  logo: null,
  locales: [],
  defaultLocale: "en",
  translations: {},
} satisfies Partial<SnapshotEdition>;

const VENUE_DEFAULTS = { stepFree: false, translations: {} } satisfies Partial<SnapshotVenue>;

/** The snapshot with every field it lacks set to its empty value (the same object when it lacks none). */
export function upgradeSnapshot(snapshot: ReleaseSnapshot): ReleaseSnapshot {
  const first = snapshot.screenings.at(0);
  if ("walking" in snapshot && "translations" in snapshot.edition && (first === undefined || "translations" in first)) return snapshot;
  return {
    walking: [],
    edition: { ...EDITION_DEFAULTS, ...snapshot.edition },
    venues: snapshot.venues.map((v) => ({ ...VENUE_DEFAULTS, ...v })),
    films: snapshot.films.map((f) => ({ ...FILM_DEFAULTS, ...f })),
    screenings: snapshot.screenings.map((s) => ({ ...SCREENING_DEFAULTS, ...s })),
  };
}
