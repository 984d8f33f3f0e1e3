/**
 * PATCH /api/v1/editions/{slug} `embedOrigins` (issue 17 §4): the sites that may frame the
 * edition's embeddable listing (CSP frame-ancestors). A piece of its own beside the edition's
 * other fields: each entry an absolute http(s) origin, no path, query or credentials; a bad
 * one is refused with 422 naming the entry (`embedOrigins.1`).
 */
import { z } from "zod";
import { fieldsFromZod, ServiceError } from "./errors";

/** At most this many sites may frame the listing. */
const MAX_EMBED_ORIGINS = 20;

const ORIGIN_MESSAGE = "must be an absolute http(s) origin like https://festival.example (scheme, host and port only, no path)";

/** The origin a text names exactly ("https://Festival.example/" -> "https://festival.example"), or null. */
function exactOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  // No wildcards or other CSP source syntax: a plain host name, IPv4 or [IPv6].
  if (!/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname)) return null;
  const given = text.trim().replace(/\/$/, "").toLowerCase();
  return given === url.origin ? url.origin : null;
}

const embedOrigin = z
  .string({ error: ORIGIN_MESSAGE })
  .max(200, { error: ORIGIN_MESSAGE })
  .transform((text, ctx) => {
    const origin = exactOrigin(text);
    if (origin === null) ctx.addIssue({ code: "custom", message: ORIGIN_MESSAGE });
    return origin ?? "";
  });

export const embedFields = {
  embedOrigins: z
    .array(embedOrigin, { error: 'must be a list of origins like ["https://festival.example"]' })
    .max(MAX_EMBED_ORIGINS, { error: `must list at most ${MAX_EMBED_ORIGINS} origins` })
    .transform((origins) => [...new Set(origins)]),
};

const embedPatch = z.object(embedFields).partial();

/** A PATCH whose embedOrigins are not a list of origins: 422 naming each bad entry. */
export function refuseBadEmbedOrigins(input: unknown): void {
  if (typeof input !== "object" || input === null || !("embedOrigins" in input)) return;
  const r = embedPatch.safeParse({ embedOrigins: input.embedOrigins });
  if (r.success) return;
  const fields = fieldsFromZod(r.error);
  const [first] = Object.values(fields);
  throw new ServiceError("unprocessable", `Invalid ${Object.keys(fields).join(", ")}: ${first ?? ORIGIN_MESSAGE}`, fields);
}
