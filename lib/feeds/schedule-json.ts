/**
 * Our own public JSON API format for a release (not frab): the same days,
 * times (ISO with the edition's offset), venues and titles as the public pages.
 */
import { toZonedIso } from "@/lib/festival-time";
import type { Programme, ProgrammeScreening } from "@/lib/programme";
import { stripForbiddenDeep } from "@/lib/text";
import type { PublicFilm, SnapshotEdition, SnapshotVenue } from "@/lib/types";
import { filmUrl } from "./shared";

/** A film as the public JSON API shows it: its public fields, display title and page. */
export interface PublicScheduleFilmJson extends PublicFilm {
  displayTitle: string;
  url: string;
}

/** A screening as the public JSON API shows it: the programme's fields, instants as ISO text with the edition's offset. */
export interface PublicScheduleScreeningJson
  extends Pick<
    ProgrammeScreening,
    | "id"
    | "status"
    | "revision"
    | "festivalDay"
    | "localDate"
    | "startTime"
    | "endTime"
    | "afterMidnight"
    | "slotMinutes"
    | "runtimeMinutes"
    | "preShowMinutes"
    | "introMinutes"
    | "qaMinutes"
    | "title"
    | "programmeTitle"
    | "description"
    | "languages"
    | "subtitles"
    | "accessibility"
    | "format"
    | "sections"
    | "ticketUrl"
    | "availability"
    | "guests"
  > {
  startsAt: string;
  endsAt: string;
  venue: { id: number; slug: string; name: string };
  films: PublicScheduleFilmJson[];
}

export interface PublicScheduleJson {
  edition: SnapshotEdition;
  release: { version: number; publishedAt: string };
  venues: SnapshotVenue[];
  days: { date: string; label: string; screenings: PublicScheduleScreeningJson[] }[];
}

function screeningJson(s: ProgrammeScreening, slug: string, baseUrl: string | undefined): PublicScheduleScreeningJson {
  return {
    id: s.id,
    status: s.status,
    revision: s.revision,
    startsAt: s.startIso,
    endsAt: s.endIso,
    festivalDay: s.festivalDay,
    localDate: s.localDate,
    startTime: s.startTime,
    endTime: s.endTime,
    afterMidnight: s.afterMidnight,
    slotMinutes: s.slotMinutes,
    runtimeMinutes: s.runtimeMinutes,
    preShowMinutes: s.preShowMinutes,
    introMinutes: s.introMinutes,
    qaMinutes: s.qaMinutes,
    venue: { id: s.venue.id, slug: s.venue.slug, name: s.venue.name },
    title: s.title,
    programmeTitle: s.programmeTitle,
    description: s.description,
    languages: [...s.languages],
    subtitles: s.subtitles,
    accessibility: [...s.accessibility],
    format: s.format,
    sections: [...s.sections],
    ticketUrl: s.ticketUrl,
    availability: s.availability,
    guests: s.guests.map((g) => ({ personId: g.personId, name: g.name, role: g.role })),
    // Whitelisted field by field: a film field added later never leaks by accident.
    films: s.films.map((f) => ({
      id: f.id,
      title: f.title,
      displayTitle: f.displayTitle,
      originalTitle: f.originalTitle,
      year: f.year,
      directors: [...f.directors],
      cast: [...f.cast],
      countries: [...f.countries],
      runtimeMinutes: f.runtimeMinutes,
      languages: [...f.languages],
      subtitles: f.subtitles,
      genre: f.genre,
      rating: f.rating,
      section: f.section,
      image: f.image,
      synopsis: f.synopsis,
      url: filmUrl(baseUrl, slug, f),
    })),
  };
}

export function renderPublicScheduleJson(
  programme: Programme,
  release: { version: number; publishedAt: Date },
  opts: { baseUrl?: string } = {},
): PublicScheduleJson {
  const e = programme.edition;
  return stripForbiddenDeep({
    edition: {
      slug: e.slug,
      name: e.name,
      firstDay: e.firstDay,
      lastDay: e.lastDay,
      timeZone: e.timeZone,
      dayBreak: e.dayBreak,
      accentColor: e.accentColor,
      logo: e.logo,
    },
    release: { version: release.version, publishedAt: toZonedIso(release.publishedAt, e.timeZone) },
    venues: programme.venues.map((v) => ({ id: v.id, slug: v.slug, name: v.name, capacity: v.capacity, stepFree: v.stepFree })),
    days: programme.days.map((d) => ({
      date: d.day,
      label: d.label,
      screenings: d.screenings.map((s) => screeningJson(s, e.slug, opts.baseUrl)),
    })),
  });
}
