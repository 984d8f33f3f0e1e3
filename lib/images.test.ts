import { describe, expect, it } from "vitest";
import {
  describeContent,
  fallbackWidth,
  filmImageSrcSet,
  filmImageWidths,
  heightAt,
  logoAddress,
  looksLikeSvg,
  parseFilmImageFile,
  parseLogoFile,
  sniffRaster,
} from "./images";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffRaster: what a file is by its first bytes", () => {
  it.each([
    { name: "JPEG (JFIF)", file: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), type: "jpeg" },
    { name: "JPEG (Exif)", file: bytes(0xff, 0xd8, 0xff, 0xe1), type: "jpeg" },
    { name: "PNG", file: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), type: "png" },
    { name: "WebP", file: text("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "), type: "webp" },
    { name: "a RIFF that is not WebP (WAV)", file: text("RIFF\u0010\u0000\u0000\u0000WAVEfmt "), type: null },
    { name: "PNG signature cut short", file: bytes(0x89, 0x50, 0x4e, 0x47), type: null },
    { name: "text named .jpg", file: text("not really a picture"), type: null },
    { name: "GIF", file: text("GIF89a"), type: null },
    { name: "empty", file: bytes(), type: null },
  ])("$name -> $type", ({ file, type }) => expect(sniffRaster(file)).toBe(type));
});

describe("looksLikeSvg", () => {
  it.each([
    { name: "bare svg", file: '<svg xmlns="http://www.w3.org/2000/svg"/>', svg: true },
    { name: "declaration, comment, doctype first", file: '<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg>', svg: true },
    { name: "byte-order mark", file: "\uFEFF<svg>", svg: true },
    { name: "HTML", file: "<html><svg></svg></html>", svg: false },
    { name: "svg-like element name", file: "<svgx>", svg: false },
    { name: "text", file: "hello", svg: false },
  ])("$name -> $svg", ({ file, svg }) => expect(looksLikeSvg(text(file))).toBe(svg));
});

describe("describeContent names what was sent", () => {
  it.each([
    { file: bytes(), said: "an empty file" },
    { file: text("GIF89a...."), said: "a GIF image" },
    { file: text("%PDF-1.7"), said: "a PDF document" },
    { file: text("hello, world\n"), said: "text" },
    { file: bytes(0, 1, 2, 3), said: "an unknown kind of file" },
  ])("$said", ({ file, said }) => expect(describeContent(file)).toBe(said));
});

describe("filmImageWidths: never upscaled", () => {
  it.each([
    { name: "large original: the three sizes", width: 4000, widths: [320, 640, 1280] },
    { name: "exactly the largest", width: 1280, widths: [320, 640, 1280] },
    { name: "between sizes: itself as the largest", width: 800, widths: [320, 640, 800] },
    { name: "exactly a size", width: 640, widths: [320, 640] },
    { name: "smaller than the smallest: itself only", width: 200, widths: [200] },
  ])("$name ($width)", ({ width, widths }) => expect(filmImageWidths(width)).toEqual(widths));
});

describe("addresses", () => {
  const image = { key: "0123456789abcdef0123456789abcdef", width: 800, height: 1200 };
  it("srcset lists every size with its width", () =>
    expect(filmImageSrcSet(image, "avif")).toBe(
      "/media/films/0123456789abcdef0123456789abcdef/320.avif 320w, /media/films/0123456789abcdef0123456789abcdef/640.avif 640w, /media/films/0123456789abcdef0123456789abcdef/800.avif 800w",
    ));
  it("falls back to the size nearest 640", () => {
    expect(fallbackWidth(800)).toBe(640);
    expect(fallbackWidth(500)).toBe(500);
  });
  it("keeps the proportions", () => expect(heightAt(image, 320)).toBe(480));
  it.each([
    { file: "640.webp", parsed: { width: 640, format: "webp" } },
    { file: "1280.avif", parsed: { width: 1280, format: "avif" } },
    { file: "640.jpg", parsed: null },
    { file: "0640.webp", parsed: null },
    { file: "../x.webp", parsed: null },
  ])("reads the media route's $file", ({ file, parsed }) => expect(parseFilmImageFile(file)).toEqual(parsed));
  it("logo addresses round-trip and refuse anything else", () => {
    const logo = { key: image.key, type: "svg" as const };
    expect(logoAddress(logo)).toBe(`/media/logos/${image.key}.svg`);
    expect(parseLogoFile(`${image.key}.svg`)).toEqual(logo);
    expect(parseLogoFile(`${image.key}.gif`)).toBeNull();
    expect(parseLogoFile("..%2f.svg")).toBeNull();
  });
});
