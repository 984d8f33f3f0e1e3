import { beforeEach, describe, expect, it } from "vitest";
import { renderPublicScheduleJson } from "@/lib/feeds/schedule-json";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { createEdition, createVenue } from "./editions";
import { type FeedKind, forgetFeeds, getFeed, publicBaseUrl } from "./feeds";
import { createFilm } from "./films";
import { createPerson } from "./people";
import { getPublished } from "./public";
import { publishRelease } from "./releases";
import { createSlot, putScreening, updateSlot } from "./schedule";

let admin: User;
const SLUG = "feeds-test";
const BASE = "https://festival.example";

function setUp() {
  createEdition(admin, { slug: SLUG, name: "Feeds test", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  const v = createVenue(admin, SLUG, { name: "Cinema 1" });
  const f = createFilm(admin, { title: "Matewan", runtimeMinutes: 135, directors: ["John Sayles"] });
  const a = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-25T00:30:00+01:00", endsAt: "2026-10-25T02:30:00+00:00" });
  const put = putScreening(admin, SLUG, a.id, { filmIds: [f.id] });
  return { v, f, a, screeningId: put.screening.id };
}

const notFound = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ServiceError);
    expect((e as ServiceError).status).toBe(404);
    return;
  }
  throw new Error("expected a 404");
};

describe("feeds service", () => {
  beforeEach(() => {
    admin = freshDatabase().admin;
    forgetFeeds();
  });

  it("404s before the first release and for an unknown edition, venue, film or screening", () => {
    setUp();
    notFound(() => getFeed(SLUG, { kind: "ics", baseUrl: BASE }));
    notFound(() => getFeed("nope", { kind: "csv", baseUrl: BASE }));
    publishRelease(admin, SLUG);
    notFound(() => getFeed(SLUG, { kind: "venue-ics", key: "nowhere", baseUrl: BASE }));
    notFound(() => getFeed(SLUG, { kind: "film-ics", key: "99999-nothing", baseUrl: BASE }));
    notFound(() => getFeed(SLUG, { kind: "screening-ics", key: "99999", baseUrl: BASE }));
    notFound(() => getFeed(SLUG, { kind: "screening-ics", key: "1; drop", baseUrl: BASE }));
  });

  it("renders each kind with its content type, ETag and Last-Modified", () => {
    const { v, f, screeningId } = setUp();
    const release = publishRelease(admin, SLUG);
    const cases: [FeedKind, string | undefined, string][] = [
      ["ics", undefined, "text/calendar; charset=utf-8"],
      ["venue-ics", v.slug, "text/calendar; charset=utf-8"],
      ["film-ics", `${f.id}-matewan`, "text/calendar; charset=utf-8"],
      ["screening-ics", String(screeningId), "text/calendar; charset=utf-8"],
      ["xml", undefined, "application/xml; charset=utf-8"],
      ["json", undefined, "application/json; charset=utf-8"],
      ["csv", undefined, "text/csv; charset=utf-8"],
    ];
    const etags = new Set<string>();
    for (const [kind, key, type] of cases) {
      const feed = getFeed(SLUG, { kind, key, baseUrl: BASE });
      expect(feed.contentType, kind).toBe(type);
      expect(feed.etag, kind).toMatch(new RegExp(`^"${SLUG}-v1-`));
      expect(feed.lastModified.getTime()).toBe(release.publishedAt.getTime());
      etags.add(feed.etag);
    }
    expect(etags.size).toBe(cases.length);
    expect(getFeed(SLUG, { kind: "csv", baseUrl: BASE }).contentDisposition).toBe(`attachment; filename="${SLUG}-schedule.csv"`);
    expect(getFeed(SLUG, { kind: "ics", baseUrl: BASE }).body).toContain(`URL;VALUE=URI:${BASE}/schedule/${SLUG}/films/${f.id}-matewan`);
  });

  it("renders once per release: the same object until the next release, then the new one", () => {
    const { a } = setUp();
    publishRelease(admin, SLUG);
    const first = getFeed(SLUG, { kind: "ics", baseUrl: BASE });
    expect(getFeed(SLUG, { kind: "ics", baseUrl: BASE })).toBe(first);
    // Another base URL is another rendering, with another ETag.
    const other = getFeed(SLUG, { kind: "ics", baseUrl: "https://other.example" });
    expect(other).not.toBe(first);
    expect(other.etag).not.toBe(first.etag);
    // Unpublished edits change nothing.
    updateSlot(admin, SLUG, a.id, { startsAt: "2026-10-24T23:30:00+01:00" });
    expect(getFeed(SLUG, { kind: "ics", baseUrl: BASE })).toBe(first);
    publishRelease(admin, SLUG);
    const second = getFeed(SLUG, { kind: "ics", baseUrl: BASE });
    expect(second).not.toBe(first);
    expect(second.etag).toContain("-v2-");
    expect(second.body).toContain("SEQUENCE:1");
  });

  it("internal notes of films, screenings and people never reach any feed or the public JSON; the public fields do", () => {
    const MARK = "ZZ-INTERNAL-7731";
    createEdition(admin, { slug: SLUG, name: "Feeds test", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
    const v = createVenue(admin, SLUG, { name: "Cinema 1" });
    const f = createFilm(admin, {
      title: "The Loom",
      runtimeMinutes: 12,
      directors: ["Ana Ferreira"],
      internalNotes: `film ${MARK}`,
      rating: "12",
      section: "Shorts",
    });
    const ana = createPerson(admin, { name: "Ana Ferreira", role: "director", internalNotes: `person ${MARK} +351 912 345 678` });
    const slot = createSlot(admin, SLUG, { venueId: v.id, startsAt: "2026-10-24T18:00:00+01:00", endsAt: "2026-10-24T19:30:00+01:00" });
    const put = putScreening(admin, SLUG, slot.id, {
      filmIds: [f.id],
      qaMinutes: 20,
      title: "Shorts: Work & Hands",
      subtitles: "Portuguese",
      accessibility: ["audio-description"],
      format: "35mm",
      internalNotes: `screening ${MARK} print from the archive`,
      ticketUrl: "https://tickets.example/40",
      availability: "few-left",
      guests: [{ personId: ana.id, role: "director" }],
    });
    publishRelease(admin, SLUG);
    const kinds: [FeedKind, string | undefined][] = [
      ["ics", undefined],
      ["venue-ics", v.slug],
      ["film-ics", `${f.id}-the-loom`],
      ["screening-ics", String(put.screening.id)],
      ["xml", undefined],
      ["json", undefined],
      ["csv", undefined],
    ];
    const published = getPublished(SLUG);
    if (!published) throw new Error("not published");
    const bodies: [string, string][] = [
      ...kinds.map(([kind, key]): [string, string] => [kind, getFeed(SLUG, { kind, key, baseUrl: BASE }).body]),
      ["public JSON", JSON.stringify(renderPublicScheduleJson(published.programme, published))],
    ];
    for (const [kind, body] of bodies) {
      expect(body, kind).not.toContain(MARK);
      expect(body, kind).not.toContain("912 345 678");
      expect(body, kind).not.toContain("print from the archive");
      // Positive control: the public side of the same records is there.
      expect(body, kind).toContain("Ana Ferreira");
      expect(body, kind).toMatch(/Shorts: Work (&|&amp;|\\u0026) Hands/);
    }
    // The words of the new fields, in each text feed.
    for (const [kind, body] of bodies.filter(([k]) => k !== "public JSON"))
      for (const word of ["Few tickets left", "https://tickets.example/40"])
        expect(body.replace(/\r\n /g, ""), `${kind}: ${word}`).toContain(word);
  });

  it("takes the base URL from LINEUP_PUBLIC_URL (or LINEUP_BASE_URL), else http://localhost:{PORT}, never from a request", () => {
    expect(publicBaseUrl({ LINEUP_PUBLIC_URL: "https://fest.example/" })).toBe("https://fest.example");
    expect(publicBaseUrl({ LINEUP_BASE_URL: "http://127.0.0.1:3100" })).toBe("http://127.0.0.1:3100");
    expect(publicBaseUrl({ PORT: "3103" })).toBe("http://localhost:3103");
    expect(publicBaseUrl({})).toBe("http://localhost:3000");
  });
});
