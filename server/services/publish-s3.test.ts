/**
 * LINEUP_PUBLISH_S3_URL's target against a local S3-compatible server (s3rver, started and
 * stopped here on a loopback port): two releases; the bucket gets each release whole, with
 * types, Content-Encoding on the compressed copies and cache headers, and the entry points last.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeOf, IMMUTABLE, SHORT } from "@/lib/site-files";
import { parseS3Url, publishToS3, s3ClientFromEnv } from "./publish-s3";
import { compressed, type Site } from "./site-export";

async function siteOf(version: number): Promise<Site> {
  const texts: [string, string][] = [
    ["index.html", `<h1>Release ${version}</h1>`],
    ["2026-05-01/index.html", `<h1>Day, release ${version}</h1>${"<p>x</p>".repeat(500)}`],
    ["films/12-matewan/index.html", `<h1>Matewan ${version}</h1>`],
    ["schedule.ics", `BEGIN:VCALENDAR\r\nX-RELEASE:${version}\r\nEND:VCALENDAR\r\n`],
    ["schedule.csv", `release,${version}\n`],
    ["_next/static/css/app-1.css", "body{color:#222}"],
    ["_next/static/media/f.woff2", "wOF2-not-really"],
  ];
  const files = await Promise.all(
    texts.map(async ([p, t]) => {
      const body = Buffer.from(t);
      return { path: p, body, contentType: contentTypeOf(p), ...(await compressed(p, body)) };
    }),
  );
  return { slug: "fest", version, publishedAt: new Date(Date.UTC(2026, 4, version)), files };
}

describe("parseS3Url", () => {
  const cases: [string, ReturnType<typeof parseS3Url>][] = [
    ["s3://bucket/some/prefix/", { bucket: "bucket", prefix: "some/prefix" }],
    ["s3://bucket", { bucket: "bucket", prefix: "" }],
    ["https://bucket/prefix", null],
    ["s3://", null],
  ];
  it.each(cases)("%s", (url, expected) => expect(parseS3Url(url)).toEqual(expected));
});

describe("publishToS3 against s3rver", () => {
  let server: S3rver;
  let client: S3Client;
  const sent: string[] = [];

  beforeAll(async () => {
    server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: fs.mkdtempSync(path.join(os.tmpdir(), "lineup-s3rver-")),
      configureBuckets: [{ name: "lineup-site" }],
    });
    const { port } = await server.run();
    client = s3ClientFromEnv({
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
      AWS_REGION: "us-east-1",
    });
    client.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { Key?: string };
        if (input.Key) sent.push(input.Key);
        return next(args);
      },
      { step: "initialize" },
    );
  });

  afterAll(async () => {
    client?.destroy();
    await server?.close();
  });

  const read = async (key: string) => {
    const o = await client.send(new GetObjectCommand({ Bucket: "lineup-site", Key: key }));
    return { o, body: Buffer.from((await o.Body?.transformToByteArray()) ?? []) };
  };

  it("uploads each release whole (typed, encoded, cached), then the stable copies, and the entry points last", async () => {
    const location = { bucket: "lineup-site", prefix: "sites" };
    await publishToS3(client, location, await siteOf(1));
    sent.length = 0;
    const v2 = await siteOf(2);
    await publishToS3(client, location, v2);
    const order = [...sent]; // the uploads of release 2, as sent (the reads below pass the same middleware)

    const listed = await client.send(new ListObjectsV2Command({ Bucket: "lineup-site", Prefix: "sites/fest/", MaxKeys: 1000 }));
    const keys = new Set((listed.Contents ?? []).map((c) => c.Key));
    for (const v of [1, 2])
      for (const f of v2.files) expect(keys.has(`sites/fest/releases/${v}/${f.path}`), `release ${v} ${f.path}`).toBe(true);

    for (const f of v2.files) {
      const versioned = await read(`sites/fest/releases/2/${f.path}`);
      expect(versioned.body.equals(f.body), f.path).toBe(true);
      expect(versioned.o.ContentType, f.path).toBe(f.contentType);
      expect(versioned.o.CacheControl, f.path).toBe(IMMUTABLE);
      const stable = await read(`sites/fest/${f.path}`);
      expect(stable.body.equals(f.body), f.path).toBe(true);
      expect(stable.o.CacheControl, f.path).toBe(f.path.startsWith("_next/static/") ? IMMUTABLE : SHORT);
      if (f.gz) {
        const gz = await read(`sites/fest/${f.path}.gz`);
        expect(gz.o.ContentEncoding, f.path).toBe("gzip");
        expect(gz.o.ContentType, f.path).toBe(f.contentType);
        expect(zlib.gunzipSync(gz.body).equals(f.body), f.path).toBe(true);
      }
      if (f.br) {
        const br = await read(`sites/fest/${f.path}.br`);
        expect(br.o.ContentEncoding, f.path).toBe("br");
        expect(zlib.brotliDecompressSync(br.body).equals(f.body), f.path).toBe(true);
      }
    }
    expect(v2.files.some((f) => !f.gz)).toBe(true); // a font: no compressed copy
    expect((await read("sites/fest/current")).body.toString().trim()).toBe("2");
    expect(JSON.parse((await read("sites/fest/current.json")).body.toString())).toMatchObject({ version: 2, folder: "releases/2/" });
    // Release 1 is still there as it was.
    expect((await read("sites/fest/releases/1/index.html")).body.toString()).toBe("<h1>Release 1</h1>");

    // The order: the whole versioned release first; then assets, feeds, pages, the index; the pointer last.
    const position = (key: string) => order.indexOf(key);
    const lastVersioned = Math.max(...order.map((k, i) => (k.startsWith("sites/fest/releases/2/") ? i : -1)));
    const stable = order.filter(
      (k) => k.startsWith("sites/fest/") && !k.startsWith("sites/fest/releases/") && !k.startsWith("sites/fest/current"),
    );
    expect(Math.min(...stable.map(position))).toBeGreaterThan(lastVersioned);
    expect(position("sites/fest/_next/static/css/app-1.css")).toBeLessThan(position("sites/fest/schedule.ics"));
    expect(position("sites/fest/schedule.ics")).toBeLessThan(position("sites/fest/2026-05-01/index.html"));
    expect(position("sites/fest/2026-05-01/index.html")).toBeLessThan(position("sites/fest/index.html"));
    expect(order.at(-1)).toBe("sites/fest/current");
    expect(order.at(-2)).toBe("sites/fest/current.json");
    expect(Math.max(...stable.map(position))).toBeLessThan(position("sites/fest/current.json"));
  });
});
