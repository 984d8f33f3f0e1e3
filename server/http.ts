/**
 * The thin HTTP edge of the service layer for /api/v1 route handlers: who is
 * calling (session cookie), reading a bounded JSON body, and turning
 * ServiceErrors into `{"error": {...}}` responses. No business rules here.
 */
import { jsonMediaType } from "@/lib/http/media-type";
import { type Actor, SESSION_COOKIE } from "./auth";
import { ServiceError } from "./errors";
import { LIMITS } from "./schemas";
import { userOfApiToken, userOfToken } from "./services/accounts";

/**
 * A cookie's value from a Cookie header. A value whose %-escapes do not decode
 * (`lineup_session=%`) reads as no cookie: nobody's session, never a 500.
 */
export function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function sessionToken(req: Request): string | undefined {
  return cookieValue(req.headers.get("cookie"), SESSION_COOKIE);
}

/** The caller: an API token (`Authorization: Bearer lineup_...`) or the session cookie. */
export function actorOf(req: Request): Actor {
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const user = m ? userOfApiToken(m[1]) : null;
    if (!user) throw new ServiceError("unauthorized", "The API token is not valid (revoked, mistyped or not a Lineup token)");
    return user;
  }
  return userOfToken(sessionToken(req));
}

/**
 * The client's address, for the sign-in limits: the first entry of X-Forwarded-For. The only
 * place that reads it. Lineup trusts that header as it reaches the app: `npm start`'s front sets it
 * to the one address it trusts (the socket's, or the one LINEUP_TRUST_PROXY hops back), and
 * `next start` alone fills it from the socket when it is absent.
 */
export function clientIp(from: Request | Pick<Headers, "get">): string | undefined {
  const headers = from instanceof Request ? from.headers : from;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || undefined;
}

/** Reads the raw body, refusing more than `limit` bytes with 413 (without reading it all first). */
export async function readBytes(req: Request, limit: number = LIMITS.bodyBytes): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * UTF-8 bytes as text; invalid UTF-8 is a 400 naming the body (never silently replaced with
 * U+FFFD, which would store something the client did not send). A leading BOM is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError("bad_request", "The request body is not valid UTF-8", { body: "is not valid UTF-8" });
  }
}

/** Reads the body as UTF-8 text, refusing more than `limit` bytes with 413 and invalid UTF-8 with 400. */
async function readText(req: Request, limit: number = LIMITS.bodyBytes): Promise<string> {
  return decodeUtf8(await readBytes(req, limit));
}

function tooLarge(limit: number): ServiceError {
  return new ServiceError("payload_too_large", `The request body is over ${Math.round(limit / 1000)} kB`, {
    body: `must be at most ${limit} bytes`,
  });
}

/**
 * A JSON body (an empty body reads as {}), or 400 invalid_json naming the body.
 * Only `application/json` (optionally `charset=utf-8`) is read: anything else is a 415
 * before a byte is read (a body without any Content-Type only when it is empty).
 * Call it after the caller is authorised.
 */
export async function readJson(req: Request): Promise<unknown> {
  const contentType = req.headers.get("content-type");
  const media = jsonMediaType(contentType);
  if (!media.ok && contentType !== null) throw unsupportedMedia(media.why);
  const text = await readText(req);
  if (!media.ok && text !== "") throw unsupportedMedia(media.why);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ServiceError("invalid_json", "The request body is not valid JSON", { body: "is not valid JSON" });
  }
}

function unsupportedMedia(why: string): ServiceError {
  return new ServiceError("unsupported_media_type", why, { "content-type": "must be application/json" });
}

export function json(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function errorResponse(e: unknown): Response {
  if (e instanceof ServiceError) return json(e.toJSON(), e.status);
  console.error("[lineup] unexpected error", e);
  return json({ error: { code: "internal", message: "Something went wrong on our side", fields: {} } }, 500);
}

/** Wraps a route handler: every thrown ServiceError becomes its 4xx. */
export function route<C>(fn: (req: Request, ctx: C) => Promise<Response> | Response) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      return await fn(req, ctx);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** A positive integer path parameter, or 404. */
export function idParam(value: string, what: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) === 0) throw new ServiceError("not_found", `${what} ${value.slice(0, 20)} not found`);
  return Number(value);
}
