/**
 * LINEUP_PUBLISH_S3_URL=s3://bucket/prefix: each release of an edition is uploaded to an S3
 * bucket (or any S3-compatible store: AWS_ENDPOINT_URL; credentials and region from the
 * standard AWS_* variables), in an order that never lets a reader of the bucket follow a link
 * to something not there yet:
 *
 * 1. the whole release under `{prefix}/{edition}/releases/{version}/...`, cached as immutable
 *    (the address names the release);
 * 2. the site at its stable addresses `{prefix}/{edition}/...`: Next's content-hashed assets
 *    (immutable), then feeds, then pages (cached briefly), the edition's `index.html` last but one;
 * 3. last, the entry point `{prefix}/{edition}/current` (the release's number, as text; JSON
 *    beside it in current.json), which says which release folder is whole and current.
 *
 * Compressed copies are uploaded beside each text file as `{file}.gz` / `{file}.br`, with the
 * original's Content-Type and `Content-Encoding: gzip` / `br`, for CDNs that pick them.
 */
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { cacheControlOf, IMMUTABLE, SHORT } from "@/lib/site-files";
import type { Site, SiteFile } from "./site-export";

/** Environment variables (process.env by default). */
export type Env = Record<string, string | undefined>;

export interface S3Location {
  bucket: string;
  /** Key prefix without a trailing slash ("" for the bucket's root). */
  prefix: string;
}

/** s3://bucket/prefix -> { bucket, prefix }; null when the address is not an s3:// URL with a bucket. */
export function parseS3Url(url: string): S3Location | null {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url.trim());
  if (!m?.[1]) return null;
  return { bucket: m[1], prefix: (m[2] ?? "").replace(/^\/+|\/+$/g, "") };
}

/** A client from the standard AWS_* variables; AWS_ENDPOINT_URL (an S3-compatible store) uses path-style addresses. */
export function s3ClientFromEnv(env: Env = process.env): S3Client {
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  return new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    // Keys given in `env` (the process's own by default; else the SDK's usual chain: profiles, roles).
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
    // Checksums only where S3 requires them: many S3-compatible stores do not accept the newer trailers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
}

interface Upload {
  key: string;
  body: Uint8Array;
  contentType: string;
  cacheControl: string;
  contentEncoding?: "gzip" | "br";
}

function uploadsOf(base: string, f: SiteFile, cacheControl: string): Upload[] {
  const key = `${base}${f.path}`;
  const list: Upload[] = [{ key, body: f.body, contentType: f.contentType, cacheControl }];
  if (f.gz) list.push({ key: `${key}.gz`, body: f.gz, contentType: f.contentType, cacheControl, contentEncoding: "gzip" });
  if (f.br) list.push({ key: `${key}.br`, body: f.br, contentType: f.contentType, cacheControl, contentEncoding: "br" });
  return list;
}

async function putAll(client: S3Client, bucket: string, uploads: Upload[], concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < uploads.length) {
      const u = uploads[next++];
      if (!u) continue;
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: u.key,
          Body: u.body,
          ContentType: u.contentType,
          CacheControl: u.cacheControl,
          ...(u.contentEncoding ? { ContentEncoding: u.contentEncoding } : {}),
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, uploads.length) }, worker));
}

/** The order of the stable copies: assets, feeds, pages, the edition's index. */
function stage(f: SiteFile): number {
  if (f.path.startsWith("_next/")) return 0;
  if (!f.path.endsWith(".html")) return 1;
  return f.path === "index.html" ? 3 : 2;
}

/** Uploads the release (see the module's comment for the order). Returns the keys of the entry points. */
export async function publishToS3(client: S3Client, location: S3Location, site: Site): Promise<{ current: string }> {
  const base = `${location.prefix ? `${location.prefix}/` : ""}${site.slug}/`;
  const versioned = `${base}releases/${site.version}/`;
  await putAll(
    client,
    location.bucket,
    site.files.flatMap((f) => uploadsOf(versioned, f, IMMUTABLE)),
  );
  for (const s of [0, 1, 2, 3])
    await putAll(
      client,
      location.bucket,
      site.files.filter((f) => stage(f) === s).flatMap((f) => uploadsOf(base, f, cacheControlOf(f.path))),
    );
  const pointer = {
    slug: site.slug,
    version: site.version,
    publishedAt: site.publishedAt.toISOString(),
    folder: `releases/${site.version}/`,
  };
  await putAll(client, location.bucket, [
    {
      key: `${base}current.json`,
      body: Buffer.from(`${JSON.stringify(pointer)}\n`),
      contentType: "application/json; charset=utf-8",
      cacheControl: SHORT,
    },
  ]);
  await putAll(client, location.bucket, [
    { key: `${base}current`, body: Buffer.from(`${site.version}\n`), contentType: "text/plain; charset=utf-8", cacheControl: SHORT },
  ]);
  return { current: `${base}current` };
}
