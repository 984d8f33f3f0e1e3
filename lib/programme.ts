/**
 * Programme layout: turns a release snapshot into the one view model every
 * public output reads (day pages, film and venue pages, print, iCal, frab,
 * CSV, the public JSON). One function, so every output says the same thing.
 */

import { dayLabel, daysBetween, elapsedMinutes, festivalDayOf, isAfterMidnight, localParts, toZonedIso } from "./festival-time";
import { dateLocale, defaultLocaleOf, localised, siteLocales, type TextLangs } from "./i18n";
import { displayTitle, filmSegment, programmeTitle } from "./names";
import { screeningLanguages, screeningSections, screeningSubtitles } from "./screening-facts";
import { stripForbiddenDeep } from "./text";
import type {
  Accessibility,
  PublicFilm,
  ReleaseSnapshot,
  ScreeningFormat,
  SnapshotEdition,
  SnapshotGuest,
  SnapshotVenue,
  TicketAvailability,
  WalkingPair,
} from "./types";

export interface ProgrammeFilm extends PublicFilm {
  /** Title or "Untitled (Director, Year)", in the programme's language. */
  displayTitle: string;
  /** URL segment, e.g. "12-matewan" (from the default language's title: the same in every language). */
  segment: string;
  /** Fields shown in the default language for want of a translation, with that language (the `lang` attribute). */
  textLang?: TextLangs;
}

/** A venue with its name in the programme's language. */
export type ProgrammeVenue = SnapshotVenue & { textLang?: TextLangs };

export interface ProgrammeScreening {
  id: number;
  revision: number;
  status: "confirmed" | "cancelled";
  venue: ProgrammeVenue;
  films: ProgrammeFilm[];
  /** The programme's name when it has one, else the films' titles: "Modern Times + Metropolis". */
  title: string;
  /** The programme's own name (a shorts block); null: `title` is the films' titles. */
  programmeTitle: string | null;
  description: string | null;
  /** Spoken languages: the screening's, else the films' own (in order, once each). */
  languages: string[];
  /** Subtitle language: the screening's, else the films' when they agree. */
  subtitles: string | null;
  accessibility: Accessibility[];
  format: ScreeningFormat | null;
  /** The films' sections (strands), once each. */
  sections: string[];
  ticketUrl: string | null;
  availability: TicketAvailability | null;
  guests: SnapshotGuest[];
  /** `title` and `description` shown in the default language, with that language. */
  textLang: TextLangs;
  startsAt: Date;
  endsAt: Date;
  /** ISO 8601 in the edition's offset */
  startIso: string;
  endIso: string;
  /** The festival day (day-break rule) */
  festivalDay: string;
  /** Local calendar date of the start (differs from festivalDay after midnight) */
  localDate: string;
  startTime: string;
  endTime: string;
  afterMidnight: boolean;
  /** Real elapsed minutes of the slot */
  slotMinutes: number;
  /** Sum of the films' runtimes; null if any is unknown */
  runtimeMinutes: number | null;
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
}

export interface ProgrammeDay {
  day: string;
  label: string;
  screenings: ProgrammeScreening[];
}

export interface Programme {
  edition: SnapshotEdition & { textLang?: TextLangs };
  /** The language of this layout (pages and feeds in it) and the language at the paths without a prefix. */
  locale: string;
  defaultLocale: string;
  /** Every language of the public site, the default first (["en"] for an edition that names none). */
  locales: string[];
  venues: ProgrammeVenue[];
  films: ProgrammeFilm[];
  /** Every festival day of the edition, in order, even an empty one. */
  days: ProgrammeDay[];
  /** All screenings by start, then venue order. */
  screenings: ProgrammeScreening[];
  /** Walking minutes between the venues (lib/walking.ts reads them). */
  walking: WalkingPair[];
}

function toProgrammeFilm(film: PublicFilm, locale: string, home: string): ProgrammeFilm {
  const local = localised(film, ["title", "synopsis"], locale, home);
  return { ...local, displayTitle: displayTitle(local), segment: filmSegment(film) };
}

/** Every festival day of the edition (and any a screening falls on), each with its screenings and its name in `locale`. */
function daysOf(screenings: ProgrammeScreening[], edition: SnapshotEdition, locale: string): ProgrammeDay[] {
  const byDay = new Map<string, ProgrammeScreening[]>();
  for (const s of screenings) {
    const list = byDay.get(s.festivalDay) ?? [];
    list.push(s);
    byDay.set(s.festivalDay, list);
  }
  const dayKeys = new Set(daysBetween(edition.firstDay, edition.lastDay));
  for (const d of byDay.keys()) dayKeys.add(d);
  return [...dayKeys].sort().map((day) => ({ day, label: dayLabel(day, dateLocale(locale)), screenings: byDay.get(day) ?? [] }));
}

/** The release's languages, the one asked for (default: the edition's default) and the edition's name in it. */
function inLanguage(snapshot: ReleaseSnapshot, language: string | undefined) {
  const languages = { locales: snapshot.edition.locales ?? [], defaultLocale: snapshot.edition.defaultLocale ?? "en" };
  const home = defaultLocaleOf(languages);
  const locale = language ?? home;
  return { languages, home, locale, edition: localised(snapshot.edition, ["name"], locale, home) };
}

/**
 * The release laid out in one of its languages (default: the edition's default language):
 * programmer text translated where a translation is given, else the default's, marked.
 */
export function buildProgramme(stored: ReleaseSnapshot, language?: string): Programme {
  // Control characters an older version let in never reach a page or a feed.
  const snapshot = stripForbiddenDeep(stored);
  const { languages, home, locale, edition } = inLanguage(snapshot, language);
  const tz = edition.timeZone;
  const venueOrder = new Map(snapshot.venues.map((v, i) => [v.id, i]));
  const programmeVenues = snapshot.venues.map((v) => localised(v, ["name"], locale, home));
  const venues = new Map(programmeVenues.map((v) => [v.id, v]));
  const films = snapshot.films.map((f) => toProgrammeFilm(f, locale, home));
  const filmsById = new Map(films.map((f) => [f.id, f]));

  const screenings: ProgrammeScreening[] = snapshot.screenings.map((s) => {
    const startsAt = new Date(s.startsAt);
    const endsAt = new Date(s.endsAt);
    const start = localParts(startsAt, tz);
    const end = localParts(endsAt, tz);
    const local = localised(s, ["title", "description"], locale, home);
    const programmeFilms = s.filmIds.map((id) => filmsById.get(id)).filter((f): f is ProgrammeFilm => !!f);
    const runtimes = programmeFilms.map((f) => f.runtimeMinutes);
    const venue = venues.get(s.venueId) ?? { id: s.venueId, slug: String(s.venueId), name: "?", capacity: null, stepFree: false };
    return {
      id: s.id,
      revision: s.revision,
      status: s.status,
      venue,
      films: programmeFilms,
      title: local.title ?? programmeTitle(programmeFilms),
      programmeTitle: local.title,
      description: local.description,
      textLang: local.textLang,
      languages: screeningLanguages(s, programmeFilms),
      subtitles: screeningSubtitles(s, programmeFilms),
      accessibility: s.accessibility,
      format: s.format,
      sections: screeningSections(programmeFilms),
      ticketUrl: s.ticketUrl,
      availability: s.availability,
      guests: s.guests,
      startsAt,
      endsAt,
      startIso: toZonedIso(startsAt, tz),
      endIso: toZonedIso(endsAt, tz),
      festivalDay: festivalDayOf(startsAt, tz, edition.dayBreak),
      localDate: start.date,
      startTime: start.time,
      endTime: end.time,
      afterMidnight: isAfterMidnight(startsAt, tz, edition.dayBreak),
      slotMinutes: elapsedMinutes(startsAt, endsAt),
      runtimeMinutes: runtimes.some((r) => r == null) ? null : runtimes.reduce<number>((a, r) => a + (r ?? 0), 0),
      preShowMinutes: s.preShowMinutes,
      introMinutes: s.introMinutes,
      qaMinutes: s.qaMinutes,
    };
  });

  screenings.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() || (venueOrder.get(a.venue.id) ?? 0) - (venueOrder.get(b.venue.id) ?? 0) || a.id - b.id,
  );

  const days = daysOf(screenings, edition, locale);

  return {
    edition,
    locale,
    defaultLocale: home,
    locales: siteLocales(languages),
    venues: programmeVenues,
    films,
    days,
    screenings,
    walking: snapshot.walking ?? [],
  };
}
