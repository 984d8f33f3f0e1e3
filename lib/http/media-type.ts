/**
 * What a route that reads JSON accepts: `application/json`, optionally with
 * `charset=utf-8` (JSON is UTF-8, RFC 8259). Anything else (text/plain, form posts,
 * multipart, another charset) is refused with 415, so a page on another site cannot
 * smuggle JSON in as a "simple" form or text request.
 */
import { parse } from "content-type";

export type JsonMediaVerdict = { ok: true } | { ok: false; why: string };

/** The verdict for a Content-Type header (null: no header, accepted only for an empty body by the caller). */
export function jsonMediaType(header: string | null): JsonMediaVerdict {
  if (header === null || header.trim() === "") return { ok: false, why: "the request has no Content-Type; send application/json" };
  let type: string;
  let parameters: Record<string, string>;
  try {
    ({ type, parameters } = parse(header));
  } catch {
    return { ok: false, why: `Content-Type ${JSON.stringify(header.slice(0, 100))} is malformed; send application/json` };
  }
  if (type !== "application/json") return { ok: false, why: `Content-Type ${type} is not accepted; send application/json` };
  for (const [name, value] of Object.entries(parameters)) {
    if (name !== "charset") return { ok: false, why: `Content-Type parameter ${name} is not accepted; send application/json` };
    if (!/^utf-?8$/i.test(value)) return { ok: false, why: `charset ${value} is not accepted; JSON is sent as UTF-8` };
  }
  return { ok: true };
}
