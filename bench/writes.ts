/**
 * The programmers' figures of `npm run bench` (issue 14 §3): what one write and one day's board
 * cost through HTTP, one request at a time on an otherwise idle server, at each size measured
 * (the generated festival, and with `--scale 10` one ten times longer with days of the same
 * size), and how much they grow from the smaller size to the larger:
 *   - `PUT .../slots/{id}/screening` p50 <= 20 ms, `GET .../slots?day=` p50 <= 50 ms, each growing
 *     at most 1.5x;
 *   - `GET .../releases/preview` and `POST .../releases` (recording a release, after its preview
 *     as the publish page does, and straight after a change) <= 1 s;
 *   - the whole-edition conflicts after a write, and again (cached per lineup version);
 *   - a feed after a release: the first request and the next ones (rendered once per release).
 * Each size runs on its own copy of the generated database, its deliberate clashes resolved
 * first (errors block a release), with its own server; nothing here touches the public figures.
 */
import path from "node:path";
import { closeAll } from "@/db/client";
import type { BulkScreening } from "@/db/queries/bulk";
import { forgetPublished } from "@/server/services/public";
import { copyDatabase, resolveBlockingConflicts } from "./figures";
import { BENCH_ADMIN, get, type Server } from "./http";
import { type Figure, figure, median, notAvailable, type Target } from "./results";

const PUT_TARGET: Target = { op: "<=", value: 20 };
const BOARD_TARGET: Target = { op: "<=", value: 50 };
const GROWTH_TARGET: Target = { op: "<=", value: 1.5 };
const RELEASE_TARGET: Target = { op: "<=", value: 1000 };
const FEED_AGAIN_TARGET: Target = { op: "<=", value: 100 };
const FEED = "schedule.xml";

/** One size's measurements (ms per request). */
export interface WriteRuns {
  /** e.g. "3,000 screenings". */
  label: string;
  daySlots: number;
  put: number[];
  board: number[];
  conflictsAfterWrite: number[];
  conflictsAgain: number[];
  preview: number[];
  /** POST releases straight after a change. */
  releaseCold: number[];
  /** POST releases after its preview (the publish page's way). */
  release: number[];
  feedFirst: number[];
  feedAgain: number[];
  notes: string[];
}

/** A copy of the generated database with its deliberate clashes resolved, for the write figures' own server. */
export function writesDatabase(database: string, workDir: string, slug: string): string {
  const copy = copyDatabase(database, path.join(workDir, `writes-${path.basename(database)}`));
  closeAll();
  forgetPublished();
  const before = process.env.DATABASE_PATH;
  process.env.DATABASE_PATH = copy;
  try {
    resolveBlockingConflicts(slug);
  } finally {
    closeAll();
    forgetPublished();
    process.env.DATABASE_PATH = before;
  }
  return copy;
}

interface SlotJson {
  id: number;
  fit: { status: string } | null;
  screening: BulkScreening["screening"];
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!res.ok) throw new Error(`sign in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("sign in: no session cookie");
  return cookie;
}

/** Milliseconds of one request, its body read; throws unless it answers `expect`. */
async function timed(url: string, init: RequestInit, expect: number): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== expect) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} (expected ${expect}) ${body.slice(0, 300)}`);
  return { ms, body };
}

/** The write figures at one size, against `server` (started on writesDatabase's copy). */
export async function measureWrites(o: {
  server: Server;
  slug: string;
  /** The busiest festival day, yyyy-mm-dd. */
  day: string;
  label: string;
  /** Requests per figure (board, PUT); releases and previews take fewer. */
  requests: number;
  releases: number;
  log: (s: string) => void;
}): Promise<WriteRuns> {
  const { base } = o.server;
  const api = `${base}/api/v1/editions/${o.slug}`;
  const cookie = await signIn(base);
  const headers = { cookie, "content-type": "application/json" };
  const notes: string[] = [];
  const boardUrl = `${api}/slots?day=${o.day}`;

  o.log(`writes (${o.label}): day's board, ${o.requests} requests`);
  const first = JSON.parse((await timed(boardUrl, { headers }, 200)).body) as { slots: SlotJson[] };
  const filled = first.slots.filter((s) => s.screening && s.fit?.status !== "over");
  if (!filled.length) throw new Error(`no screening on ${o.day} to write`);
  for (let i = 0; i < 3; i++) await timed(boardUrl, { headers }, 200); // warm-up
  const board: number[] = [];
  for (let i = 0; i < o.requests; i++) board.push((await timed(boardUrl, { headers }, 200)).ms);

  /** Puts a screening back as it is (or with another status): a real write, with its checks, its audit and its answer. */
  const put = (slot: SlotJson, status = slot.screening?.status) => {
    const s = slot.screening;
    if (!s) throw new Error(`slot ${slot.id} is empty`);
    const body = JSON.stringify({
      filmIds: s.filmIds,
      preShowMinutes: s.preShowMinutes,
      introMinutes: s.introMinutes,
      qaMinutes: s.qaMinutes,
      status,
    });
    return timed(`${api}/slots/${slot.id}/screening`, { method: "PUT", headers, body }, 200);
  };
  const slotAt = (i: number): SlotJson => {
    const s = filled[i % filled.length];
    if (!s) throw new Error("no slot");
    return s;
  };
  o.log(`writes (${o.label}): PUT screening, ${o.requests} requests`);
  for (let i = 0; i < 3; i++) await put(slotAt(i)); // warm-up
  const puts: number[] = [];
  for (let i = 0; i < o.requests; i++) puts.push((await put(slotAt(i))).ms);

  o.log(`writes (${o.label}): conflicts, preview, releases`);
  const conflictsAfterWrite: number[] = [];
  const conflictsAgain: number[] = [];
  for (let i = 0; i < o.releases; i++) {
    await put(slotAt(i));
    conflictsAfterWrite.push((await timed(`${api}/conflicts`, { headers }, 200)).ms);
    conflictsAgain.push((await timed(`${api}/conflicts`, { headers }, 200)).ms);
  }

  // Each release publishes one change: a confirmed screening of the day cancelled. One is
  // published straight after the change; the next after its preview, as the publish page does.
  const confirmed = filled.filter((s) => s.screening?.status === "confirmed");
  const preview: number[] = [];
  const releaseCold: number[] = [];
  const release: number[] = [];
  const feedFirst: number[] = [];
  const feedAgain: number[] = [];
  const feedUrl = `${base}/schedule/${o.slug}/${FEED}`;
  const publish = async (note: string) =>
    (await timed(`${api}/releases`, { method: "POST", headers, body: JSON.stringify({ note }) }, 201)).ms;
  for (let i = 0; i < o.releases; i++) {
    const cold = confirmed[(2 * i) % Math.max(1, confirmed.length)];
    if (cold) await put(cold, "cancelled");
    releaseCold.push(await publish(`bench ${o.label} ${i + 1}a`));
    const slot = confirmed[(2 * i + 1) % Math.max(1, confirmed.length)];
    if (slot) await put(slot, "cancelled");
    preview.push((await timed(`${api}/releases/preview`, { headers }, 200)).ms);
    release.push(await publish(`bench ${o.label} ${i + 1}b`));
    const gz = { "accept-encoding": "gzip, br" };
    let t0 = performance.now();
    const r = await get(feedUrl, gz);
    feedFirst.push(performance.now() - t0);
    if (r.status !== 200) notes.push(`${FEED} answered ${r.status}`);
    for (let k = 0; k < 3; k++) {
      t0 = performance.now();
      await get(feedUrl, gz);
      feedAgain.push(performance.now() - t0);
    }
  }
  return {
    label: o.label,
    daySlots: first.slots.length,
    put: puts,
    board,
    conflictsAfterWrite,
    conflictsAgain,
    preview,
    releaseCold,
    release,
    feedFirst,
    feedAgain,
    notes,
  };
}

const oneAtATime = "one request at a time, idle server";

/** The figures of each size, then the growth from the first size to the last. */
export function writeFigures(sizes: WriteRuns[]): Figure[] {
  const out: Figure[] = [];
  for (const s of sizes) {
    const note = s.notes.length ? `; ${s.notes.join("; ")}` : "";
    out.push(
      figure(`PUT screening p50 (${s.label})`, "ms", s.put, PUT_TARGET, `${s.put.length} requests, ${oneAtATime}${note}`),
      figure(`day's board GET slots?day= p50 (${s.label}, ${s.daySlots} slots)`, "ms", s.board, BOARD_TARGET, `${s.board.length} requests`),
      figure(`whole-edition conflicts, first after a write (${s.label})`, "ms", s.conflictsAfterWrite, null, "analysis of the edition"),
      figure(`whole-edition conflicts, again (${s.label})`, "ms", s.conflictsAgain, null, "cached per lineup version"),
      figure(`release preview (${s.label})`, "ms", s.preview, RELEASE_TARGET, "each after a write"),
      figure(
        `recording a release, POST releases after its preview (${s.label})`,
        "ms",
        s.release,
        RELEASE_TARGET,
        "each publishes one cancellation, previewed first as the publish page does (the release laid out once per lineup version)",
      ),
      figure(
        `recording a release, POST releases straight after a change (${s.label})`,
        "ms",
        s.releaseCold,
        RELEASE_TARGET,
        "each publishes one cancellation, no preview: the edition laid out in the request",
      ),
      figure(`${FEED} first request after a release (${s.label})`, "ms", s.feedFirst, null, "gzip, br asked"),
      figure(
        `${FEED} next requests after a release (${s.label})`,
        "ms",
        s.feedAgain,
        FEED_AGAIN_TARGET,
        "rendered once per release: the next requests are served, not rendered",
      ),
    );
  }
  const smaller = sizes[0];
  const larger = sizes[sizes.length - 1];
  const growth = (name: string, pick: (s: WriteRuns) => number[]) => {
    const figureName = `${name} growth, ${smaller?.label ?? "?"} -> ${larger?.label ?? "?"}`;
    if (!smaller || !larger || smaller === larger)
      return notAvailable(figureName, "×", GROWTH_TARGET, "one size measured: run npm run bench -- --scale 10");
    return figure(figureName, "×", [median(pick(larger)) / median(pick(smaller))], GROWTH_TARGET, "ratio of the p50s");
  };
  out.push(
    growth("PUT screening p50", (s) => s.put),
    growth("day's board p50", (s) => s.board),
  );
  return out;
}
