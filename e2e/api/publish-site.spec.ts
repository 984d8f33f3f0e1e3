/**
 * Issue 14 §2 from outside: the e2e server publishes each release's public site to
 * LINEUP_PUBLISH_DIR (E2E_PUBLISH_DIR) and to s3://lineup-e2e/site at a local S3-compatible
 * store (E2E_S3), which is down except while the second test runs s3rver.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { type APIRequestContext, expect, test } from "@playwright/test";
import S3rver from "s3rver";
import { E2E_PUBLISH_DIR, E2E_S3 } from "@/e2e/constants";
import { anonymous, makeEdition, makeFilm, makeSlot, signedIn } from "@/e2e/helpers";
import { decoded, httpGet, startNginx } from "@/server/test/nginx";

/** An edition with two screenings on two days, released once. */
async function releasedEdition(api: APIRequestContext) {
  const ed = await makeEdition(api);
  const film = await makeFilm(api, { title: "Matewan", year: 1987, directors: ["John Sayles"], runtimeMinutes: 135 });
  const other = await makeFilm(api, { title: "Salt of the Earth", year: 1954, runtimeMinutes: 94 });
  const a = await makeSlot(api, ed.slug, ed.venueId, "2026-10-23T18:00:00+01:00", "2026-10-23T20:30:00+01:00");
  const b = await makeSlot(api, ed.slug, ed.venue2Id, "2026-10-24T20:00:00+01:00", "2026-10-24T22:00:00+01:00");
  for (const [slot, f] of [
    [a, film],
    [b, other],
  ] as const)
    expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${slot.id}/screening`, { data: { filmIds: [f] } })).status()).toBe(200);
  return { ...ed, film: other };
}

async function publish(api: APIRequestContext, slug: string): Promise<{ version: number; at: number }> {
  const res = await api.post(`/api/v1/editions/${slug}/releases`, { data: {} });
  expect(res.status(), await res.text()).toBe(201);
  return { version: (await res.json()).version, at: Date.now() };
}

/** Each target's state as the publish page shows it. */
async function states(api: APIRequestContext, slug: string): Promise<Record<string, { state: string; text: string }>> {
  const html = await (await api.get(`/admin/editions/${slug}/publish`)).text();
  const out: Record<string, { state: string; text: string }> = {};
  for (const m of html.matchAll(/<li[^>]*data-target="(\w+)"[^>]*data-state="(\w+)"[^>]*>([\s\S]*?)<\/li>/g))
    out[m[1] ?? ""] = { state: m[2] ?? "", text: (m[3] ?? "").replace(/<[^>]+>/g, " ").replace(/&#x27;|&apos;/g, "'") };
  return out;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

test.describe.configure({ mode: "serial" });

test("each release reaches LINEUP_PUBLISH_DIR whole within 10 s, current repointed last, and nginx serves it pre-compressed", async () => {
  test.setTimeout(90_000);
  const api = await signedIn();
  const pub = await anonymous();
  const ed = await releasedEdition(api);
  const first = await publish(api, ed.slug);
  const edition = path.join(E2E_PUBLISH_DIR, ed.slug);
  const current = path.join(edition, "current");
  await expect
    .poll(() => (fs.existsSync(current) ? fs.readlinkSync(current) : ""), { timeout: 10_000, intervals: [100] })
    .toBe(path.join("releases", String(first.version)));
  expect(Date.now() - first.at).toBeLessThan(10_000);
  const release1 = path.join(edition, "releases", String(first.version));
  const release1Files = filesUnder(release1);
  const release1Index = fs.readFileSync(path.join(release1, "index.html"));

  // A second release (one more screening): its own folder, the first left as it was.
  const c = await makeSlot(api, ed.slug, ed.venueId, "2026-10-25T18:00:00+00:00", "2026-10-25T20:00:00+00:00");
  expect((await api.put(`/api/v1/editions/${ed.slug}/slots/${c.id}/screening`, { data: { filmIds: [ed.film] } })).status()).toBe(200);
  const second = await publish(api, ed.slug);
  await expect
    .poll(() => fs.readlinkSync(current), { timeout: 10_000, intervals: [100] })
    .toBe(path.join("releases", String(second.version)));
  expect(filesUnder(release1)).toEqual(release1Files);
  expect(fs.readFileSync(path.join(release1, "index.html")).equals(release1Index)).toBe(true);

  // Whole: every page and feed of the release, each text file with .br and .gz copies, every relative link resolving.
  const folder = path.join(edition, "releases", String(second.version));
  const files = filesUnder(folder).filter((f) => !f.startsWith("."));
  const schedule = (await (await pub.get(`/api/v1/editions/${ed.slug}/schedule`)).json()) as { days: { date: string }[] };
  for (const d of schedule.days.map((x) => x.date))
    for (const p of ["", "grid/", "print/"]) expect(files, `${d}/${p}`).toContain(`${d}/${p}index.html`);
  for (const f of ["index.html", "changes/index.html", "schedule.ics", "schedule.xml", "schedule.json", "schedule.csv"])
    expect(files).toContain(f);
  expect(files.filter((f) => f.startsWith("films/") && f.endsWith("/index.html"))).toHaveLength(2);
  expect(files.filter((f) => f.startsWith("screenings/") && f.endsWith(".ics"))).toHaveLength(3);
  expect(files.some((f) => f.startsWith("_next/static/") && f.endsWith(".css"))).toBe(true);
  for (const f of files.filter((x) => /\.(html|ics|xml|json|csv|css)$/.test(x))) {
    expect(files, f).toContain(`${f}.gz`);
    expect(files, f).toContain(`${f}.br`);
  }
  // The fonts the stylesheets name (Next writes url(../media/x.woff2), relative to the stylesheet) are there too.
  expect(files.some((f) => f.startsWith("_next/static/media/") && f.endsWith(".woff2"))).toBe(true);
  for (const f of files.filter((x) => x.endsWith(".css")))
    for (const m of fs.readFileSync(path.join(folder, f), "utf8").matchAll(/url\(\s*["']?([^)"'?#]+)/g)) {
      const target = m[1] ?? "";
      if (/^(?:data|https?):/.test(target)) continue;
      expect(fs.existsSync(path.resolve(path.dirname(path.join(folder, f)), target)), `${f} -> ${target}`).toBe(true);
    }
  // Feeds are the bytes Lineup sends for them.
  const screeningFeed = files.find((f) => f.startsWith("screenings/") && f.endsWith(".ics")) ?? "";
  for (const f of ["schedule.ics", "schedule.xml", "schedule.json", "schedule.csv", screeningFeed]) {
    const lineup = Buffer.from(await (await pub.get(`/schedule/${ed.slug}/${f}`)).body());
    expect(fs.readFileSync(path.join(folder, f)).equals(lineup), f).toBe(true);
  }
  for (const f of files.filter((x) => x.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(folder, f), "utf8");
    expect(html, f).not.toMatch(/<script/);
    for (const m of html.matchAll(/(?:href|src)="([^"#?:]+)"/g)) {
      const target = m[1] ?? "";
      if (target.startsWith("/")) continue; // an address only Lineup has (sign-in, search): left as it was
      expect(fs.existsSync(path.resolve(path.dirname(path.join(folder, f)), target)), `${f} -> ${target}`).toBe(true);
    }
  }

  // nginx over the folder, with deploy/nginx.conf: the release as Lineup shows it, compressed ahead of time.
  fs.chmodSync(E2E_PUBLISH_DIR, 0o755);
  const nginx = await startNginx(E2E_PUBLISH_DIR);
  try {
    const day = schedule.days[0]?.date ?? "";
    const viaNginx = await httpGet(nginx.port, `/schedule/${ed.slug}/${day}/`, "gzip");
    expect(viaNginx.status).toBe(200);
    expect(viaNginx.headers["content-encoding"]).toBe("gzip");
    expect(viaNginx.headers["content-type"]).toMatch(/^text\/html/);
    const html = decoded(viaNginx).toString();
    const lineup = await (await pub.get(`/schedule/${ed.slug}/${day}`)).text();
    const ids = (s: string) => [...s.matchAll(/data-screening-id="(\d+)"/g)].map((m) => m[1]);
    expect(ids(html)).toEqual(ids(lineup));
    expect(ids(html).length).toBeGreaterThan(0);
    const ics = await httpGet(nginx.port, `/schedule/${ed.slug}/schedule.ics`, nginx.brotli ? "br" : "gzip");
    expect(ics.headers["content-encoding"]).toBe(nginx.brotli ? "br" : "gzip");
    expect(ics.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(decoded(ics).toString()).toContain("BEGIN:VCALENDAR");
  } finally {
    await nginx.stop();
  }

  const shown = await states(api, ed.slug);
  expect(shown.dir?.state).toBe("published");
  expect(shown.dir?.text).toContain(`Release ${second.version} published`);
});

test("a failing S3 store does not fail the release and the publish page says so; once the store answers, the next release reaches it whole, entry point last", async () => {
  test.setTimeout(90_000);
  const api = await signedIn();
  const ed = await releasedEdition(api);
  const first = await publish(api, ed.slug); // the store is down: the release stands
  expect((await (await anonymous()).get(`/schedule/${ed.slug}`)).status()).toBe(200);
  await expect.poll(async () => (await states(api, ed.slug)).s3?.state, { timeout: 30_000, intervals: [250] }).toBe("failed");
  const failed = (await states(api, ed.slug)).s3;
  expect(failed?.text).toContain(`Release ${first.version} failed after 4 tries`);
  expect(failed?.text).toMatch(/Error: .+/);
  expect((await states(api, ed.slug)).dir?.state).toBe("published");

  const server = new S3rver({
    address: "127.0.0.1",
    port: E2E_S3.port,
    silent: true,
    directory: fs.mkdtempSync(path.join(os.tmpdir(), "lineup-e2e-s3-")),
    configureBuckets: [{ name: E2E_S3.bucket }],
  });
  await server.run();
  const s3 = new S3Client({
    endpoint: `http://127.0.0.1:${E2E_S3.port}`,
    forcePathStyle: true,
    region: "us-east-1",
    credentials: { accessKeyId: E2E_S3.key, secretAccessKey: E2E_S3.key },
  });
  try {
    const second = await publish(api, ed.slug);
    const base = `${E2E_S3.prefix}/${ed.slug}/`;
    const read = async (key: string) => {
      const o = await s3.send(new GetObjectCommand({ Bucket: E2E_S3.bucket, Key: key }));
      return { o, text: (await o.Body?.transformToString()) ?? "" };
    };
    await expect
      .poll(async () => (await read(`${base}current`).catch(() => ({ text: "" }))).text.trim(), { timeout: 10_000, intervals: [200] })
      .toBe(String(second.version));
    expect(Date.now() - second.at).toBeLessThan(10_000);
    // The bucket's release folder holds what the folder target got for the same release (the targets run side by side).
    const current = path.join(E2E_PUBLISH_DIR, ed.slug, "current");
    await expect
      .poll(() => fs.readlinkSync(current), { timeout: 10_000, intervals: [100] })
      .toBe(path.join("releases", String(second.version)));
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: E2E_S3.bucket, Prefix: `${base}releases/${second.version}/`, MaxKeys: 1000 }),
    );
    const keys = (listed.Contents ?? []).map((c) => (c.Key ?? "").slice(`${base}releases/${second.version}/`.length)).sort();
    const onDisk = filesUnder(path.join(E2E_PUBLISH_DIR, ed.slug, "releases", String(second.version))).filter((f) => !f.startsWith("."));
    expect(keys).toEqual(onDisk);
    const page = await read(`${base}index.html.gz`);
    expect(page.o.ContentEncoding).toBe("gzip");
    expect(page.o.ContentType).toBe("text/html; charset=utf-8");
    await expect.poll(async () => (await states(api, ed.slug)).s3?.state, { timeout: 10_000 }).toBe("published");
  } finally {
    s3.destroy();
    await server.close();
  }
});
