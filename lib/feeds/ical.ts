/**
 * iCalendar feed of a release (RFC 5545), built with ical-generator.
 *
 * - One VEVENT per screening; UID `screening-<id>@lineup.<edition slug>` is stable
 *   across releases and SEQUENCE is the screening's revision, so calendar apps
 *   update (or cancel) the event they already have.
 * - DTSTART/DTEND carry TZID=<edition zone> with a VTIMEZONE built from Intl
 *   offsets (./vtimezone.ts) for the years concerned, so the clock times are the
 *   public pages' clock times, including on the night the clocks go back.
 * - Cancelled screenings stay in the feed with STATUS:CANCELLED; SUMMARY stays the
 *   plain title (as on the public pages) and DESCRIPTION starts with "CANCELLED".
 * - DTSTAMP is the release's publication instant (UTC), so an unchanged release
 *   renders byte-identical output.
 * - SUMMARY is the programme's title when it has one, else the films' titles. DESCRIPTION
 *   says the rest in words (films, guests, languages, access, section, rating, format,
 *   tickets with the ticket link): every calendar app shows DESCRIPTION and turns its links
 *   into links, while few show URL (kept as the film page) and none a custom X- property.
 */
import { TZDate } from "@date-fns/tz";
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Programme, ProgrammeScreening } from "@/lib/programme";
import type { Wording } from "@/lib/screening-words";
import { stripForbidden } from "@/lib/text";
import { filmCredits, filmUrl, screeningFactLines, screeningUrl } from "./shared";
import { buildVtimezone } from "./vtimezone";

export interface IcalOptions {
  release: { version: number; publishedAt: Date };
  /** The facts' words in the programme's language (default English). */
  words?: Wording;
  baseUrl: string;
  /** A subset (e.g. one venue, one film, a personal list); default: every screening. */
  screenings?: ProgrammeScreening[];
  /** Calendar name; default: the edition's name. */
  name?: string;
}

export function icalUid(editionSlug: string, screeningId: number): string {
  return `screening-${screeningId}@lineup.${editionSlug}`;
}

/**
 * CANCELLED first when it is; the programme's description; each film (with its title when the
 * summary does not already say it) and its page; then the screening's facts in words, the ticket
 * link among them (calendar apps turn a link in the description into a link; URL stays the film page).
 */
function description(s: ProgrammeScreening, slug: string, baseUrl: string, words?: Wording): string {
  const lines: string[] = [];
  if (s.status === "cancelled") lines.push("CANCELLED", "");
  if (s.description?.trim()) lines.push(s.description.trim(), "");
  const named = s.films.length > 1 || s.programmeTitle !== null;
  for (const f of s.films) {
    const credits = filmCredits(f);
    lines.push(named || !credits ? `${f.displayTitle}${credits ? ` (${credits})` : ""}` : credits);
    lines.push(filmUrl(baseUrl, slug, f));
  }
  const facts = screeningFactLines(s, words);
  if (facts.length) lines.push("", ...facts);
  return lines.join("\n");
}

export function renderIcal(programme: Programme, opts: IcalOptions): string {
  const { edition } = programme;
  const tz = edition.timeZone;
  const screenings = opts.screenings ?? programme.screenings;
  const slug = edition.slug;

  const instants = screenings.flatMap((s) => [s.startsAt.getTime(), s.endsAt.getTime()]);
  const from = new Date(instants.length ? Math.min(...instants) : opts.release.publishedAt.getTime());
  const to = new Date(instants.length ? Math.max(...instants) : opts.release.publishedAt.getTime());

  const cal = new ICalCalendar({
    prodId: { company: "Lineup", product: "Festival programme", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    name: opts.name ?? edition.name,
    // name null: DTSTAMP stays UTC; the generator still emits the events' VTIMEZONE.
    timezone: { name: null, generator: (zone) => buildVtimezone(zone, from, to) },
    x: [["X-WR-TIMEZONE", tz]],
  });

  for (const s of screenings) {
    cal.createEvent({
      id: icalUid(slug, s.id),
      sequence: s.revision,
      stamp: opts.release.publishedAt,
      start: new TZDate(s.startsAt.getTime(), tz),
      end: new TZDate(s.endsAt.getTime(), tz),
      timezone: tz,
      summary: s.title,
      location: s.venue.name,
      description: description(s, slug, opts.baseUrl, opts.words),
      url: screeningUrl(opts.baseUrl, slug, s),
      status: s.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // Control characters stored by an older version are never written (calendar apps choke on them).
  return stripForbidden(cal.toString());
}
