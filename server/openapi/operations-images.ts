/** Operations of uploaded images: a film's poster or still, an edition's logo, and the public media addresses. */
import { ok, op, tagged } from "./operation-builders";
import { int, obj, ref } from "./schemas";
import type { ApiOperation, JsonSchema } from "./types";

const binary = (type: string): JsonSchema => ({ type: "string", contentMediaType: type });
const altField: JsonSchema = { type: "string", maxLength: 300, description: "alt text; empty or left out: the film's title" };

export const IMAGE_OPERATIONS: ApiOperation[] = [
  ...tagged("images", [
    op("put", "/api/v1/films/{id}/image", "putFilmImage", {
      access: "edit",
      summary: "Upload the film's poster or still (replaces the one it has)",
      description:
        "JPEG, PNG or WebP, at most 10 MB (10,485,760 bytes; one more is 413 naming `image`). What the file is, is read from its content (magic bytes, then decoded), never from its name or declared type: a PNG named poster.jpg is a PNG; anything else is 415 `unsupported_media_type` naming `image` and what the file is; a damaged file 400. Send the raw bytes as the body (alt text in `?alt=`) or multipart/form-data with the file in `image` and the text in `alt`. Stored beside the database (LINEUP_DATA_DIR/images) under the content's hash, and served in WebP and AVIF at 320, 640 and 1280 pixels wide (never wider than the original) at /media/films/{key}/{width}.webp|avif. The film's `image` becomes {key, width, height, alt}; its version grows.",
      query: [{ name: "alt", description: "alt text, with a raw body (empty: the film's title)", schema: altField }],
      rawBody: {
        "image/jpeg": binary("image/jpeg"),
        "image/png": binary("image/png"),
        "image/webp": binary("image/webp"),
        "application/octet-stream": binary("application/octet-stream"),
        "multipart/form-data": obj({ image: binary("application/octet-stream"), alt: altField, version: int }, ["image"]),
      },
      responses: ok("The film with its image", ref("Film")),
      errors: [400, 401, 403, 404, 409, 413, 415, 422],
    }),
    op("patch", "/api/v1/films/{id}/image", "patchFilmImage", {
      access: "edit",
      summary: "Change the alt text of the film's image",
      rawBody: { "application/json": obj({ alt: altField, version: int }, ["alt"]) },
      responses: ok("The film with its image", ref("Film")),
      errors: [400, 401, 403, 404, 409, 413, 415, 422],
    }),
    op("delete", "/api/v1/films/{id}/image", "deleteFilmImage", {
      access: "edit",
      summary: "The film shows no image",
      description: "The stored files stay: a released page may still show them, and a backup restores what its rows name.",
      responses: ok("The film without an image", ref("Film")),
      errors: [401, 403, 404],
    }),
    op("put", "/api/v1/editions/{slug}/logo", "putEditionLogo", {
      access: "admin",
      summary: "Upload the festival's logo (replaces the one it has)",
      description:
        "SVG or PNG by content, at most 2 MB (413 naming `logo`; other kinds 415). An SVG is sanitised before it is stored (DOMPurify's SVG profile: scripts, event handlers, foreignObject, links and every outside reference removed). Raw body or multipart/form-data with the file in `logo`. Served at /media/logos/{key}.svg|png; the edition's `logo` becomes {key, type, width, height}.",
      rawBody: {
        "image/svg+xml": binary("image/svg+xml"),
        "image/png": binary("image/png"),
        "application/octet-stream": binary("application/octet-stream"),
        "multipart/form-data": obj({ logo: binary("application/octet-stream") }, ["logo"]),
      },
      responses: ok("The edition with its logo", ref("Edition")),
      errors: [400, 401, 403, 404, 413, 415],
    }),
    op("delete", "/api/v1/editions/{slug}/logo", "deleteEditionLogo", {
      access: "admin",
      summary: "The festival shows its name alone",
      responses: ok("The edition without a logo", ref("Edition")),
      errors: [401, 403, 404],
    }),
  ]),
];

const media = (path: string, operationId: string, summary: string, types: string[]): ApiOperation => ({
  method: "get",
  path,
  operationId,
  tag: "media",
  access: "public",
  summary,
  description:
    "Public; `Cache-Control: public, max-age=31536000, immutable` (the key is the content's hash). 404 for an unknown key or size.",
  responses: { 200: { description: "The image", contentType: types.join(", "), schema: { type: "string" }, headers: ["cache-control"] } },
  errors: [404],
});

/** The uploaded images' public addresses (not under /api, listed for completeness). */
export const MEDIA_OPERATIONS: ApiOperation[] = [
  media("/media/films/{key}/{file}", "filmImage", "One size of a film's image: {file} is {width}.webp or {width}.avif", [
    "image/webp",
    "image/avif",
  ]),
  media(
    "/media/logos/{file}",
    "editionLogo",
    "An edition's logo: {file} is {key}.svg or {key}.png; sent with Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'",
    ["image/svg+xml", "image/png"],
  ),
];
