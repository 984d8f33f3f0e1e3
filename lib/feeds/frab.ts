/**
 * frab / c3voc "schedule.xml" and its JSON variant ("schedule.json"), as read by
 * Giggity, EventFahrplan, ConfClerk and friends. Validated against the schemas
 * in lib/feeds/schemas (see its README for the gotchas followed here).
 *
 * Decisions:
 * - Days are the festival days (programme.days, even empty ones). A day's start
 *   and end are its festival-day window (day-break to next day-break) with
 *   offsets, so a 00:30 screening sits in the previous day's <day>, with
 *   <date> as the real next-day instant and <start>00:30</start> (never 24:30).
 * - Cancelled screenings are KEPT (frab has no status field), with the title
 *   prefixed "Cancelled: ", so apps that already show the event update it
 *   instead of silently losing it. The abstract says so too.
 * - Rooms are the venues (every venue on every day, in venue order); room guid
 *   and event guid are uuid v5 under a fixed namespace, stable across releases.
 * - acronym: the edition slug lowercased with anything but [a-z0-9_] turned into
 *   "_" (the JSON schema forbids hyphens), padded with "_" to 4 characters.
 * - Event slug: `<acronym>-<screening id>-<title slug>`, unique by the id.
 * - duration: the slot's real elapsed length as HH:MM (180 min on the DST night
 *   -> 03:00). track: the first film's genre (or ""). language: the first
 *   film's first language as an ISO 639-1 code when recognised, else "".
 * - persons: the directors; XML id is a stable 31-bit hash of the name, JSON
 *   uses the {name, guid} form (never both forms in one person).
 * - time_zone_name is left out of the JSON when the zone does not match the
 *   schema's (odd) pattern, e.g. "Etc/GMT+1"; it is always in the XML.
 */
import { v5 as uuidv5 } from "uuid";
import { create } from "xmlbuilder2";
import { festivalDayWindow, toZonedIso } from "@/lib/festival-time";
import { slugify } from "@/lib/names";
import type { Programme, ProgrammeScreening } from "@/lib/programme";
import { stripForbiddenDeep } from "@/lib/text";
import type { SnapshotVenue } from "@/lib/types";
import { languageCode } from "./language-codes";
import { filmCredits, requireHttpBase, screeningDirectors, screeningUrl } from "./shared";

export { languageCode };

/** Fixed namespace for every frab guid = uuidv5("https://lineup.invalid/feeds/frab", NAMESPACE_URL). Never change it. */
const FRAB_NAMESPACE = "fed4d8b2-9222-5953-a6af-97eb04f40a14";

export interface FrabOptions {
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
}

/** The text elements of an <event>, in the order the frab XSD wants them. */
const EVENT_TEXT_FIELDS = [
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

function eventOf(s: ProgrammeScreening, programme: Programme, acronym: string, roomName: string, base: string): FrabEvent {
  const slug = programme.edition.slug;
  const [first, ...others] = s.films;
  const cancelled = s.status === "cancelled";
  const mainTitle = first ? first.displayTitle : s.title;
  const synopses = s.films.flatMap(({ displayTitle, synopsis }) => (synopsis?.trim() ? [{ title: displayTitle, synopsis }] : []));
  const [onlySynopsis] = synopses;
  const abstract = [
    cancelled ? "This screening is cancelled." : "",
    onlySynopsis && synopses.length === 1 && s.films.length === 1
      ? onlySynopsis.synopsis
      : synopses.map((f) => `${f.title}: ${f.synopsis}`).join("\n\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
  const description = s.films
    .map((f) => {
      const credits = filmCredits(f);
      return credits ? `${f.displayTitle} (${credits})` : f.displayTitle;
    })
    .join("\n");
  let rest = `${s.id}-${slugify(s.title) || "screening"}`;
  if (rest.length < 4) rest = `${rest}-screening`;
  return {
    id: s.id,
    guid: uuidv5(`screening-${s.id}@${slug}`, FRAB_NAMESPACE),
    room: roomName,
    title: cancelled ? `Cancelled: ${mainTitle}` : mainTitle,
    subtitle: others.map((f) => f.displayTitle).join(" + "),
    type: "screening",
    date: s.startIso,
    end: s.endIso,
    start: s.startTime,
    duration: frabDuration(s.slotMinutes),
    abstract,
    description,
    slug: `${acronym}-${rest}`,
    track: first?.genre ?? "",
    language: languageCode(first?.languages[0]),
    url: screeningUrl(base, slug, s),
    persons: screeningDirectors(s).map((name) => ({ id: personId(name), guid: uuidv5(`person-${name}@${slug}`, FRAB_NAMESPACE), name })),
  };
}

function buildModel(programme: Programme, opts: FrabOptions): FrabModel {
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
      perRoom.get(room)!.push(eventOf(s, programme, acronym, room.name, base));
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

/** schedule.xml (UTF-8, no namespace). */
export function renderFrabXml(programme: Programme, opts: FrabOptions): string {
  // Control characters stored by an older version would make the XML ill-formed: never written.
  const m = stripForbiddenDeep(buildModel(programme, opts));
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele("schedule");
  root.ele("generator", { name: "lineup" });
  root.ele("version").txt(m.version);
  const c = root.ele("conference");
  c.ele("acronym").txt(m.conference.acronym);
  c.ele("title").txt(m.conference.title);
  c.ele("start").txt(m.conference.start);
  c.ele("end").txt(m.conference.end);
  c.ele("days").txt(String(m.conference.days));
  c.ele("timeslot_duration").txt(m.conference.timeslotDuration);
  c.ele("base_url").txt(m.conference.baseUrl);
  c.ele("url").txt(m.conference.url);
  c.ele("time_zone_name").txt(m.conference.timeZoneName);
  for (const d of m.days) {
    const day = root.ele("day", { index: String(d.index), date: d.date, start: d.start, end: d.end });
    for (const { room, events } of d.rooms) {
      const r = day.ele("room", { name: room.name, guid: room.guid });
      for (const e of events) {
        const ev = r.ele("event", { id: String(e.id), guid: e.guid });
        for (const field of EVENT_TEXT_FIELDS) ev.ele(field).txt(e[field]);
        const persons = ev.ele("persons");
        for (const p of e.persons) persons.ele("person", { id: String(p.id), guid: p.guid }).txt(p.name);
        ev.ele("links");
        ev.ele("url").txt(e.url);
      }
    }
  }
  return doc.end({ prettyPrint: true });
}

const JSON_TZ = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;
const JSON_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

/** schedule.json (the c3voc JSON schema), as a plain object. */
export function renderFrabJson(programme: Programme, opts: FrabOptions) {
  const m = stripForbiddenDeep(buildModel(programme, opts));
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "lineup" },
    schedule: {
      version: m.version,
      base_url: m.baseUrl,
      conference: {
        acronym: m.conference.acronym,
        title: m.conference.title,
        start: m.conference.start,
        end: m.conference.end,
        daysCount: m.conference.days,
        timeslot_duration: m.conference.timeslotDuration,
        ...(JSON_TZ.test(m.conference.timeZoneName) ? { time_zone_name: m.conference.timeZoneName } : {}),
        url: m.conference.url,
        rooms: m.rooms.map((r) => ({
          name: r.name,
          guid: r.guid,
          ...(JSON_SLUG.test(r.slug) ? { slug: r.slug } : {}),
          capacity: r.capacity,
        })),
        days: m.days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: d.start,
          day_end: d.end,
          rooms: Object.fromEntries(
            d.rooms.map(({ room, events }) => [
              room.name,
              events.map((e) => ({
                guid: e.guid,
                id: e.id,
                date: e.date,
                end: e.end,
                start: e.start,
                duration: e.duration,
                room: e.room,
                slug: e.slug,
                url: e.url,
                title: e.title,
                subtitle: e.subtitle,
                track: e.track,
                type: e.type,
                language: e.language,
                abstract: e.abstract,
                description: e.description,
                persons: e.persons.map((p) => ({ name: p.name, guid: p.guid })),
                links: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
}

/** The schedule.json document, as renderFrabJson builds it. */
export type FrabJson = ReturnType<typeof renderFrabJson>;
