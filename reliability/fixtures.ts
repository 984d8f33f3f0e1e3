/**
 * The festival the suite works on, built through the HTTP API like a programmer would:
 * one edition (Europe/Lisbon, 1-3 June 2026, summer time: +01:00) with
 * - a "marker" screening on day 1, the only one that day: each release k gives its film the
 *   title "Marker R<k>" and moves its slot to start at 10:00 + k minutes, so the day page of
 *   release k says "release k", "Marker Rk" and the start time of k — in one release, all three agree;
 * - five "contest" slots on days 2-3 that the concurrent writers fight over (tentative: not public);
 * - 80 confirmed screenings on day 3 in ten screens, so a release has some weight.
 */

import { itemAt } from "@/lib/lists";
import { type Client, expectStatus } from "./lib";

const ZONE_OFFSET = "+01:00";
export const MARKER_DAY = "2026-06-01";

export interface Festival {
  slug: string;
  editionId: number;
  markerFilmId: number;
  markerSlotId: number;
  contestFilmId: number;
  contestSlotIds: number[];
  fillerFilmIds: number[];
  venueIds: number[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** The wall-clock start of the marker screening in release k. */
function markerTime(k: number): string {
  return hhmm(600 + k);
}

export async function buildFestival(api: Client, slug: string): Promise<Festival> {
  const film = async (data: Record<string, unknown>) =>
    expectStatus(await api.post("/api/v1/films", data), 201, "create film").json<{ id: number }>().id;
  const markerFilmId = await film({ title: "Marker R0", year: 2026, runtimeMinutes: 90, directors: ["Reliability Suite"] });
  const contestFilmId = await film({ title: "Contested", year: 2026, runtimeMinutes: 60 });
  const fillerFilmIds: number[] = [];
  for (let i = 0; i < 10; i++) fillerFilmIds.push(await film({ title: `Filler ${i + 1}`, year: 2000 + i, runtimeMinutes: 75 }));

  const ed = await api.post("/api/v1/editions", {
    slug,
    name: `Reliability ${slug}`,
    firstDay: "2026-06-01",
    lastDay: "2026-06-03",
    timeZone: "Europe/Lisbon",
    dayBreak: "06:00",
  });
  const editionId = expectStatus(ed, 201, "create edition").json<{ id: number }>().id;
  const venue = async (name: string) =>
    expectStatus(
      await api.post(`/api/v1/editions/${slug}/venues`, { name, capacity: 100, changeoverMinutes: 0 }),
      201,
      "create venue",
    ).json<{ id: number }>().id;
  const main = await venue("Main");
  const hall = await venue("Hall");
  const screens: number[] = [];
  for (let i = 0; i < 10; i++) screens.push(await venue(`Screen ${i + 1}`));

  const slot = async (venueId: number, day: string, start: string, end: string) =>
    expectStatus(
      await api.post(`/api/v1/editions/${slug}/slots`, {
        venueId,
        startsAt: `${day}T${start}:00${ZONE_OFFSET}`,
        endsAt: `${day}T${end}:00${ZONE_OFFSET}`,
      }),
      201,
      "create slot",
    ).json<{ id: number }>().id;
  const screening = async (slotId: number, filmIds: number[], status: string, extra: Record<string, number> = {}) =>
    expectStatus(
      await api.put(`/api/v1/editions/${slug}/slots/${slotId}/screening`, { filmIds, status, ...extra }),
      200,
      "put screening",
    ).json<unknown>();

  const markerSlotId = await slot(main, MARKER_DAY, markerTime(0), hhmm(600 + 120));
  await screening(markerSlotId, [markerFilmId], "confirmed");

  const contestSlotIds: number[] = [];
  const contests: [day: string, start: string, end: string][] = [
    ["2026-06-02", "10:00", "13:00"],
    ["2026-06-02", "13:30", "16:30"],
    ["2026-06-02", "17:00", "20:00"],
    ["2026-06-02", "20:30", "23:30"],
    ["2026-06-03", "10:00", "13:00"],
  ];
  for (const [day, start, end] of contests) {
    const id = await slot(hall, day, start, end);
    await screening(id, [contestFilmId], "tentative");
    contestSlotIds.push(id);
  }

  // 80 confirmed screenings on day 3: screen i shows filler film i eight times (no film in two places at once).
  const jobs: (() => Promise<unknown>)[] = [];
  for (const [v, screen] of screens.entries()) {
    const filmId = itemAt(fillerFilmIds, v, "filler film");
    for (let n = 0; n < 8; n++) {
      const start = 8 * 60 + n * 90;
      jobs.push(async () => screening(await slot(screen, "2026-06-03", hhmm(start), hhmm(start + 80)), [filmId], "confirmed"));
    }
  }
  await runPool(jobs, 6);
  return { slug, editionId, markerFilmId, markerSlotId, contestFilmId, contestSlotIds, fillerFilmIds, venueIds: [main, hall, ...screens] };
}

async function runPool(jobs: (() => Promise<unknown>)[], concurrency: number): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );
}

/** Sets the markers of release k (film title and slot time); the caller then publishes. */
export async function setMarkers(api: Client, f: Festival, k: number): Promise<void> {
  expectStatus(await api.patch(`/api/v1/films/${f.markerFilmId}`, { title: `Marker R${k}` }), 200, "set title marker");
  const start = 600 + k;
  expectStatus(
    await api.patch(`/api/v1/editions/${f.slug}/slots/${f.markerSlotId}`, {
      startsAt: `${MARKER_DAY}T${hhmm(start)}:00${ZONE_OFFSET}`,
      endsAt: `${MARKER_DAY}T${hhmm(start + 120)}:00${ZONE_OFFSET}`,
    }),
    200,
    "set time marker",
  );
}

/** The latest release number (0 before the first), from the public releases list. */
export async function latestRelease(api: Client, slug: string): Promise<number> {
  const r = expectStatus(await api.get(`/api/v1/editions/${slug}/releases`, { cookie: null }), 200, "list releases");
  const list = r.json<{ releases: { version: number }[] }>().releases;
  return list.reduce((m, x) => Math.max(m, x.version), 0);
}

export interface PageReading {
  release: number | null;
  titles: number[];
  times: string[];
  consistent: boolean;
  why?: string;
}

/** Reads the public day page of the marker day: release number in the header, markers in the body. */
export function readMarkerPage(html: string): PageReading {
  const rel = /release (?:<!-- -->)?(\d+)/.exec(html);
  const release = rel ? Number(rel[1]) : null;
  const titles = [...html.matchAll(/Marker R(\d+)/g)].map(([, n]) => Number(n));
  const times = [...html.matchAll(/data-field="start"[^>]*>(\d{2}:\d{2})</g)].flatMap(([, t]) => (t ? [t] : []));
  let why: string | undefined;
  if (release === null) why = "no release number in the header";
  else if (titles.length === 0) why = "no title marker";
  else if (titles.some((t) => t !== release)) why = `header says release ${release}, title marker says ${[...new Set(titles)].join(",")}`;
  else if (times.length !== 1) why = `expected one screening, found ${times.length}`;
  else if (times[0] !== markerTime(release))
    why = `header says release ${release}, start time ${times[0]} is release ${times[0]}'s, expected ${markerTime(release)}`;
  return { release, titles, times, consistent: !why, why };
}
