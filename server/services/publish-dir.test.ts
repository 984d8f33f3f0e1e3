/**
 * LINEUP_PUBLISH_DIR's target, and deploy/nginx.conf served by Debian's nginx over it:
 * two releases are published; nginx serves the whole of release 2 (with its pre-compressed
 * copies), never a half-written release while release 2 is written, and release 1's folder
 * stays as it was.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeOf, IMMUTABLE, SHORT } from "@/lib/site-files";
import { decoded, httpGet, type RunningNginx, startNginx } from "@/server/test/nginx";
import { publishToDir, RELEASE_MARKER } from "./publish-dir";
import { compressed, type Site, type SiteFile } from "./site-export";

const SLUG = "fest";

/** A release's site: a few pages, feeds and an asset, each naming its release, padded to a realistic size. */
async function siteOf(version: number, extraPages = 0): Promise<Site> {
  const pad = (n: number) => "<p>screening</p>".repeat(n);
  const paths: [string, string][] = [
    ["index.html", `<html><body><h1>Release ${version}</h1><a href="2026-05-01/index.html">day</a>${pad(200)}</body></html>`],
    ["2026-05-01/index.html", `<html><body><h1>Day, release ${version}</h1>${pad(2000)}</body></html>`],
    ["2026-05-01/grid/index.html", `<html><body><h1>Grid, release ${version}</h1>${pad(1000)}</body></html>`],
    ["films/12-matewan/index.html", `<html><body><h1>Matewan, release ${version}</h1></body></html>`],
    ["schedule.ics", `BEGIN:VCALENDAR\r\nX-RELEASE:${version}\r\n${"BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(500)}END:VCALENDAR\r\n`],
    ["schedule.json", JSON.stringify({ release: version, days: Array.from({ length: 300 }, (_, i) => ({ i })) })],
    ["_next/static/css/app-1.css", "body{color:#222}"],
  ];
  for (let i = 0; i < extraPages; i++)
    paths.push([`venues/v${i}/index.html`, `<html><body>Venue ${i}, release ${version}${pad(50)}</body></html>`]);
  const files: SiteFile[] = await Promise.all(
    paths.map(async ([p, text]) => {
      const body = Buffer.from(text);
      return { path: p, body, contentType: contentTypeOf(p), ...(await compressed(p, body)) };
    }),
  );
  return { slug: SLUG, version, publishedAt: new Date(Date.UTC(2026, 4, version)), files };
}

/** Every file under a folder with its sha256, for "unchanged" checks. */
function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = `${fs.statSync(p).mtimeMs} ${createHash("sha256").update(fs.readFileSync(p)).digest("hex")}`;
    }
  };
  walk(dir);
  return out;
}

describe("publishToDir", () => {
  it("writes each release whole into releases/{version}, repoints current last, and leaves earlier releases untouched", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-publish-"));
    const v1 = await siteOf(1);
    await publishToDir(root, v1);
    const edition = path.join(root, SLUG);
    expect(fs.readlinkSync(path.join(edition, "current"))).toBe(path.join("releases", "1"));
    const before = treeHash(path.join(edition, "releases", "1"));
    for (const f of v1.files) {
      expect(fs.readFileSync(path.join(edition, "current", f.path)).equals(f.body), f.path).toBe(true);
      if (f.gz) expect(zlib.gunzipSync(fs.readFileSync(path.join(edition, "current", `${f.path}.gz`))).equals(f.body)).toBe(true);
      if (f.br) expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(edition, "current", `${f.path}.br`))).equals(f.body)).toBe(true);
    }
    expect(JSON.parse(fs.readFileSync(path.join(edition, "current", RELEASE_MARKER), "utf8"))).toMatchObject({ slug: SLUG, version: 1 });

    await publishToDir(root, await siteOf(2));
    expect(fs.readlinkSync(path.join(edition, "current"))).toBe(path.join("releases", "2"));
    expect(treeHash(path.join(edition, "releases", "1"))).toEqual(before);
    // Nothing half-written or temporary is left beside the releases.
    expect(fs.readdirSync(path.join(edition, "releases")).sort()).toEqual(["1", "2"]);
    expect(fs.readdirSync(edition).sort()).toEqual(["current", "releases"]);

    // Publishing the same release again (npm run publish-site) reuses its folder as it is.
    const second = treeHash(path.join(edition, "releases", "2"));
    await publishToDir(root, await siteOf(2));
    expect(treeHash(path.join(edition, "releases", "2"))).toEqual(second);
  });
});

/** The address nginx serves a site file at (deploy/nginx.conf: /schedule/{edition}/...; pages by their folder). */
const addressOf = (file: string) => `/schedule/${SLUG}/${file.replace(/(^|\/)index\.html$/, "$1")}`;

describe("deploy/nginx.conf with Debian's nginx over LINEUP_PUBLISH_DIR", () => {
  let nginx: RunningNginx;
  let port = 0;
  let root = "";
  let brotli = false;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-publish-nginx-"));
    fs.chmodSync(root, 0o755);
    await publishToDir(root, await siteOf(1, 40));
    nginx = await startNginx(root);
    ({ port, brotli } = nginx);
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop();
  });

  it("serves release 1, then the whole of release 2 and never a mix while release 2 is written; release 1's folder unchanged", async () => {
    const v1 = await siteOf(1, 40);
    const v2 = await siteOf(2, 40);
    const first = await httpGet(port, `/schedule/${SLUG}/`);
    expect(first.status).toBe(200);
    expect(first.raw.toString()).toContain("Release 1");
    const release1 = treeHash(path.join(root, SLUG, "releases", "1"));

    // Readers during the publish: every answer is the whole file of release 1 or of release 2.
    const bodies = new Map<string, Buffer[]>();
    for (const f of v1.files) bodies.set(addressOf(f.path), [f.body]);
    for (const f of v2.files) bodies.get(addressOf(f.path))?.push(f.body);
    const addresses = [...bodies.keys()];
    const wrong: string[] = [];
    let reads = 0;
    let publishing = true;
    const reader = async (encoding: string) => {
      for (let i = 0; publishing || i < 5; i++) {
        const address = addresses[i % addresses.length] ?? "";
        const a = await httpGet(port, address, encoding);
        reads++;
        const ok = a.status === 200 && (bodies.get(address) ?? []).some((b) => b.equals(decoded(a)));
        if (!ok) wrong.push(`${address} (${encoding}): ${a.status}`);
      }
    };
    const readers = Promise.all(["gzip", "br, gzip", "identity", "gzip"].map(reader));
    await publishToDir(root, v2);
    publishing = false;
    await readers;
    expect(wrong).toEqual([]);
    expect(reads).toBeGreaterThan(20);

    // The whole of release 2, each file as it is, gzip and (with the module) brotli copies.
    for (const f of v2.files) {
      const address = addressOf(f.path);
      const plain = await httpGet(port, address);
      expect(plain.status, address).toBe(200);
      expect(plain.raw.equals(f.body), address).toBe(true);
      expect(String(plain.headers["content-type"]).split(";")[0], address).toBe(f.contentType.split(";")[0]);
      expect(plain.headers["cache-control"], address).toBe(f.path.startsWith("_next/static/") ? IMMUTABLE : SHORT);
      if (f.gz) {
        const gz = await httpGet(port, address, "gzip");
        expect(gz.headers["content-encoding"], address).toBe("gzip");
        expect(gz.headers.vary, address).toMatch(/Accept-Encoding/i);
        expect(decoded(gz).equals(f.body), address).toBe(true);
      }
      if (f.br && brotli) {
        const br = await httpGet(port, address, "br, gzip");
        expect(br.headers["content-encoding"], address).toBe("br");
        expect(decoded(br).equals(f.body), address).toBe(true);
      }
    }
    const page = await httpGet(port, `/schedule/${SLUG}/2026-05-01/`, "gzip");
    expect(page.headers["content-security-policy"]).toContain("script-src 'none'");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    // A page's address without its slash is redirected (relative links need it); release folders are not served directly.
    const noSlash = await httpGet(port, `/schedule/${SLUG}/2026-05-01`);
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.location).toBe(`/schedule/${SLUG}/2026-05-01/`);
    expect((await httpGet(port, `/${SLUG}/releases/1/index.html`)).status).toBe(404);
    expect((await httpGet(port, `/schedule/${SLUG}/no-such-page/`)).status).toBe(404);

    expect(treeHash(path.join(root, SLUG, "releases", "1"))).toEqual(release1);
    expect(v1.files.length).toBe(v2.files.length);
  }, 60_000);
});
