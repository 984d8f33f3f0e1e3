/**
 * The frab schedule as one model, before it is written as XML or JSON (lib/feeds/frab.ts):
 * the conference, its rooms (the venues) and each festival day's events per room, with
 * stable uuid v5 guids. The decisions are listed in frab.ts.
 */
import { v5 as uuidv5 } from "uuid";
import { festivalDayWindow, toZonedIso } from "@/lib/festival-time";
import { slugify } from "@/lib/names";
import type { Programme, ProgrammeScreening } from "@/lib/programme";
import type { Wording } from "@/lib/screening-words";
import type { SnapshotVenue } from "@/lib/types";
import { languageCode } from "./language-codes";
import { filmCredits, filmUrl, offeredTicketUrl, requireHttpBase, screeningDirectors, screeningFactLines, screeningUrl } from "./shared";

/** Fixed namespace for every frab guid = uuidv5("https://lineup.invalid/feeds/frab", NAMESPACE_URL). Never change it. */
const FRAB_NAMESPACE = "fed4d8b2-9222-5953-a6af-97eb04f40a14";

export interface FrabOptions {
  /** The facts' words in the programme's language (default English). */
  words?: Wording;
  /** Absolute http(s) base of the public site, e.g. "https://festival.example". */
  baseUrl: string;
  /** The schedule's <version>, e.g. "Release 7 (2026-10-01 12:00)". */
  version: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function frabAcronym(slug: string): string {
  const a = slug.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return a.padEnd(4, "_");
}

export function frabDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** A stable positive 31-bit integer from a name (FNV-1a). */
function personId(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name.normalize("NFC")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff || 1;
}

interface FrabPerson {
  id: number;
  guid: string;
  name: string;
}

interface FrabLink {
  title: string;
  url: string;
}

interface FrabEvent {
  id: number;
  guid: string;
  room: string;
  title: string;
  subtitle: string;
  type: string;
  date: string;
  end: string;
  start: string;
  duration: string;
  abstract: string;
  description: string;
  slug: string;
  track: string;
  language: string;
  url: string;
  persons: FrabPerson[];
  links: FrabLink[];
}

/** The text elements of an <event>, in the order the frab XSD wants them. */
export const EVENT_TEXT_FIELDS = [
  "room",
  "title",
  "subtitle",
  "type",
  "date",
  "start",
  "duration",
  "abstract",
  "slug",
  "track",
  "language",
  "description",
] as const satisfies (keyof FrabEvent)[];

interface FrabRoom {
  name: string;
  guid: string;
  slug: string;
  capacity: number | null;
}

interface FrabModel {
  version: string;
  baseUrl: string;
  conference: {
    acronym: string;
    title: string;
    start: string;
    end: string;
    days: number;
    timeslotDuration: string;
    timeZoneName: string;
    baseUrl: string;
    url: string;
  };
  rooms: FrabRoom[];
  days: { index: number; date: string; start: string; end: string; rooms: { room: FrabRoom; events: FrabEvent[] }[] }[];
}

/** Room names must be unique (the JSON keys rooms by name): a repeated name gets its slug. */
function roomNames(venues: SnapshotVenue[]): Map<number, string> {
  const count = new Map<string, number>();
  for (const v of venues) count.set(v.name, (count.get(v.name) ?? 0) + 1);
  return new Map(venues.map((v) => [v.id, (count.get(v.name) ?? 0) > 1 ? `${v.name} (${v.slug})` : v.name]));
}

/** abstract: the programme's description and the films' synopses; description: the films' credits and the screening's facts. */
function eventTexts(s: ProgrammeScreening, words?: Wording): { abstract: string; description: string } {
  const synopses = s.films.flatMap(({ displayTitle, synopsis }) => (synopsis?.trim() ? [{ title: displayTitle, synopsis }] : []));
  const [onlySynopsis] = synopses;
  const abstract = [
    s.status === "cancelled" ? "This screening is cancelled." : "",
    s.description?.trim() ?? "",
    onlySynopsis && synopses.length === 1 && s.films.length === 1
      ? onlySynopsis.synopsis
      : synopses.map((f) => `${f.title}: ${f.synopsis}`).join("\n\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
  const films = s.films.map((f) => {
    const credits = filmCredits(f);
    return credits ? `${f.displayTitle} (${credits})` : f.displayTitle;
  });
  const description = [films.join("\n"), screeningFactLines(s, words).join("\n")].filter(Boolean).join("\n\n");
  return { abstract, description };
}

/** The guests (public names only) when the screening has any, else the films' directors. */
function eventPersons(s: ProgrammeScreening, slug: string): FrabPerson[] {
  if (s.guests.length)
    return s.guests.map((g) => ({ id: g.personId, guid: uuidv5(`guest-${g.personId}@${slug}`, FRAB_NAMESPACE), name: g.name }));
  return screeningDirectors(s).map((name) => ({ id: personId(name), guid: uuidv5(`person-${name}@${slug}`, FRAB_NAMESPACE), name }));
}

/** The ticket link first (as the pages offer it: while tickets are sold online), then each film's page. */
function eventLinks(s: ProgrammeScreening, slug: string, base: string): FrabLink[] {
  const ticketUrl = offeredTicketUrl(s);
  const tickets = ticketUrl ? [{ title: s.availability === "few-left" ? "Tickets (few left)" : "Tickets", url: ticketUrl }] : [];
  return [...tickets, ...s.films.map((f) => ({ title: f.displayTitle, url: filmUrl(base, slug, f) }))];
}

function eventOf(s: ProgrammeScreening, programme: Programme, acronym: string, roomName: string, base: string, words?: Wording): FrabEvent {
  const slug = programme.edition.slug;
  const [first, ...others] = s.films;
  const mainTitle = s.programmeTitle ?? (first ? first.displayTitle : s.title);
  let rest = `${s.id}-${slugify(s.title) || "screening"}`;
  if (rest.length < 4) rest = `${rest}-screening`;
  return {
    id: s.id,
    guid: uuidv5(`screening-${s.id}@${slug}`, FRAB_NAMESPACE),
    room: roomName,
    title: s.status === "cancelled" ? `Cancelled: ${mainTitle}` : mainTitle,
    // A secondary title: the other films of a double bill (a named programme lists its films in the description).
    subtitle: s.programmeTitle ? "" : others.map((f) => f.displayTitle).join(" + "),
    type: "screening",
    date: s.startIso,
    end: s.endIso,
    start: s.startTime,
    duration: frabDuration(s.slotMinutes),
    ...eventTexts(s, words),
    slug: `${acronym}-${rest}`,
    track: s.sections[0] ?? first?.genre ?? "",
    language: s.languages.map(languageCode).find(Boolean) ?? "",
    url: screeningUrl(base, slug, s),
    persons: eventPersons(s, slug),
    links: eventLinks(s, slug, base),
  };
}

export function buildModel(programme: Programme, opts: FrabOptions): FrabModel {
  const { edition } = programme;
  const base = requireHttpBase(opts.baseUrl);
  const acronym = frabAcronym(edition.slug);
  const names = roomNames(programme.venues);
  const rooms: FrabRoom[] = programme.venues.map((v) => ({
    name: names.get(v.id)!,
    guid: uuidv5(`room-${v.id}@${edition.slug}`, FRAB_NAMESPACE),
    slug: v.slug,
    capacity: v.capacity,
  }));
  const roomById = new Map(programme.venues.map((v, i) => [v.id, rooms[i]]));
  const iso = (d: Date) => toZonedIso(d, edition.timeZone);

  const days = programme.days.map((d, i) => {
    const w = festivalDayWindow(d.day, edition.timeZone, edition.dayBreak);
    const perRoom = new Map<FrabRoom, FrabEvent[]>(rooms.map((r) => [r, []]));
    for (const s of d.screenings) {
      let room = roomById.get(s.venue.id);
      if (!room) {
        // A venue missing from the snapshot's list: give it a room of its own rather than drop the screening.
        room = {
          name: s.venue.name,
          guid: uuidv5(`room-${s.venue.id}@${edition.slug}`, FRAB_NAMESPACE),
          slug: s.venue.slug,
          capacity: null,
        };
        roomById.set(s.venue.id, room);
        rooms.push(room);
        perRoom.set(room, []);
      }
      perRoom.get(room)!.push(eventOf(s, programme, acronym, room.name, base, opts.words));
    }
    return {
      index: i + 1,
      date: d.day,
      start: iso(w.start),
      end: iso(w.end),
      rooms: [...perRoom].map(([room, events]) => ({ room, events })),
    };
  });

  const first = programme.days[0]?.day ?? edition.firstDay;
  const last = programme.days[programme.days.length - 1]?.day ?? edition.lastDay;
  return {
    version: opts.version,
    baseUrl: `${base}/`,
    conference: {
      acronym,
      title: edition.name,
      start: iso(festivalDayWindow(first, edition.timeZone, edition.dayBreak).start),
      end: iso(festivalDayWindow(last, edition.timeZone, edition.dayBreak).end),
      days: days.length,
      timeslotDuration: "00:15",
      timeZoneName: edition.timeZone,
      baseUrl: `${base}/`,
      url: `${base}/schedule/${edition.slug}`,
    },
    rooms,
    days,
  };
}
