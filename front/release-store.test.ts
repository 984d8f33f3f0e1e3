/** The front's answers from the released site: encodings, 304s, HEAD, what passes to Next. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFront } from "./front.mjs";
import { RENDER_HEADER, releaseRegistry, type StoredFile, serveRelease } from "./release-store.mjs";

const PAGE = "/schedule/fest/2026-10-23";
const EMBED = "/schedule/fest/embed";
const html = Buffer.from("<html><body>release 3</body></html>");
let port = 0;

function stored() {
  return {
    identity: html,
    br: zlib.brotliCompressSync(html),
    gzip: zlib.gzipSync(html),
    etag: '"fest-v3-abc"',
    lastModified: "Thu, 01 Oct 2026 10:00:00 GMT",
    lastModifiedMs: Date.parse("2026-10-01T10:00:00Z"),
    headers: { "content-type": "text/html; charset=utf-8" },
  };
}
let front: ReturnType<typeof createFront>;

beforeAll(async () => {
  const registry = releaseRegistry();
  registry.releases.set("fest", {
    slug: "fest",
    version: 3,
    publishedAtMs: Date.parse("2026-10-01T10:00:00Z"),
    bytes: 0,
    renderMs: 0,
    files: new Map<string, StoredFile>([
      [`${PAGE}/print`, { ...stored(), etag: '"fest-v3-print"' }],
      [
        EMBED,
        { ...stored(), headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "frame-ancestors 'none'" } },
      ],
      [
        PAGE,
        {
          identity: html,
          br: zlib.brotliCompressSync(html),
          gzip: zlib.gzipSync(html),
          etag: '"fest-v3-abc"',
          lastModified: "Thu, 01 Oct 2026 10:00:00 GMT",
          lastModifiedMs: Date.parse("2026-10-01T10:00:00Z"),
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-security-policy": "script-src 'none'",
            vary: "rsc, Accept-Encoding",
          },
        },
      ],
    ]),
  });
  front = createFront({
    handle: (_req, res) => {
      res.end("from next");
    },
    trustedHops: 0,
    responders: [serveRelease],
    log: () => {},
  });
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", () => r()));
  port = (front.server.address() as AddressInfo).port;
});

afterAll(async () => {
  releaseRegistry().releases.delete("fest");
  releaseRegistry().embedPolicies.delete("fest");
  front.server.closeAllConnections();
  await new Promise((r) => front.server.close(() => r(undefined)));
});

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveRelease", () => {
  it.each([
    ["gzip, deflate, br", "br", (b: Buffer) => zlib.brotliDecompressSync(b)],
    ["gzip", "gzip", (b: Buffer) => zlib.gunzipSync(b)],
    ["", undefined, (b: Buffer) => b],
  ])("accept-encoding %j: sent as %s, the same bytes", async (ask, sent, decode) => {
    const r = await get(PAGE, ask ? { "accept-encoding": ask } : {});
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe(sent);
    expect(decode(r.body).equals(html)).toBe(true);
    expect(r.headers["content-length"]).toBe(String(r.body.length));
    expect(r.headers.vary).toBe("rsc, Accept-Encoding");
    expect(r.headers.etag).toBe('"fest-v3-abc"');
    expect(r.headers["last-modified"]).toBe("Thu, 01 Oct 2026 10:00:00 GMT");
    expect(r.headers["content-security-policy"]).toBe("script-src 'none'");
    expect(r.headers["x-lineup-cache"]).toBe("HIT");
    expect(r.headers["strict-transport-security"]).toBeUndefined();
  });

  it.each([
    ["If-None-Match", { "if-none-match": '"fest-v3-abc"' }, 304],
    ["If-None-Match, another tag", { "if-none-match": '"fest-v2-abc"' }, 200],
    ["If-Modified-Since the release", { "if-modified-since": "Thu, 01 Oct 2026 10:00:00 GMT" }, 304],
    ["If-Modified-Since before it", { "if-modified-since": "Thu, 01 Oct 2026 09:00:00 GMT" }, 200],
  ])("%s: %i", async (_name, headers, status) => {
    const r = await get(PAGE, headers);
    expect(r.status).toBe(status);
    if (status === 304) {
      expect(r.body.length).toBe(0);
      expect(r.headers.etag).toBe('"fest-v3-abc"');
    }
  });

  it("HEAD: the GET's headers, no body", async () => {
    const r = await get(PAGE, { "accept-encoding": "br" }, "HEAD");
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(0);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(Number(r.headers["content-length"])).toBe(zlib.brotliCompressSync(html).length);
  });

  it.each([
    ["an address the release does not have", "/schedule/fest/2026-10-24", {}, "GET"],
    ["another edition", "/schedule/other/2026-10-23", {}, "GET"],
    ["a POST", PAGE, {}, "POST"],
    ["Next's client navigation", PAGE, { rsc: "1" }, "GET"],
    ["a server action", PAGE, { "next-action": "abc" }, "GET"],
    ["the render header with the token", PAGE, { [RENDER_HEADER]: releaseRegistry().renderToken }, "GET"],
  ])("passes to Next: %s", async (_name, path, headers, method) => {
    const r = await get(path, headers, method);
    expect(r.body.toString()).toBe("from next");
  });

  it("a render header with another value is ignored (and removed): served from memory", async () => {
    const r = await get(PAGE, { [RENDER_HEADER]: "guess" });
    expect(r.headers["x-lineup-cache"]).toBe("HIT");
  });

  it("a query string does not change a released address", async () => {
    expect((await get(`${PAGE}?utm_source=x`)).headers["x-lineup-cache"]).toBe("HIT");
  });

  it("a print page's choice in the query (?by=venue) is rendered by Next; the print page itself is served from memory", async () => {
    expect((await get(`${PAGE}/print`)).headers["x-lineup-cache"]).toBe("HIT");
    const choice = await get(`${PAGE}/print?by=venue`);
    expect(choice.headers["x-lineup-cache"]).toBeUndefined();
    expect(choice.body.toString()).toBe("from next");
  });

  it("the embeddable listing is sent with the edition's current frame policy once its origins change; other pages keep theirs", async () => {
    expect((await get(EMBED)).headers["content-security-policy"]).toBe("frame-ancestors 'none'");
    releaseRegistry().embedPolicies.set("fest", "frame-ancestors https://cinema.example");
    const embed = await get(EMBED);
    expect(embed.headers["x-lineup-cache"]).toBe("HIT");
    expect(embed.headers["content-security-policy"]).toBe("frame-ancestors https://cinema.example");
    expect((await get(PAGE)).headers["content-security-policy"]).toBe("script-src 'none'");
  });
});
