/**
 * The board's browser figures of `npm run bench`, measured in Chromium (Playwright, Debian's
 * /usr/bin/chromium or CHROMIUM_PATH) against the server the bench started: an edition of
 * 12 venues with 60 slots on one day (30 of them filled), then
 *   - the board's first render when the page loads (its own performance mark, from the
 *     board's first render to its commit, hydration included) and its render from scratch
 *     after a client-side navigation, each <= 300 ms;
 *   - drop to badge: from dropping a film on an empty slot to the optimistic picture (the
 *     slot's fit badge) painted, <= 100 ms.
 * The marks are written by components/admin/board/perf.ts.
 */
import { type APIRequestContext, type Browser, chromium, type Page, request } from "@playwright/test";
import { CHROMIUM } from "@/e2e/constants";
import { drag } from "@/e2e/drag";
import { type Figure, figure, notAvailable, type Target } from "./results";

const BOARD_RENDER_TARGET: Target = { op: "<=", value: 300 };
const DROP_TO_BADGE_TARGET: Target = { op: "<=", value: 100 };

const DAY = "2026-10-24";
const VENUES = 12;
const TIMES = ["10:00", "12:30", "15:00", "17:30", "20:00"];

interface BoardBenchOptions {
  base: string;
  admin: { email: string; password: string };
  /** Page loads (and client renders) measured. */
  runs: number;
  log: (s: string) => void;
}

interface BoardFixture {
  slug: string;
  slotIds: number[];
  dropFilm: { id: number; title: string };
}

async function ok(res: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<unknown> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return res.json();
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The id of a created record. */
function idOf(x: unknown): number {
  if (isRecord(x) && typeof x.id === "number") return x.id;
  throw new Error(`no id in ${JSON.stringify(x)}`);
}

/** The ids of the slots a daily pattern made. */
function slotIdsOf(x: unknown): number[] {
  if (isRecord(x) && Array.isArray(x.slots)) return x.slots.map(idOf);
  throw new Error(`no slots in ${JSON.stringify(x)}`);
}

/** A Lisbon edition over the night the clocks go back: 12 venues, 5 slots each on DAY, every other slot filled. */
async function makeBoard(api: APIRequestContext): Promise<BoardFixture> {
  const tag = Date.now().toString(36);
  const slug = `bench-board-${tag}`;
  const slots = `/api/v1/editions/${slug}/slots`;
  const edition = {
    slug,
    name: `Bench board ${tag}`,
    firstDay: "2026-10-23",
    lastDay: "2026-10-25",
    timeZone: "Europe/Lisbon",
    dayBreak: "06:00",
  };
  await ok(await api.post("/api/v1/editions", { data: edition }), "edition");
  const slotIds: number[] = [];
  for (let i = 1; i <= VENUES; i++) {
    const venue = { name: `Screen ${i}`, changeoverMinutes: 15 };
    const venueId = idOf(await ok(await api.post(`/api/v1/editions/${slug}/venues`, { data: venue }), "venue"));
    const pattern = { venueId, times: TIMES, minutes: 140, days: [DAY] };
    slotIds.push(...slotIdsOf(await ok(await api.post(`${slots}/pattern`, { data: pattern }), "pattern")));
  }
  const film = async (title: string, runtimeMinutes: number) =>
    idOf(await ok(await api.post("/api/v1/films", { data: { title, runtimeMinutes } }), "film"));
  for (const [i, slotId] of slotIds.entries()) {
    if (i % 2) continue;
    const status = (i / 2) % 3 ? "confirmed" : "tentative";
    const data = { filmIds: [await film(`Bench ${i / 2} ${tag}`, 80 + i / 2)], status, preShowMinutes: 0, introMinutes: 0, qaMinutes: 0 };
    await ok(await api.put(`${slots}/${slotId}/screening`, { data }), "screening");
  }
  const title = `Bench drop ${tag}`;
  return { slug, slotIds, dropFilm: { id: await film(title, 120), title } };
}

async function logIn(page: Page, admin: BoardBenchOptions["admin"]) {
  await page.goto("/login?next=%2Fadmin");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Editions" }).waitFor();
}

/** The duration of the one measure called `name`, once the board has written it. */
async function measured(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => {
    const entry = performance.getEntriesByName(n)[0];
    return entry ? { duration: entry.duration } : null;
  }, name);
  const found = await handle.jsonValue();
  return found?.duration ?? Number.NaN;
}

async function waitForSlots(page: Page, n: number) {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="board-slot"]').length === count, n);
}

/** Page loads: the board's first render (hydration) and DOMContentLoaded; then a client render from scratch (to the next day and back). */
async function renderRuns(page: Page, b: BoardFixture, runs: number) {
  const out = { hydration: [] as number[], client: [] as number[], domContentLoaded: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    await page.goto(`/admin/editions/${b.slug}/board/${DAY}`);
    await waitForSlots(page, b.slotIds.length);
    const hydration = await measured(page, "board:first-render");
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return nav instanceof PerformanceNavigationTiming ? nav.domContentLoadedEventEnd - nav.startTime : Number.NaN;
    });
    await page.getByRole("link", { name: /Sunday, 25 October 2026/ }).click();
    await page.getByRole("heading", { name: /Board: Sunday/ }).waitFor();
    await page.evaluate(() => performance.clearMeasures("board:first-render"));
    await page.getByRole("link", { name: /Saturday, 24 October 2026/ }).click();
    await waitForSlots(page, b.slotIds.length);
    const client = await measured(page, "board:first-render");
    // The first run warms the server's and the browser's caches up.
    if (run === 0) continue;
    out.hydration.push(hydration);
    out.domContentLoaded.push(dcl);
    out.client.push(client);
  }
  return out;
}

/** A film dropped on empty slots (the odd ones): drop to the fit badge painted. */
async function dropRuns(page: Page, b: BoardFixture, runs: number): Promise<number[]> {
  await page.getByLabel("Search films").fill(b.dropFilm.title);
  const chip = page.locator(`[data-film-id="${b.dropFilm.id}"]`);
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Films to place"] [data-film-id]').length === 1);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const slotId = b.slotIds[i * 2 + 1];
    if (slotId === undefined) break;
    const target = page.locator(`article[data-slot-id="${slotId}"]`);
    await page.evaluate(() => performance.clearMeasures("board:drop-to-badge"));
    await drag(page, chip, target);
    await target.getByTestId("fit-badge").getByText("20 min spare").waitFor();
    out.push(await measured(page, "board:drop-to-badge"));
  }
  return out;
}

export async function boardFigures(o: BoardBenchOptions): Promise<Figure[]> {
  const names = {
    hydration: `board first render on page load, ${VENUES} venues / ${VENUES * TIMES.length} slots`,
    client: `board render from scratch (client navigation), ${VENUES} venues / ${VENUES * TIMES.length} slots`,
    dcl: "board page DOMContentLoaded",
    drop: "board drop to badge painted",
  };
  let browser: Browser | undefined;
  try {
    const api = await request.newContext({ baseURL: o.base });
    await ok(await api.post("/api/v1/session", { data: o.admin }), "sign in");
    o.log("board: making 12 venues, 60 slots");
    const b = await makeBoard(api);
    await api.dispose();
    browser = await chromium.launch(CHROMIUM);
    const context = await browser.newContext({
      baseURL: o.base,
      viewport: { width: 1600, height: 1100 },
      timezoneId: "Asia/Tokyo",
      locale: "en-GB",
    });
    const page = await context.newPage();
    await logIn(page, o.admin);
    o.log("board: render runs");
    const renders = await renderRuns(page, b, o.runs);
    o.log("board: drops");
    const drops = await dropRuns(page, b, o.runs);
    const note = "Chromium headless on the same machine; the board's own performance marks";
    return [
      figure(names.hydration, "ms", renders.hydration, BOARD_RENDER_TARGET, `${note}; hydration of the server-rendered board included`),
      figure(names.client, "ms", renders.client, BOARD_RENDER_TARGET, `${note}; data already loaded`),
      figure(names.dcl, "ms", renders.domContentLoaded, null, "navigation start to DOMContentLoaded end"),
      figure(names.drop, "ms", drops, DROP_TO_BADGE_TARGET, "drop of a film on an empty slot until the optimistic badge is painted"),
    ];
  } catch (e) {
    const reason = `board bench failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
    o.log(reason);
    return [
      notAvailable(names.hydration, "ms", BOARD_RENDER_TARGET, reason),
      notAvailable(names.client, "ms", BOARD_RENDER_TARGET, reason),
      notAvailable(names.drop, "ms", DROP_TO_BADGE_TARGET, reason),
    ];
  } finally {
    await browser?.close();
  }
}
