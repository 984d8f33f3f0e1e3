/**
 * Uploaded images (films' posters and stills, editions' logos): what a file is by its first
 * bytes (never by its name or declared type), the limits, which responsive sizes a film image
 * has, and the public addresses of every stored file. Pure: the files themselves are made and
 * kept by server/image-store.ts.
 */
import type { EditionLogo, FilmImage } from "./types";

/** The largest film image accepted (10 MB); one byte more is a 413. */
export const FILM_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** The largest logo accepted (2 MB). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The widths a film image is served in (never wider than the original). */
const FILM_IMAGE_WIDTHS = [320, 640, 1280] as const;
export const FILM_IMAGE_FORMATS = ["avif", "webp"] as const;
export type FilmImageFormat = (typeof FILM_IMAGE_FORMATS)[number];

export type RasterType = "jpeg" | "png" | "webp";

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** JPEG, PNG or WebP by their magic bytes; null for anything else (a text file named .jpg). */
export function sniffRaster(bytes: Uint8Array): RasterType | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // RIFF....WEBP
  if (startsWith(bytes, 0, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, 8, [0x57, 0x45, 0x42, 0x50])) return "webp";
  return null;
}

/**
 * An SVG document by its start: optional BOM, whitespace, XML declaration, comments or a
 * doctype, then `<svg`. Anything else (HTML, a script, binary) is not.
 */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  const rest = head.replace(/^(\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, "");
  return /^<svg[\s>/]/i.test(rest);
}

/** What a file was, in words for an error message. */
export function describeContent(bytes: Uint8Array): string {
  if (bytes.length === 0) return "an empty file";
  if (startsWith(bytes, 0, [0x47, 0x49, 0x46, 0x38])) return "a GIF image";
  if (startsWith(bytes, 0, [0x25, 0x50, 0x44, 0x46])) return "a PDF document";
  if (looksLikeSvg(bytes)) return "an SVG image";
  const sample = bytes.subarray(0, 512);
  const text = sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127) || b >= 128);
  return text ? "text" : "an unknown kind of file";
}

/** The widths a film image of `originalWidth` pixels is made in: the standard ones below it, and itself when narrower than the largest. */
export function filmImageWidths(originalWidth: number): number[] {
  const largest = FILM_IMAGE_WIDTHS.at(-1) ?? 1280;
  if (originalWidth >= largest) return [...FILM_IMAGE_WIDTHS];
  return [...FILM_IMAGE_WIDTHS.filter((w) => w < originalWidth), Math.max(1, Math.round(originalWidth))];
}

/** A stored file's name: the first 32 hex digits of its SHA-256 (lowercase). */
export const IMAGE_KEY = /^[0-9a-f]{32}$/;

export function filmImageAddress(key: string, width: number, format: FilmImageFormat): string {
  return `/media/films/${key}/${width}.${format}`;
}

/** `srcset` of one format: every size with its width descriptor. */
export function filmImageSrcSet(image: Pick<FilmImage, "key" | "width">, format: FilmImageFormat): string {
  return filmImageWidths(image.width)
    .map((w) => `${filmImageAddress(image.key, w, format)} ${w}w`)
    .join(", ");
}

/** The size an `<img src>` falls back to: the one nearest 640 wide. */
export function fallbackWidth(originalWidth: number): number {
  const widths = filmImageWidths(originalWidth);
  return widths.find((w) => w >= 640) ?? widths.at(-1) ?? originalWidth;
}

/** The height of a size, in the original's proportions. */
export function heightAt(image: Pick<FilmImage, "width" | "height">, width: number): number {
  return Math.max(1, Math.round((image.height * width) / image.width));
}

/** A film image's address as the media route reads it ("640.webp"), or null. */
export function parseFilmImageFile(file: string): { width: number; format: FilmImageFormat } | null {
  const m = /^([1-9]\d{0,4})\.(webp|avif)$/.exec(file);
  if (!m) return null;
  return { width: Number(m[1]), format: m[2] === "avif" ? "avif" : "webp" };
}

export function logoAddress(logo: Pick<EditionLogo, "key" | "type">): string {
  return `/media/logos/${logo.key}.${logo.type}`;
}

/** A logo's address as the media route reads it ("{key}.svg"), or null. */
export function parseLogoFile(file: string): Pick<EditionLogo, "key" | "type"> | null {
  const m = /^([0-9a-f]{32})\.(svg|png)$/.exec(file);
  if (!m?.[1]) return null;
  return { key: m[1], type: m[2] === "svg" ? "svg" : "png" };
}

export const MEDIA_TYPES = { avif: "image/avif", webp: "image/webp", svg: "image/svg+xml", png: "image/png" } as const;
