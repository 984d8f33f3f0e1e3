/**
 * The uploaded images' files, under LINEUP_DATA_DIR/images (db/data-dir.ts):
 *   films/{key}/original          the upload as it came (JPEG, PNG or WebP)
 *   films/{key}/{width}.webp|avif every responsive size (lib/images.ts filmImageWidths), made with sharp
 *   logos/{key}.svg|png           a logo, sanitised (SVG) or checked (PNG)
 * A key is the content's hash, so a file is written once and never changes: the media routes
 * serve it as immutable. Files are never deleted by removing an image from a film: a released
 * page may still show it, and a backup restores what it names.
 * What a file is, is read from its bytes (magic bytes, then sharp's own reading), never its name.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { imagesDir } from "@/db/data-dir";
import {
  describeContent,
  FILM_IMAGE_MAX_BYTES,
  type FilmImageFormat,
  filmImageWidths,
  LOGO_MAX_BYTES,
  looksLikeSvg,
  type RasterType,
  sniffRaster,
} from "@/lib/images";
import type { EditionLogo } from "@/lib/types";
import { ServiceError } from "./errors";
import { SvgRefused, sanitiseSvg } from "./svg-sanitise";

const keyOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex").slice(0, 32);

/** Writes `bytes` to `file` (temporary file + rename: a reader never sees half a file). */
function writeAtomically(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

/** 413 naming the upload's field. */
export function fileTooLarge(field: string, limit: number): ServiceError {
  return new ServiceError("payload_too_large", `The ${field} is over ${limit / 1024 / 1024} MB`, {
    [field]: `must be at most ${limit} bytes (${limit / 1024 / 1024} MB)`,
  });
}

function unsupported(field: string, bytes: Uint8Array, wanted: string): ServiceError {
  return new ServiceError("unsupported_media_type", `The ${field} must be ${wanted}; this file is ${describeContent(bytes)}`, {
    [field]: `must be ${wanted} (read from the file's content, not its name); this file is ${describeContent(bytes)}`,
  });
}

function unreadable(field: string, type: string): ServiceError {
  return new ServiceError("bad_request", `The ${field} starts like ${type} but cannot be read as one`, {
    [field]: `is not a readable ${type} image (damaged or cut short)`,
  });
}

export interface CheckedImage {
  type: RasterType;
  /** Upright (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
}

/** A film image's bytes checked: at most 10 MB, JPEG/PNG/WebP by magic bytes, and sharp reads it as that very format. */
export async function checkFilmImage(bytes: Uint8Array, field = "image"): Promise<CheckedImage> {
  if (bytes.byteLength > FILM_IMAGE_MAX_BYTES) throw fileTooLarge(field, FILM_IMAGE_MAX_BYTES);
  const type = sniffRaster(bytes);
  if (!type) throw unsupported(field, bytes, "a JPEG, PNG or WebP image");
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw unreadable(field, type.toUpperCase());
  }
  const size = meta.autoOrient ?? { width: meta.width, height: meta.height };
  if (meta.format !== type || !size.width || !size.height) throw unreadable(field, type.toUpperCase());
  return { type, width: size.width, height: size.height };
}

/** Makes every size of a film image in both formats (skipping what is already stored) and keeps the original. */
export async function storeFilmImage(
  bytes: Uint8Array,
  field = "image",
  dir: string = imagesDir(),
): Promise<CheckedImage & { key: string }> {
  const checked = await checkFilmImage(bytes, field);
  const key = keyOf(bytes);
  const folder = path.join(dir, "films", key);
  if (!fs.existsSync(path.join(folder, "original"))) {
    for (const width of filmImageWidths(checked.width)) {
      const resized = sharp(bytes).autoOrient().resize({ width, withoutEnlargement: true });
      writeAtomically(path.join(folder, `${width}.webp`), await resized.clone().webp({ quality: 80 }).toBuffer());
      writeAtomically(path.join(folder, `${width}.avif`), await resized.clone().avif({ quality: 55, effort: 3 }).toBuffer());
    }
    writeAtomically(path.join(folder, "original"), bytes);
  }
  return { ...checked, key };
}

/** One stored size of a film image, or null (unknown key, or a size that image does not have). */
export function readFilmImage(key: string, width: number, format: FilmImageFormat, dir: string = imagesDir()): Buffer | null {
  return readIfThere(path.join(dir, "films", key, `${width}.${format}`));
}

function readIfThere(file: string): Buffer | null {
  try {
    return fs.readFileSync(/*turbopackIgnore: true*/ file);
  } catch {
    return null;
  }
}

/** A logo checked and stored: an SVG is sanitised (what is stored is the sanitised text), a PNG must read as one. */
export async function storeLogo(bytes: Uint8Array, field = "logo", dir: string = imagesDir()): Promise<EditionLogo> {
  if (bytes.byteLength > LOGO_MAX_BYTES) throw fileTooLarge(field, LOGO_MAX_BYTES);
  const isPng = sniffRaster(bytes) === "png";
  if (!isPng && !looksLikeSvg(bytes)) throw unsupported(field, bytes, "an SVG or PNG image");
  let stored: Uint8Array = bytes;
  if (!isPng) {
    try {
      stored = Buffer.from(sanitiseSvg(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), "utf8");
    } catch (e) {
      if (e instanceof SvgRefused || e instanceof TypeError)
        throw new ServiceError("bad_request", `The ${field} is not a usable SVG`, { [field]: `is not a usable SVG: ${e.message}` });
      throw e;
    }
  }
  const type = isPng ? "png" : "svg";
  let meta: Metadata;
  try {
    meta = await sharp(stored).metadata();
  } catch {
    throw unreadable(field, type.toUpperCase());
  }
  if (meta.format !== type || !meta.width || !meta.height) throw unreadable(field, type.toUpperCase());
  const key = keyOf(stored);
  const file = path.join(dir, "logos", `${key}.${type}`);
  if (!fs.existsSync(file)) writeAtomically(file, stored);
  return { key, type, width: meta.width, height: meta.height };
}

export function readLogo(logo: Pick<EditionLogo, "key" | "type">, dir: string = imagesDir()): Buffer | null {
  return readIfThere(path.join(dir, "logos", `${logo.key}.${logo.type}`));
}
