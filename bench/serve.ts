/**
 * Issue 14 §1's figures of `npm run bench`: the public site served from memory by the front,
 * as browsers ask for it (Accept-Encoding: gzip, br) and uncompressed beside it, each against a
 * static copy of the same bytes served by Next from public/ by the same server in the same round;
 * p99 at 50 connections; the first request after a release against the hundredth; the server's
 * memory once the generated festival's release is served.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { closeAll } from "@/db/client";
import { forgetPublished } from "@/server/services/public";
import { resolveBlockingConflicts } from "./figures";
import { BENCH_ADMIN, bad, get, type HttpOptions, type LoadRun, latencyFigure, load, ROOT, rssKB, type Server } from "./http";
import { type Figure, figure, median, notAvailable } from "./results";

/** As browsers ask. */
const BROWSER = { "accept-encoding": "gzip, br" };

/** The addresses measured (after /schedule/{slug}/) and the static copy of each one's bytes in public/. */
function servedTargets(day: string): { name: string; address: string; copy: string; target: number }[] {
  return [
    { name: `day page ${day}`, address: day, copy: "/bench-baseline.html", target: 1.0 },
    ...["schedule.ics", "schedule.xml", "schedule.json"].map((f) => ({ name: f, address: f, copy: `/bench-baseline-${f}`, target: 0.9 })),
  ];
}

/**
 * Waits until the front serves the release (the log line of server/release-site.ts), then
 * returns what it logged: addresses, KB held, ms to render and compress them all.
 */
export async function servedRelease(server: Server, slug: string, version: number | "any") {
  const v = version === "any" ? "\\d+" : String(version);
  const line = new RegExp(`release ${v} of ${slug}: (\\d+) addresses rendered and compressed in (\\d+) ms, (\\d+) KB held`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const done = line.exec(server.logs.join(""));
    if (done) return { addresses: Number(done[1]), renderMs: Number(done[2]), heldKB: Number(done[3]) };
    if (Date.now() > deadline) throw new Error(`release ${version} of ${slug} was not served within 15 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Writes the static copies (the identity bytes the front serves) into public/; returns the files to remove. */
export async function saveStaticCopies(server: Server, slug: string, day: string): Promise<string[]> {
  await servedRelease(server, slug, 1);
  const files: string[] = [];
  for (const t of servedTargets(day)) {
    const r = await get(`${server.base}/schedule/${slug}/${t.address}`);
    if (r.status !== 200) throw new Error(`${t.address} answered ${r.status}`);
    const file = path.join(ROOT, "public", t.copy.slice(1));
    fs.writeFileSync(file, r.body);
    files.push(file);
  }
  return files;
}

/** The generated festival has deliberate clashes (blocking errors): fix them in the server's database so that it can publish. */
export function makePublishable(database: string, slug: string): number {
  closeAll();
  forgetPublished();
  process.env.DATABASE_PATH = database;
  const fixes = resolveBlockingConflicts(slug);
  closeAll();
  forgetPublished();
  return fixes;
}

function request(
  url: string,
  o: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent | false },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: o.method ?? "GET", headers: o.headers, agent: o.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (o.body) req.write(o.body);
    req.end();
  });
}

const notes = (...xs: (string | undefined)[]) => xs.filter(Boolean).join("; ");

type ServeOptions = Omit<HttpOptions, "connections" | "sameSizePath">;

export async function serveFigures(o: ServeOptions): Promise<Figure[]> {
  const { base } = o.server;
  const figures: Figure[] = [];
  const served = await servedRelease(o.server, o.slug, 1);
  const rss = rssKB(o.server.pid);
  figures.push(
    rss === null
      ? notAvailable("server RSS once the generated festival's release is served", "MB", null, "no /proc")
      : figure(
          "server RSS once the generated festival's release is served",
          "MB",
          [rss / 1024],
          null,
          `${served.addresses} addresses held in br, gzip and identity: ${Math.round(served.heldKB / 1024)} MB; rendered and compressed at start in ${Math.round(served.renderMs / 1000)} s`,
        ),
  );

  const targets = servedTargets(o.day);
  for (const t of targets) {
    const r = await get(`${base}/schedule/${o.slug}/${t.address}`, BROWSER);
    if (r.status !== 200) throw new Error(`${t.address} answered ${r.status}`);
    await load(`${base}/schedule/${o.slug}/${t.address}`, o.warmupSeconds, 10, BROWSER);
    await load(base + t.copy, o.warmupSeconds, 10, BROWSER);
  }
  const rows = targets.map((t) => ({
    t,
    br: [] as LoadRun[],
    brRatio: [] as number[],
    plain: [] as LoadRun[],
    plainRatio: [] as number[],
    copyBr: [] as LoadRun[],
  }));
  for (let i = 0; i < o.runs; i++) {
    o.log(`serve: round ${i + 1}/${o.runs}`);
    for (const row of rows) {
      const url = `${base}/schedule/${o.slug}/${row.t.address}`;
      // the static copy measured in the same round, right before the address it is compared with
      const copyBr = await load(base + row.t.copy, o.seconds, 10, BROWSER);
      const br = await load(url, o.seconds, 10, BROWSER);
      row.copyBr.push(copyBr);
      row.br.push(br);
      row.brRatio.push(br.rps / copyBr.rps);
      const copyPlain = await load(base + row.t.copy, o.seconds, 10);
      const plain = await load(url, o.seconds, 10);
      row.plain.push(plain);
      row.plainRatio.push(plain.rps / copyPlain.rps);
    }
  }
  for (const row of rows) {
    const sent = await get(`${base}/schedule/${o.slug}/${row.t.address}`, BROWSER);
    const copy = await get(base + row.t.copy, BROWSER);
    const raw = (await get(`${base}/schedule/${o.slug}/${row.t.address}`)).bytes;
    const label = row.t.address === o.day ? `${row.t.name} (${o.dayScreenings} screenings)` : row.t.name;
    figures.push(
      figure(
        `${label}, gzip/br asked / static copy of its bytes`,
        "×",
        row.brRatio,
        { op: ">=", value: row.t.target },
        notes(
          `${Math.round(median(row.br.map((r) => r.rps)))} req/s against ${Math.round(median(row.copyBr.map((r) => r.rps)))}; p99 ${median(row.br.map((r) => r.p99))} ms; sent ${sent.encoding} ${Math.round(sent.bytes / 1024)} KB (the copy: Next's ${copy.encoding ?? "identity"} ${Math.round(copy.bytes / 1024)} KB) of ${Math.round(raw / 1024)} KB`,
          bad(row.br),
        ),
      ),
    );
    figures.push(
      figure(
        `${label}, no compression asked / static copy`,
        "×",
        row.plainRatio,
        null,
        notes(`${Math.round(median(row.plain.map((r) => r.rps)))} req/s; p99 ${median(row.plain.map((r) => r.p99))} ms`, bad(row.plain)),
      ),
    );
  }

  // 50 connections, as browsers ask.
  const day = `${base}/schedule/${o.slug}/${o.day}`;
  const fifty: LoadRun[] = [];
  for (let i = 0; i < o.runs; i++) fifty.push(await load(day, o.seconds, 50, BROWSER));
  const fiftyNote = notes(`${Math.round(median(fifty.map((r) => r.rps)))} req/s, p50 ${median(fifty.map((r) => r.p50))} ms`, bad(fifty));
  figures.push(latencyFigure("day page latency p99 at 50 connections, gzip/br asked", fifty, "p99", { op: "<=", value: 20 }, fiftyNote));

  figures.push(...(await afterRelease(o)));
  const after = rssKB(o.server.pid);
  const hwm = rssKB(o.server.pid, "VmHWM");
  if (after !== null)
    figures.push(
      figure(
        "server RSS after the releases above",
        "MB",
        [after / 1024],
        null,
        `peak ${hwm ? Math.round(hwm / 1024) : "?"} MB: the release served and the one being rendered`,
      ),
    );
  return figures;
}

/** Publishes through the API (as the programmers' publish page does) and reads the day page right after: request 1 against 100. */
async function afterRelease(o: ServeOptions): Promise<Figure[]> {
  const { base } = o.server;
  const origin = { origin: base, "content-type": "application/json" };
  const session = await request(`${base}/api/v1/session`, { method: "POST", headers: origin, body: JSON.stringify(BENCH_ADMIN) });
  const cookie = [session.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (session.status !== 200 || !cookie)
    return [notAvailable("first request after a release", "ms", null, `sign-in answered ${session.status}`)];
  const day = `${base}/schedule/${o.slug}/${o.day}`;
  const publishMs: number[] = [];
  const firstMs: number[] = [];
  const hundredthMs: number[] = [];
  const ratios: number[] = [];
  const renderMs: number[] = [];
  let version = 1;
  // Two releases: each renders the generated festival's whole site (about a minute on this busy machine).
  for (let i = 0; i < Math.min(2, o.runs); i++) {
    const t0 = performance.now();
    const r = await request(`${base}/api/v1/editions/${o.slug}/releases`, {
      method: "POST",
      headers: { ...origin, cookie },
      body: JSON.stringify({ note: `bench release ${i + 1}` }),
    });
    publishMs.push(performance.now() - t0);
    if (r.status !== 201)
      return [notAvailable("first request after a release", "ms", null, `POST releases answered ${r.status}: ${r.text.slice(0, 200)}`)];
    version = JSON.parse(r.text).version;
    const times: number[] = [];
    for (let k = 0; k < 100; k++) {
      const t = performance.now();
      // Each on a new connection, as a visitor arriving after the release (keep-alive would time out during the publish).
      const page = await request(day, { headers: BROWSER, agent: false });
      times.push(performance.now() - t);
      if (k === 0 && page.headers["x-lineup-cache"] !== "HIT")
        o.log(`after release ${version}: the first request was not served from memory`);
    }
    firstMs.push(times[0] ?? Number.NaN);
    hundredthMs.push(times[99] ?? Number.NaN);
    ratios.push((times[0] ?? Number.NaN) / median(times.slice(1)));
    const served = await servedRelease(o.server, o.slug, version);
    renderMs.push(served.renderMs);
  }
  return [
    figure(
      "POST releases until 201 (publish, render, compress, swap)",
      "ms",
      publishMs,
      null,
      `of which rendering and compressing every address: ${Math.round(median(renderMs))} ms (median)`,
    ),
    figure("day page, 1st request after the 201", "ms", firstMs, null, "one request at a time, each on a new connection, gzip/br asked"),
    figure("day page, 100th request after the 201", "ms", hundredthMs),
    figure(
      "1st request after a release / median of the next 99",
      "×",
      ratios,
      { op: "<=", value: 1.5 },
      "1.0 = as fast as any later request: nothing is rendered for the first visitor",
    ),
  ];
}
