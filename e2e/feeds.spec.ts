import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import type { CSV_HEADER } from "@/lib/feeds/csv";
import type { FrabJson } from "@/lib/feeds/frab";
import type { PublicScheduleJson, PublicScheduleScreeningJson } from "@/lib/feeds/schedule-json";
import { shortDayLabel } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";
import { DEMO_SLUG } from "./constants";
import { anonymous, getOk, makeEdition, makeFilm, makeSlot, signedIn, type TestEdition } from "./helpers";

/**
 * Issue 6: the public feeds (iCal, frab XML/JSON, CSV) with HTTP caching, and
 * "one truth": every public output says the same thing about every screening.
 * Plus the OpenAPI document and /api/docs.
 */

const FORMATS = path.resolve(__dirname, "../lib/feeds/schemas");
const XSD = path.join(FORMATS, "schedule.xml.xsd");
const tmp = mkdtempSync(path.join(tmpdir(), "lineup-feeds-e2e-"));
let tmpN = 0;

function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = path.join(tmp, `schedule-${tmpN++}.xml`);
  writeFileSync(file, xml, "utf8");
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

const frabAjv = new Ajv({ strict: false, allErrors: true, logger: false });
frabAjv.addMetaSchema(
  JSON.parse(readFileSync(path.resolve(process.cwd(), "node_modules/ajv/dist/refs/json-schema-draft-06.json"), "utf8")),
);
addFormats(frabAjv);
const validateFrabJson = frabAjv.compile(JSON.parse(readFileSync(path.join(FORMATS, "schedule.schema.json"), "utf8")));

const CONTENT_TYPES: Record<string, string> = {
  ics: "text/calendar; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Every feed URL of an edition (per-venue/film/screening ones for the first of each). */
function feedUrls(slug: string, venue: string, film: string, screening: number): [string, string][] {
  const b = `/schedule/${slug}`;
  return [
    [`${b}/schedule.ics`, "ics"],
    [`${b}/venues/${venue}.ics`, "ics"],
    [`${b}/films/${film}.ics`, "ics"],
    [`${b}/screenings/${screening}.ics`, "ics"],
    [`${b}/schedule.xml`, "xml"],
    [`${b}/schedule.json`, "json"],
    [`${b}/schedule.csv`, "csv"],
  ];
}

/* ---------- the public JSON API: the reference every other output is compared with ---------- */

async function apiScreenings(
  api: APIRequestContext,
  slug: string,
): Promise<{ json: PublicScheduleJson; screenings: PublicScheduleScreeningJson[] }> {
  const res = await getOk(api, `/api/v1/editions/${slug}/schedule`);
  const json: PublicScheduleJson = await res.json();
  return { json, screenings: json.days.flatMap((d) => d.screenings) };
}

/** The film page segment from a film url (".../films/12-matewan"). */
const segmentOf = (url: string) => url.split("/films/")[1] ?? "";

/* ---------- iCal ---------- */

interface IcalEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  start: number;
  end: number;
  localStart: string;
  localEnd: string;
}

function parseIcal(text: string): IcalEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents("vevent").map((comp) => {
    const ev = new ICAL.Event(comp);
    const local = (t: ICAL.Time) => `${t.toString().slice(0, 10)} ${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
    return {
      uid: ev.uid,
      sequence: ev.sequence,
      status: String(comp.getFirstPropertyValue("status")),
      summary: ev.summary,
      location: ev.location,
      start: ev.startDate.toJSDate().getTime(),
      end: ev.endDate.toJSDate().getTime(),
      localStart: local(ev.startDate),
      localEnd: local(ev.endDate),
    };
  });
}

const uidOf = (slug: string, id: number) => `screening-${id}@lineup.${slug}`;

/* ---------- the festival built here: DST night, after midnight, a programme, a cancellation ---------- */

const TITLES = {
  quoted: `"Quoted" & <Tagged> Café 🎬`,
  accents: "Ação & Reação — Ñandú",
  paradis: `Les <Enfants> du "Paradis" 🌙`,
  doomed: "L'Été d'après & ½ 🙅",
};

interface Festival {
  ed: TestEdition;
  films: Record<keyof typeof TITLES, number>;
  slots: { dst: number; late: number; cancelled: number; moved: number };
  /** The first release's .ics, ETags and Last-Modified, before the second release. */
  v1: { ics: string; etags: Record<string, string>; lastModified: string };
  venueSlug: string;
}

let fest: Festival;

async function buildFestival(): Promise<Festival> {
  const api = await signedIn();
  const pub = await anonymous();
  const ed = await makeEdition(api);
  const films = {
    quoted: await makeFilm(api, {
      title: TITLES.quoted,
      year: 1999,
      directors: ["Zoë Ångström"],
      runtimeMinutes: 100,
      languages: ["Portuguese"],
    }),
    accents: await makeFilm(api, { title: TITLES.accents, directors: ["João Çá"], runtimeMinutes: 30 }),
    paradis: await makeFilm(api, { title: TITLES.paradis, directors: ["Marcel Carné"], runtimeMinutes: 60 }),
    doomed: await makeFilm(api, { title: TITLES.doomed, directors: ["Agnès V."], runtimeMinutes: 80 }),
  };
  // The night the clocks go back in Lisbon: 00:30 WEST to 02:30 WET is 180 real minutes, festival day 24.
  const dst = await makeSlot(api, ed.slug, ed.venueId, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00");
  // After midnight: belongs to festival day 23; a programme of two films.
  const late = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T01:00:00+01:00", "2026-10-24T03:00:00+01:00");
  const cancelled = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00");
  const moved = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00");
  const put = async (slotId: number, data: Record<string, unknown>) => {
    const res = await api.put(`/api/v1/editions/${ed.slug}/slots/${slotId}/screening`, { data });
    expect(res.status(), await res.text()).toBe(200);
  };
  await put(dst.id, { filmIds: [films.quoted], introMinutes: 10 });
  await put(late.id, { filmIds: [films.accents, films.paradis] });
  await put(cancelled.id, { filmIds: [films.doomed] });
  await put(moved.id, { filmIds: [films.paradis], qaMinutes: 20 });
  const r1 = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "First" } });
  expect(r1.status(), await r1.text()).toBe(201);

  const { json } = await apiScreenings(pub, ed.slug);
  const venueSlug = itemAt(json.venues, 0).slug;
  const filmSeg = segmentOf(
    itemAt(
      itemAt(
        json.days.flatMap((d) => d.screenings),
        0,
      ).films,
      0,
    ).url,
  );
  const etags: Record<string, string> = {};
  let lastModified = "";
  let ics = "";
  for (const [url] of feedUrls(ed.slug, venueSlug, filmSeg, 0).filter(([u]) => !u.includes("/screenings/"))) {
    const res = await pub.get(url);
    expect(res.status(), url).toBe(200);
    etags[url] = res.headers().etag ?? "";
    lastModified = res.headers()["last-modified"] ?? "";
    if (url.endsWith("/schedule.ics")) ics = await res.text();
  }

  // Second release: one screening moves an hour later, one is cancelled.
  const patch = await api.patch(`/api/v1/editions/${ed.slug}/slots/${moved.id}`, {
    data: { startsAt: "2026-10-24T21:00:00+01:00", endsAt: "2026-10-24T23:00:00+01:00" },
  });
  expect(patch.status(), await patch.text()).toBe(200);
  await put(cancelled.id, { filmIds: [films.doomed], status: "cancelled" });
  const r2 = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "Second" } });
  expect(r2.status(), await r2.text()).toBe(201);
  expect((await r2.json()).version).toBe(2);
  await api.dispose();
  await pub.dispose();
  return {
    ed,
    films,
    slots: { dst: dst.id, late: late.id, cancelled: cancelled.id, moved: moved.id },
    v1: { ics, etags, lastModified },
    venueSlug,
  };
}

test.describe.configure({ mode: "serial" });

test.describe("public feeds", () => {
  test.beforeAll(async () => {
    fest = await buildFestival();
  });

  for (const which of ["demo", "built"] as const) {
    test(`content types, ETag, Last-Modified and 304s for every feed (${which} festival)`, async () => {
      const pub = await anonymous();
      const slug = which === "demo" ? DEMO_SLUG : fest.ed.slug;
      const { json, screenings } = await apiScreenings(pub, slug);
      const first = itemAt(screenings, 0);
      const urls = feedUrls(slug, itemAt(json.venues, 0).slug, segmentOf(itemAt(first.films, 0).url), first.id);
      for (const [url, kind] of urls) {
        const res = await pub.get(url);
        expect(res.status(), url).toBe(200);
        const h = res.headers();
        const etag = h.etag ?? "";
        const modified = h["last-modified"] ?? "";
        expect(h["content-type"], url).toBe(CONTENT_TYPES[kind]);
        expect(h["cache-control"], url).toBe("public, max-age=60");
        expect(etag, url).toMatch(/^"[A-Za-z0-9._-]+"$/);
        expect(new Date(modified).toUTCString(), url).toBe(modified);
        if (kind === "csv") expect(h["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.csv"$/);
        const body = await res.body();
        expect(body.length, url).toBeGreaterThan(50);

        const again = await pub.get(url);
        expect(again.headers().etag, `${url} ETag is stable`).toBe(etag);
        expect((await again.body()).equals(body), `${url} same bytes`).toBe(true);

        const inm = await pub.get(url, { headers: { "if-none-match": etag } });
        expect(inm.status(), `${url} If-None-Match`).toBe(304);
        expect((await inm.body()).length).toBe(0);
        expect(inm.headers().etag).toBe(etag);
        expect((await pub.get(url, { headers: { "if-none-match": `W/${etag}, "other"` } })).status(), `${url} weak list`).toBe(304);
        expect((await pub.get(url, { headers: { "if-none-match": '"something-else"' } })).status(), `${url} other tag`).toBe(200);

        const ims = await pub.get(url, { headers: { "if-modified-since": modified } });
        expect(ims.status(), `${url} If-Modified-Since`).toBe(304);
        const earlier = new Date(Date.parse(modified) - 3_600_000).toUTCString();
        expect((await pub.get(url, { headers: { "if-modified-since": earlier } })).status(), `${url} older copy`).toBe(200);
      }
      // Unknown edition, venue, film and screening: 404 with the error envelope.
      for (const url of [
        `/schedule/no-such-festival/schedule.ics`,
        `/schedule/${slug}/venues/no-such-venue.ics`,
        `/schedule/${slug}/films/999999-nothing.ics`,
        `/schedule/${slug}/screenings/999999.ics`,
        `/schedule/${slug}/screenings/abc.ics`,
      ]) {
        const res = await pub.get(url);
        expect(res.status(), url).toBe(404);
        expect((await res.json()).error.code).toBe("not_found");
      }
    });
  }

  test("a new release changes every ETag and Last-Modified; an old ETag gets the new feed", async () => {
    const pub = await anonymous();
    for (const [url, old] of Object.entries(fest.v1.etags)) {
      const res = await pub.get(url, { headers: { "if-none-match": old } });
      expect(res.status(), url).toBe(200);
      expect(res.headers().etag, url).not.toBe(old);
      expect(res.headers().etag, url).toContain("-v2-");
      const modified = Date.parse(res.headers()["last-modified"] ?? "");
      expect(modified).toBeGreaterThanOrEqual(Date.parse(fest.v1.lastModified));
      expect((await pub.get(url, { headers: { "if-modified-since": fest.v1.lastModified } })).status(), url).toBe(
        modified > Date.parse(fest.v1.lastModified) ? 200 : 304,
      );
    }
  });

  test("the page and the .ics at the same address both work (venues, films, screenings)", async ({ page }) => {
    const pub = await anonymous();
    const { screenings } = await apiScreenings(pub, fest.ed.slug);
    const base = `/schedule/${fest.ed.slug}`;
    const film = segmentOf(itemAt(itemAt(screenings, 0).films, 0).url);
    for (const url of [`${base}/venues/${fest.venueSlug}`, `${base}/films/${film}`]) {
      const res = await pub.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["content-type"]).toContain("text/html");
      const ics = await pub.get(`${url}.ics`);
      expect(ics.status(), `${url}.ics`).toBe(200);
      expect(ics.headers()["content-type"]).toBe(CONTENT_TYPES.ics);
    }
    // The pages link to their feeds; each screening has an "Add <title> to calendar" link.
    await page.goto(`${base}/venues/${fest.venueSlug}`);
    const venueIcs = await page.locator('a[data-feed="venue-ics"]').getAttribute("href");
    expect(venueIcs).toBe(`${base}/venues/${fest.venueSlug}.ics`);
    await page.goto(`${base}/films/${film}`);
    expect(await page.locator('a[data-feed="film-ics"]').getAttribute("href")).toBe(`${base}/films/${film}.ics`);
    const s = screenings.find((x) => x.films.some((f) => segmentOf(f.url) === film))!;
    const add = page.getByRole("link", { name: `Add ${s.title} to calendar`, exact: true });
    await expect(add.first()).toHaveAttribute("href", `${base}/screenings/${s.id}.ics`);
    const one = parseIcal(await (await pub.get(`${base}/screenings/${s.id}.ics`)).text());
    expect(one.map((e) => e.uid)).toEqual([uidOf(fest.ed.slug, s.id)]);
    await page.goto(base);
    for (const [kind, file] of [
      ["ics", "schedule.ics"],
      ["xml", "schedule.xml"],
      ["json", "schedule.json"],
      ["csv", "schedule.csv"],
    ])
      expect(await page.locator(`a[data-feed="${kind}"]`).getAttribute("href")).toBe(`${base}/${file}`);
    await expect(page.getByRole("heading", { name: "Take the programme with you" })).toBeVisible();
  });

  for (const which of ["demo", "built"] as const) {
    test(`schedule.xml passes the frab XSD and schedule.json the c3voc JSON schema (${which} festival)`, async () => {
      const pub = await anonymous();
      const slug = which === "demo" ? DEMO_SLUG : fest.ed.slug;
      const xml = await (await pub.get(`/schedule/${slug}/schedule.xml`)).text();
      const lint = xmllint(xml);
      expect(lint.stderr).toContain("validates");
      expect(lint.status, lint.stderr).toBe(0);
      const json = await (await pub.get(`/schedule/${slug}/schedule.json`)).json();
      const ok = validateFrabJson(json);
      expect(ok, JSON.stringify(validateFrabJson.errors?.slice(0, 5), null, 1)).toBe(true);
    });
  }

  test("iCal: UIDs stable across releases, SEQUENCE grows when a screening moves, cancelled ones are STATUS:CANCELLED", async () => {
    const pub = await anonymous();
    const v1 = parseIcal(fest.v1.ics);
    const v2 = parseIcal(await (await pub.get(`/schedule/${fest.ed.slug}/schedule.ics`)).text());
    const { screenings } = await apiScreenings(pub, fest.ed.slug);
    expect(v1).toHaveLength(4);
    expect(v2.map((e) => e.uid).sort()).toEqual(v1.map((e) => e.uid).sort());
    expect(v2.map((e) => e.uid).sort()).toEqual(screenings.map((s) => uidOf(fest.ed.slug, s.id)).sort());
    const byUid = (list: IcalEvent[], uid: string) => list.find((e) => e.uid === uid)!;
    const movedS = screenings.find((s) => s.startsAt === "2026-10-24T21:00:00+01:00")!;
    const cancelledS = screenings.find((s) => s.status === "cancelled")!;
    expect(movedS).toBeDefined();
    expect(cancelledS.title).toBe(TITLES.doomed);
    for (const s of screenings) {
      const uid = uidOf(fest.ed.slug, s.id);
      const [a, b] = [byUid(v1, uid), byUid(v2, uid)];
      if (s.id === movedS.id || s.id === cancelledS.id) expect(b.sequence, s.title).toBeGreaterThan(a.sequence);
      else expect(b.sequence, s.title).toBe(a.sequence);
      expect(b.sequence).toBe(s.revision);
    }
    expect(byUid(v1, uidOf(fest.ed.slug, movedS.id)).localStart).toBe("2026-10-24 20:00");
    expect(byUid(v2, uidOf(fest.ed.slug, movedS.id)).localStart).toBe("2026-10-24 21:00");
    expect(byUid(v1, uidOf(fest.ed.slug, cancelledS.id)).status).toBe("CONFIRMED");
    expect(byUid(v2, uidOf(fest.ed.slug, cancelledS.id)).status).toBe("CANCELLED");
    for (const e of v2.filter((x) => x.uid !== uidOf(fest.ed.slug, cancelledS.id))) expect(e.status).toBe("CONFIRMED");
    // The venue and film feeds carry the same events (same UID and SEQUENCE) as the festival feed.
    const venueFeed = parseIcal(await (await pub.get(`/schedule/${fest.ed.slug}/venues/${fest.venueSlug}.ics`)).text());
    const venueScreenings = screenings.filter((s) => s.venue.slug === fest.venueSlug);
    expect(venueFeed.map((e) => e.uid).sort()).toEqual(venueScreenings.map((s) => uidOf(fest.ed.slug, s.id)).sort());
    for (const e of venueFeed) expect(e).toEqual(byUid(v2, e.uid));
  });

  test("one truth: day pages, film pages, print, iCal, frab XML and JSON, CSV and the JSON API agree on every screening", async ({
    page,
  }) => {
    const pub = await anonymous();
    const slug = fest.ed.slug;
    const base = `/schedule/${slug}`;
    const { json, screenings } = await apiScreenings(pub, slug);
    expect(screenings).toHaveLength(4);
    expect(json.days.map((d) => d.date)).toEqual(["2026-10-23", "2026-10-24", "2026-10-25"]);
    // The reference itself: the DST night and the after-midnight screening are where they belong.
    const dst = screenings.find((s) => s.films[0]?.displayTitle === TITLES.quoted)!;
    expect(dst).toMatchObject({
      startsAt: "2026-10-25T00:30:00+01:00",
      festivalDay: "2026-10-24",
      afterMidnight: true,
      startTime: "00:30",
      endTime: "02:30",
    });
    expect(Date.parse(dst.endsAt) - Date.parse(dst.startsAt)).toBe(180 * 60_000);
    const late = screenings.find((s) => s.films.length === 2)!;
    expect(late).toMatchObject({
      festivalDay: "2026-10-23",
      localDate: "2026-10-24",
      afterMidnight: true,
      title: `${TITLES.accents} + ${TITLES.paradis}`,
    });
    expect(screenings.filter((s) => s.status === "cancelled").map((s) => s.title)).toEqual([TITLES.doomed]);

    type Seen = { start: string; end: string; day: string; venue: string; title: string; cancelled: boolean };
    const expected = new Map<number, Seen>(
      screenings.map((s) => [
        s.id,
        { start: s.startsAt, end: s.endsAt, day: s.festivalDay, venue: s.venue.name, title: s.title, cancelled: s.status === "cancelled" },
      ]),
    );
    const instant = (iso: string) => new Date(iso).getTime();
    const same = (where: string, id: number, got: Seen) => {
      const want = expected.get(id);
      expect(want, `${where}: unknown screening ${id}`).toBeDefined();
      expect({ ...got, start: instant(got.start), end: instant(got.end) }, `${where}: screening ${id}`).toEqual({
        ...want!,
        start: instant(want!.start),
        end: instant(want!.end),
      });
    };
    const byId = new Map(screenings.map((s) => [s.id, s]));

    /** ScreeningItem rows: <li data-screening-id> with data-field start/end/title/venue. */
    const readItems = (p: Page) =>
      p.locator("li[data-screening-id]").evaluateAll((lis) =>
        lis.map((li) => ({
          id: Number(li.getAttribute("data-screening-id")),
          start: li.querySelector('[data-field="start"]')!.getAttribute("datetime")!,
          startText: li.querySelector('[data-field="start"]')!.textContent!.trim(),
          end: li.querySelector('[data-field="end"]')!.getAttribute("datetime")!,
          endText: li.querySelector('[data-field="end"]')!.textContent!.trim(),
          title: li.querySelector('[data-field="title"]')!.textContent!,
          venue: li.querySelector('[data-field="venue"]')!.textContent!.trim(),
          cancelled: [...li.querySelectorAll("span")].some((sp) => sp.textContent?.trim() === "Cancelled"),
          text: li.textContent ?? "",
        })),
      );

    // Day pages and print pages.
    const seenOnDays = new Set<number>();
    for (const d of json.days) {
      await page.goto(`${base}/${d.date}`);
      for (const it of await readItems(page)) {
        seenOnDays.add(it.id);
        same(`day page ${d.date}`, it.id, {
          start: it.start,
          end: it.end,
          day: d.date,
          venue: it.venue,
          title: it.title,
          cancelled: it.cancelled,
        });
        expect(it.startText).toBe(byId.get(it.id)!.startTime);
        expect(it.endText).toBe(byId.get(it.id)!.endTime);
      }
      await page.goto(`${base}/${d.date}/print`);
      const rows = await page.locator("tr[data-screening-id]").evaluateAll((trs) =>
        trs.map((tr) => {
          const [time, venue, title] = tr.querySelectorAll("td");
          return {
            id: Number(tr.getAttribute("data-screening-id")),
            time: time?.textContent?.trim() ?? "",
            venue: venue?.textContent?.trim() ?? "",
            title: title?.querySelector("span")?.textContent ?? "",
            cancelled: /CANCELLED/.test(title?.textContent ?? ""),
          };
        }),
      );
      expect(rows.map((r) => r.id).sort()).toEqual(
        screenings
          .filter((s) => s.festivalDay === d.date)
          .map((s) => s.id)
          .sort(),
      );
      for (const r of rows) {
        const s = byId.get(r.id)!;
        expect(r.time, `print ${r.id}`).toBe(`${s.startTime}–${s.endTime}${s.afterMidnight ? " ☾" : ""}`);
        same(`print ${d.date}`, r.id, {
          start: s.startsAt,
          end: s.endsAt,
          day: d.date,
          venue: r.venue,
          title: r.title,
          cancelled: r.cancelled,
        });
      }
    }
    expect([...seenOnDays].sort()).toEqual(screenings.map((s) => s.id).sort());

    // Film pages: every screening on the page of each of its films, with its festival day.
    const filmSegments = new Set(screenings.flatMap((s) => s.films.map((f) => segmentOf(f.url))));
    for (const seg of filmSegments) {
      await page.goto(`${base}/films/${seg}`);
      const items = await readItems(page);
      const want = screenings.filter((s) => s.films.some((f) => segmentOf(f.url) === seg));
      expect(items.map((i) => i.id).sort(), seg).toEqual(want.map((s) => s.id).sort());
      for (const it of items) {
        const s = byId.get(it.id)!;
        expect(it.text, `film page ${seg}: festival day of ${it.id}`).toContain(shortDayLabel(s.festivalDay));
        same(`film page ${seg}`, it.id, {
          start: it.start,
          end: it.end,
          day: s.festivalDay,
          venue: it.venue,
          title: it.title,
          cancelled: it.cancelled,
        });
      }
    }

    // iCal: the clock times are the festival's, the instants exact.
    const ics = parseIcal(await (await pub.get(`${base}/schedule.ics`)).text());
    expect(ics).toHaveLength(screenings.length);
    for (const e of ics) {
      const id = Number(/^screening-(\d+)@/.exec(e.uid)![1]);
      const s = byId.get(id)!;
      expect(e.localStart, `ics ${id} local start`).toBe(`${s.localDate} ${s.startTime}`);
      same("iCal", id, {
        start: new Date(e.start).toISOString(),
        end: new Date(e.end).toISOString(),
        day: s.festivalDay, // iCal has no festival day; its local date is checked above
        venue: e.location,
        title: e.summary,
        cancelled: e.status === "CANCELLED",
      });
    }

    // frab XML (parsed by the browser's XML parser) and JSON.
    const xml = await (await pub.get(`${base}/schedule.xml`)).text();
    await page.goto("about:blank");
    const xmlEvents = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) throw new Error("schedule.xml does not parse");
      return [...doc.querySelectorAll("day > room > event")].map((ev) => {
        const child = (n: string) => ev.querySelector(`:scope > ${n}`)?.textContent ?? "";
        return {
          id: Number(ev.getAttribute("id")),
          day: ev.closest("day")!.getAttribute("date")!,
          room: child("room"),
          roomAttr: ev.closest("room")!.getAttribute("name")!,
          title: child("title"),
          subtitle: child("subtitle"),
          date: child("date"),
          start: child("start"),
          duration: child("duration"),
        };
      });
    }, xml);
    const json2: FrabJson = await (await pub.get(`${base}/schedule.json`)).json();
    const jsonEvents = json2.schedule.conference.days.flatMap((d) =>
      Object.entries(d.rooms).flatMap(([roomName, events]) => events.map((e) => ({ ...e, day: d.date, roomAttr: roomName }))),
    );
    for (const [where, events] of [
      ["schedule.xml", xmlEvents],
      ["schedule.json", jsonEvents],
    ] as const) {
      expect(events.map((e) => e.id).sort(), where).toEqual(screenings.map((s) => s.id).sort());
      for (const e of events) {
        const s = byId.get(e.id)!;
        const [hh = 0, mm = 0] = String(e.duration).split(":").map(Number);
        const cancelled = String(e.title).startsWith("Cancelled: ");
        const title = String(e.title).replace(/^Cancelled: /, "") + (e.subtitle ? ` + ${e.subtitle}` : "");
        expect(e.start, `${where} ${e.id} start`).toBe(s.startTime);
        expect(e.roomAttr).toBe(e.room);
        same(where, e.id, {
          start: e.date,
          end: new Date(Date.parse(e.date) + (hh * 60 + mm) * 60_000).toISOString(),
          day: e.day,
          venue: e.room,
          title,
          cancelled,
        });
      }
    }

    // CSV (no ids: matched by festival day, start and venue, which are unique here).
    const csvText = await (await pub.get(`${base}/schedule.csv`)).text();
    const rows = parseCsv<Record<(typeof CSV_HEADER)[number], string>>(csvText.replace(/^\uFEFF/, ""), { columns: true });
    expect(rows).toHaveLength(screenings.length);
    for (const r of rows) {
      const s = screenings.find((x) => x.festivalDay === r.festival_day && x.startTime === r.start && x.venue.name === r.venue);
      expect(s, JSON.stringify(r)).toBeDefined();
      expect(r.date).toBe(s!.localDate);
      expect(r.end).toBe(s!.endTime);
      same("CSV", s!.id, {
        start: s!.startsAt,
        end: s!.endsAt,
        day: r.festival_day,
        venue: r.venue,
        title: r.titles,
        cancelled: r.status === "cancelled",
      });
    }
  });
});

/* ---------- issue 15: a named programme with guests, languages, access and tickets, in every feed ---------- */

test.describe("programmes, guests and tickets in the feeds", () => {
  test("the programme title, guests, subtitles, access marks, sold out and the ticket link reach iCal, frab XML/JSON and CSV; internal notes never", async () => {
    const api = await signedIn();
    const pub = await anonymous();
    const ed = await makeEdition(api);
    const MARK = `NOTE-${ed.slug}-INTERNAL`;
    const person = async (data: Record<string, unknown>): Promise<number> => {
      const res = await api.post("/api/v1/people", { data });
      expect(res.status(), await res.text()).toBe(201);
      return (await res.json()).id;
    };
    const ana = await person({ name: "Ana Ferreira", role: "director", internalNotes: `${MARK} arrives by train` });
    const rui = await person({ name: "Rui Lopes", internalNotes: `${MARK} +351 912 345 678` });
    const loom = await makeFilm(api, {
      title: "The Loom",
      runtimeMinutes: 12,
      directors: ["Ana Ferreira"],
      languages: ["English"],
      rating: "12",
      section: "Shorts",
      internalNotes: `${MARK} film`,
    });
    const dock = await makeFilm(api, {
      title: "Dockside",
      runtimeMinutes: 18,
      directors: ["Kim Lee"],
      languages: ["Korean"],
      rating: "16",
      section: "Shorts",
    });
    const slot = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00");
    const ticketUrl = "https://tickets.example/event?id=40&lang=en";
    const title = "Shorts: Work & Hands";
    const put = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, {
      data: {
        filmIds: [loom, dock],
        qaMinutes: 20,
        title,
        description: "Films about the work of hands.",
        subtitles: "Portuguese",
        accessibility: ["open-captions", "audio-description"],
        format: "DCP",
        internalNotes: `${MARK} screening: print from the archive`,
        ticketUrl,
        availability: "sold-out",
        guests: [
          { personId: ana, role: "director" },
          { personId: rui, role: "moderator" },
        ],
      },
    });
    expect(put.status(), await put.text()).toBe(200);
    // A second screening with tickets on sale online: its link is offered.
    const onSale = "https://tickets.example/event?id=41&day=24";
    const slot2 = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T21:00:00+01:00", "2026-10-24T22:00:00+01:00");
    const put2 = await api.put(`/api/v1/editions/${ed.slug}/slots/${slot2.id}/screening`, {
      data: { filmIds: [dock], ticketUrl: onSale, availability: "on-sale" },
    });
    expect(put2.status(), await put2.text()).toBe(200);
    const release = await api.post(`/api/v1/editions/${ed.slug}/releases`, { data: { note: "Programmes" } });
    expect(release.status(), await release.text()).toBe(201);
    const base = `/schedule/${ed.slug}`;
    const get = async (file: string) => (await getOk(pub, `${base}/${file}`)).text();
    const ics = await get("schedule.ics");
    const xml = await get("schedule.xml");
    const jsonText = await get("schedule.json");
    const csv = await get("schedule.csv");
    for (const [name, body] of [
      ["ics", ics],
      ["xml", xml],
      ["json", jsonText],
      ["csv", csv],
    ] as const) {
      expect(body, name).not.toContain(MARK);
      expect(body, name).not.toContain("912 345 678");
      expect(body, name).not.toContain("print from the archive");
    }

    // iCal: SUMMARY the programme title, DESCRIPTION the rest in words.
    const event = parseIcal(ics).find((e) => e.summary === title);
    expect(event, ics).toBeDefined();
    const description = String(
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents("vevent")
        .find((c) => c.getFirstPropertyValue("summary") === title)
        ?.getFirstPropertyValue("description"),
    );
    for (const words of [
      "Films about the work of hands.",
      "The Loom (Ana Ferreira, ",
      "Dockside (Kim Lee, ",
      "Q&A with Ana Ferreira (director) and Rui Lopes (moderator)",
      "English, Korean · Portuguese subtitles",
      "Access: Open captions, Audio description",
      "Section: Shorts",
      "Rating: 12, 16",
      "Format: DCP",
      "Sold out",
    ])
      expect(description).toContain(words);
    // Sold out: the ticket link is not offered (as on the pages); the CSV keeps it as data.
    expect(description).not.toContain(ticketUrl);

    // frab XML and JSON: valid, with the title, the guests as persons, the language and the ticket link.
    const lint = xmllint(xml);
    expect(lint.status, lint.stderr).toBe(0);
    const frab: FrabJson = JSON.parse(jsonText);
    expect(validateFrabJson(frab), JSON.stringify(validateFrabJson.errors?.slice(0, 5))).toBe(true);
    const ev = frab.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).find((e) => e.title === title);
    expect(ev).toMatchObject({ subtitle: "", language: "en", track: "Shorts" });
    expect(ev?.persons.map((p) => p.name)).toEqual(["Ana Ferreira", "Rui Lopes"]);
    expect(ev?.links.map((l) => l.title)).toEqual(["The Loom", "Dockside"]);
    expect(ev?.description).toContain("Portuguese subtitles");
    expect(ev?.description).toContain("Sold out");
    expect(xml).toContain(`<title>Shorts: Work &amp; Hands</title>`);
    const dockside = frab.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).find((e) => e.title === "Dockside");
    expect(dockside?.links[0]).toEqual({ url: onSale, title: "Tickets" });
    expect(xml).toContain(`<link href="${onSale.replace(/&/g, "&amp;")}">Tickets</link>`);
    expect(ics.replace(/\r\n /g, "")).toContain(`Tickets: ${onSale}`);

    // CSV: the new columns after the old ones.
    const rows = parseCsv<Record<(typeof CSV_HEADER)[number], string>>(csv.replace(/^\uFEFF/, ""), { columns: true });
    expect(rows.find((r) => r.titles === title)).toMatchObject({
      programme_title: title,
      guests: "Ana Ferreira (director); Rui Lopes (moderator)",
      languages: "English; Korean",
      subtitles: "Portuguese",
      accessibility: "Open captions; Audio description",
      format: "DCP",
      section: "Shorts",
      rating: "12; 16",
      availability: "Sold out",
      ticket_url: ticketUrl,
    });
  });
});

/* ---------- OpenAPI ---------- */

test.describe("OpenAPI and /api/docs", () => {
  test("real responses match the document's response schemas; /api/docs lists every path", async () => {
    const pub = await anonymous();
    const res = await getOk(pub, "/api/v1/openapi.json");
    expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");

    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "https://lineup.invalid/openapi.json", ...doc });
    const pointer = (p: string) => p.replace(/~/g, "~0").replace(/\//g, "~1");
    const check = (pathKey: string, method: string, status: number, body: unknown) => {
      const op = doc.paths[pathKey]?.[method];
      expect(op, `${method} ${pathKey} in the document`).toBeDefined();
      expect(op.responses[String(status)], `${method} ${pathKey} documents ${status}`).toBeDefined();
      const validate = ajv.getSchema(
        `https://lineup.invalid/openapi.json#/paths/${pointer(pathKey)}/${method}/responses/${status}/content/application~1json/schema`,
      )!;
      expect(validate, `${method} ${pathKey} ${status} has a schema`).toBeDefined();
      const ok = validate(body);
      expect(ok, `${method} ${pathKey} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    };

    const api = await signedIn();
    const ed = await makeEdition(api);
    await makeFilm(api, { title: "Schema check", runtimeMinutes: 90, directors: ["A. B."] });
    const films = await api.get("/api/v1/films?limit=5");
    expect(films.status()).toBe(200);
    check("/api/v1/films", "get", 200, await films.json());
    const edition = await api.get(`/api/v1/editions/${ed.slug}`);
    check("/api/v1/editions/{slug}", "get", 200, await edition.json());
    const slot = await api.post(`/api/v1/editions/${ed.slug}/slots`, {
      data: { venueId: ed.venueId, startsAt: "2026-10-25T00:30:00+01:00", endsAt: "2026-10-25T02:30:00+00:00" },
    });
    expect(slot.status()).toBe(201);
    check("/api/v1/editions/{slug}/slots", "post", 201, await slot.json());
    const bad = await api.post(`/api/v1/editions/${ed.slug}/slots`, { data: { venueId: "x", startsAt: "tomorrow", surprise: 1 } });
    expect(bad.status()).toBe(400);
    const badBody = await bad.json();
    expect(badBody.error.code).toBe("bad_request");
    check("/api/v1/editions/{slug}/slots", "post", 400, badBody);
    const anonymousPost = await pub.post(`/api/v1/editions/${ed.slug}/slots`, { data: {} });
    expect(anonymousPost.status()).toBe(401);
    check("/api/v1/editions/{slug}/slots", "post", 401, await anonymousPost.json());
    const schedule = await pub.get(`/api/v1/editions/${DEMO_SLUG}/schedule`);
    check("/api/v1/editions/{slug}/schedule", "get", 200, await schedule.json());
    const missing = await pub.get(`/api/v1/editions/${ed.slug}/schedule`);
    expect(missing.status()).toBe(404);
    check("/api/v1/editions/{slug}/schedule", "get", 404, await missing.json());

    const docs = await pub.get("/api/docs");
    expect(docs.status()).toBe(200);
    const html = await docs.text();
    const unescapeHtml = (s: string) =>
      s
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'");
    const text = unescapeHtml(html);
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>))
      for (const method of Object.keys(ops))
        expect(text, `${method.toUpperCase()} ${p} on /api/docs`).toContain(`data-path="${p}" data-method="${method.toUpperCase()}"`);
    expect(text).toContain("venueId");
    expect(text).toContain("422");
  });
});
