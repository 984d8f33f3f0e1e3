import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { FILM_IMAGE_MAX_BYTES } from "@/lib/images";
import { ServiceError } from "./errors";
import { checkFilmImage, readFilmImage, readLogo, storeFilmImage, storeLogo } from "./image-store";
import { sanitiseSvg } from "./svg-sanitise";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lineup-images-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(e)}`);
  return e;
}

describe("checkFilmImage: by content, never by name", () => {
  it("a PNG (whatever it was called, say poster.jpg) is accepted as a PNG", async () => {
    const png = await picture(30, 20).png().toBuffer();
    expect(await checkFilmImage(png)).toEqual({ type: "png", width: 30, height: 20 });
  });

  it("JPEG and WebP are accepted; a JPEG's EXIF orientation is applied to its size", async () => {
    expect((await checkFilmImage(await picture(30, 20).webp().toBuffer())).type).toBe("webp");
    const rotated = await picture(30, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await checkFilmImage(rotated)).toEqual({ type: "jpeg", width: 20, height: 30 });
  });

  it("a text file named .jpg is refused with 415 naming the field and what it is", async () => {
    const e = await refusal(checkFilmImage(new TextEncoder().encode("holiday snaps, honest"), "image"));
    expect(e.status).toBe(415);
    expect(e.fields.image).toMatch(/JPEG, PNG or WebP.*this file is text/);
  });

  it("a GIF is refused with 415", async () => {
    const gif = await picture(4, 4).gif().toBuffer();
    const e = await refusal(checkFilmImage(gif));
    expect(e.status).toBe(415);
    expect(e.fields.image).toMatch(/GIF image/);
  });

  it("magic bytes of a PNG followed by nonsense: 400, not readable", async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("nonsense".repeat(20))]);
    const e = await refusal(checkFilmImage(fake));
    expect(e.status).toBe(400);
    expect(e.fields.image).toMatch(/not a readable PNG/);
  });

  it("10 MB is the limit: one byte more is a 413 naming the field", async () => {
    const over = new Uint8Array(FILM_IMAGE_MAX_BYTES + 1);
    over.set([0xff, 0xd8, 0xff]);
    const e = await refusal(checkFilmImage(over));
    expect(e.status).toBe(413);
    expect(e.fields.image).toBe("must be at most 10485760 bytes (10 MB)");
  });
});

describe("storeFilmImage", () => {
  it("makes WebP and AVIF sizes, never wider than the original, under the content's hash", async () => {
    const png = await picture(700, 350).png().toBuffer();
    const stored = await storeFilmImage(png, "image", dir);
    expect(stored.key).toMatch(/^[0-9a-f]{32}$/);
    for (const [width, format] of [
      [320, "webp"],
      [700, "avif"],
    ] as const) {
      const body = readFilmImage(stored.key, width, format, dir);
      expect(body).not.toBeNull();
      const meta = await sharp(body ?? Buffer.alloc(0)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([format === "avif" ? "heif" : "webp", width, width / 2]);
    }
    expect(readFilmImage(stored.key, 1280, "webp", dir)).toBeNull();
    expect(readFilmImage("0".repeat(32), 320, "webp", dir)).toBeNull();
    expect((await storeFilmImage(png, "image", dir)).key).toBe(stored.key);
  });
});

const MALICIOUS = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" width="120" height="40" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <style>@import url(https://evil.example/x.css); .t { fill: url(https://evil.example/p) }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient></defs>
  <foreignObject width="100" height="20"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <image xlink:href="https://evil.example/track.png" width="1" height="1"/>
  <a href="javascript:alert(1)"><rect width="120" height="40" fill="url(#g)" onclick="steal()" style="fill: url(https://evil.example/q)"/></a>
  <text class="t" x="4" y="28">Picket &amp; Line</text>
</svg>`;

describe("sanitiseSvg", () => {
  const clean = sanitiseSvg(MALICIOUS);
  it.each([
    { name: "scripts", gone: /<script/i },
    { name: "event handlers", gone: /\bon(load|click)=/i },
    { name: "foreignObject", gone: /foreignObject/i },
    { name: "javascript: links", gone: /javascript:/i },
    { name: "external references (href, url(), @import)", gone: /evil\.example/i },
  ])("removes $name", ({ gone }) => expect(clean).not.toMatch(gone));

  it("keeps the drawing: shapes, text, local gradient references, the view box", () => {
    expect(clean).toContain('viewBox="0 0 120 40"');
    expect(clean).toContain('fill="url(#g)"');
    expect(clean).toContain("Picket &amp; Line");
    expect(clean).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("refuses a document that is not an SVG", () => {
    expect(() => sanitiseSvg("<html><body><p>hello</p></body></html>")).toThrow(/not an SVG/);
  });
});

describe("storeLogo", () => {
  it("stores the sanitised SVG with its size; sharp can read it", async () => {
    const logo = await storeLogo(new TextEncoder().encode(MALICIOUS), "logo", dir);
    expect(logo).toMatchObject({ type: "svg", width: 120, height: 40 });
    const stored = readLogo(logo, dir)?.toString("utf8") ?? "";
    expect(stored).not.toMatch(/script|onload|evil/);
  });

  it("accepts a PNG by its content and refuses JPEG and text with 415 naming the field", async () => {
    const png = await picture(64, 32).png().toBuffer();
    expect(await storeLogo(png, "logo", dir)).toMatchObject({ type: "png", width: 64, height: 32 });
    const jpeg = await picture(8, 8).jpeg().toBuffer();
    for (const bad of [jpeg, new TextEncoder().encode("<html></html>")]) {
      const e = await refusal(storeLogo(bad, "logo", dir));
      expect(e.status).toBe(415);
      expect(e.fields.logo).toMatch(/SVG or PNG/);
    }
  });

  it("an SVG with nothing left after sanitising is a 400 naming the field", async () => {
    const e = await refusal(storeLogo(new TextEncoder().encode("<svg><script>x</script></svg"), "logo", dir));
    expect(e.status).toBe(400);
    expect(e.fields.logo).toMatch(/SVG/);
  });
});
