/**
 * Where the site lives, from the environment only (never from a request's headers):
 *
 * - LINEUP_PUBLIC_URL (or its older alias LINEUP_BASE_URL): the public address, used for
 *   every absolute link in feeds and exports, and as the site's own origin for the
 *   cross-site write check. Without it, links use http://localhost:{PORT} and the origin
 *   check uses the request's Host with the scheme the front reports.
 * - LINEUP_ALLOWED_ORIGINS: other origins (`scheme://host[:port]`, comma-separated) whose
 *   pages may write with a session cookie (another front-end address of the same site).
 *
 * Settings that cannot be used are reported in `problems` (one line each, for the
 * start-up log) and ignored.
 */

export type SiteEnv = Record<string, string | undefined>;

export interface SiteConfig {
  /** The configured public URL without a trailing slash (it may carry a path), or null. */
  publicUrl: string | null;
  /** The origin of publicUrl (`https://fest.example`), or null. */
  publicOrigin: string | null;
  /** LINEUP_ALLOWED_ORIGINS, each normalised (`https://a.example`, default ports dropped). */
  allowedOrigins: string[];
  /** What is wrong with the settings, one line each (empty when all is well). */
  problems: string[];
}

/** An http(s) origin `scheme://host[:port]` normalised, or null for anything else (paths, credentials, other schemes). */
export function parseOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // "https://a.example/" is the same origin; a path, query, fragment or user name is not an origin.
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  // A browser's Origin never holds a wildcard or another odd character.
  if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
  return url.origin;
}

function parsePublicUrl(text: string): { url: string; origin: string } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || url.search || url.hash) return null;
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, "")}`, origin: url.origin };
}

export function siteConfig(env: SiteEnv): SiteConfig {
  const problems: string[] = [];
  const name = env.LINEUP_PUBLIC_URL?.trim() ? "LINEUP_PUBLIC_URL" : "LINEUP_BASE_URL";
  const raw = (env.LINEUP_PUBLIC_URL || env.LINEUP_BASE_URL || "").trim();
  let publicUrl: string | null = null;
  let publicOrigin: string | null = null;
  if (raw) {
    const parsed = parsePublicUrl(raw);
    if (parsed) ({ url: publicUrl, origin: publicOrigin } = parsed);
    else problems.push(`${name}=${JSON.stringify(raw)} is not an http(s) URL such as https://festival.example; ignored`);
  }
  const allowedOrigins: string[] = [];
  for (const entry of (env.LINEUP_ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim())) {
    if (!entry) continue;
    const origin = parseOrigin(entry);
    if (origin) {
      if (!allowedOrigins.includes(origin)) allowedOrigins.push(origin);
    } else
      problems.push(
        `LINEUP_ALLOWED_ORIGINS entry ${JSON.stringify(entry)} is not an origin (scheme://host[:port], e.g. https://${entry.replace(/^[a-z]+:\/\//i, "").split("/")[0] || "festival.example"}); ignored`,
      );
  }
  return { publicUrl, publicOrigin, allowedOrigins, problems };
}

/** The port `npm start` listens on (PORT, default 3000). */
function portOf(env: SiteEnv): string {
  const port = (env.PORT ?? "").trim();
  return /^\d{1,5}$/.test(port) ? port : "3000";
}

/** The base of every absolute link in feeds and exports: the configured public URL, else http://localhost:{PORT}. */
export function linkBaseUrl(env: SiteEnv): string {
  return siteConfig(env).publicUrl ?? `http://localhost:${portOf(env)}`;
}

/**
 * Said once at start-up and on the publish page when no public URL is set: links in feeds
 * then point at localhost, which only works on the server itself. Null when it is set.
 */
export function publicUrlWarning(env: SiteEnv): string | null {
  if (siteConfig(env).publicUrl) return null;
  return `LINEUP_PUBLIC_URL is not set: links in feeds and exports point at ${linkBaseUrl(env)}; set it to the festival's public address (e.g. https://festival.example)`;
}

/**
 * Host names (`host[:port]`) for Next's own server-action check, which compares the
 * Origin's host with the request's Host: the public URL's host and each allowed origin's.
 */
export function serverActionHosts(env: SiteEnv): string[] {
  const { publicOrigin, allowedOrigins } = siteConfig(env);
  const hosts = [publicOrigin, ...allowedOrigins].filter((o): o is string => o !== null).map((o) => new URL(o).host);
  return [...new Set(hosts)];
}
