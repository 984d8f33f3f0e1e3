/**
 * The thin HTTP edge of the service layer for /api/v1 route handlers: who is
 * calling (session cookie), reading a bounded JSON body, and turning
 * ServiceErrors into `{"error": {...}}` responses. No business rules here.
 */
import { type Actor, SESSION_COOKIE } from "./auth";
import { ServiceError } from "./errors";
import { LIMITS } from "./schemas";
import { userOfApiToken, userOfToken } from "./services/accounts";

function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
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

/** The client's address as the proxy in front of Lineup reports it (for the sign-in rate limit). */
export function clientIp(req: Request): string | undefined {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || undefined;
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

/** Reads the body as UTF-8 text, refusing more than `limit` bytes with 413. */
async function readText(req: Request, limit: number = LIMITS.bodyBytes): Promise<string> {
  return Buffer.from(await readBytes(req, limit)).toString("utf8");
}

function tooLarge(limit: number): ServiceError {
  return new ServiceError("payload_too_large", `The request body is over ${Math.round(limit / 1000)} kB`, {
    body: `must be at most ${limit} bytes`,
  });
}

/** A JSON body (an empty body reads as {}), or 400 invalid_json naming the body. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await readText(req);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ServiceError("invalid_json", "The request body is not valid JSON", { body: "is not valid JSON" });
  }
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
