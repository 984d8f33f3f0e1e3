/**
 * Reading an uploaded file from a request (PUT /api/v1/films/{id}/image, PUT
 * /api/v1/editions/{slug}/logo): either `multipart/form-data` with the file in `field` (and
 * other text fields beside it), or the raw bytes as the body (any Content-Type: what the file is
 * is read from its content later, never from a declared type or a name), with text fields in the
 * query string. Bounded: more than `limit` bytes of file is a 413 naming the field.
 * Call it after the caller is authorised.
 */

import { ServiceError } from "./errors";
import { readBytes } from "./http";
import { fileTooLarge } from "./image-store";

export interface Upload {
  bytes: Uint8Array;
  /** Text fields (multipart parts or query parameters), by name. */
  text: Record<string, string>;
}

/** Room for a multipart body's boundaries, headers and text fields around the file. */
const MULTIPART_OVERHEAD = 256 * 1024;

async function bounded(req: Request, limit: number, field: string, fileLimit: number): Promise<Uint8Array> {
  try {
    return await readBytes(req, limit);
  } catch (e) {
    if (e instanceof ServiceError && e.code === "payload_too_large") throw fileTooLarge(field, fileLimit);
    throw e;
  }
}

export async function readUpload(req: Request, field: string, limit: number): Promise<Upload> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    const bytes = await bounded(req, limit, field, limit);
    const text = Object.fromEntries(new URL(req.url).searchParams);
    return { bytes, text };
  }
  const body = await bounded(req, limit + MULTIPART_OVERHEAD, field, limit);
  let form: FormData;
  try {
    form = await new Response(body.slice(), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ServiceError("bad_request", "The multipart body cannot be read", { body: "is not valid multipart/form-data" });
  }
  const text: Record<string, string> = {};
  let file: Uint8Array | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") text[name] = value;
    else if (name === field) file = new Uint8Array(await value.arrayBuffer());
  }
  if (!file) throw new ServiceError("bad_request", `No file in the "${field}" field`, { [field]: "is required (a file)" });
  if (file.byteLength > limit) throw fileTooLarge(field, limit);
  return { bytes: file, text };
}
