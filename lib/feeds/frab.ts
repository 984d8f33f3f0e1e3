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
 * - title: the programme's title when it has one (subtitle then empty), else the
 *   first film's title with the other films of a double bill as the subtitle (frab's
 *   subtitle is a secondary title, never the subtitle languages).
 * - abstract: the programme's description, then the films' synopses. description: the
 *   films with their credits, then the screening's facts in words (guests, spoken and
 *   subtitle languages, access marks, section, rating, format, tickets).
 * - duration: the slot's real elapsed length as HH:MM (180 min on the DST night
 *   -> 03:00). track: the first film's section (strand), else its genre (or "").
 *   language: the first spoken language (the screening's, else the films') with an
 *   ISO 639-1 code, else "".
 * - persons: the guests (public names only; id = the person's id) when the
 *   screening has any, else the directors (id = a stable 31-bit hash of the name);
 *   JSON uses the {name, guid} form (never both forms in one person).
 * - links: the ticket link first while tickets are sold online (as the pages offer it: not
 *   when sold out, free, at the door, not yet on sale, or cancelled), then each film's page.
 * - time_zone_name is left out of the JSON when the zone does not match the
 *   schema's (odd) pattern, e.g. "Etc/GMT+1"; it is always in the XML.
 */
import { create } from "xmlbuilder2";
import type { Programme } from "@/lib/programme";
import { stripForbiddenDeep } from "@/lib/text";
import { buildModel, EVENT_TEXT_FIELDS, type FrabOptions } from "./frab-model";

export { frabAcronym, frabDuration } from "./frab-model";
export { languageCode } from "./language-codes";

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
        const links = ev.ele("links");
        for (const l of e.links) links.ele("link", { href: l.url }).txt(l.title);
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
                links: e.links.map((l) => ({ url: l.url, title: l.title })),
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
