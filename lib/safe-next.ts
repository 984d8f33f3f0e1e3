/**
 * Where to go after signing in: the `next` parameter, if it names a path on this site.
 *
 * Browsers read `/\host`, `/<tab>/host`, `/<newline>/host` and `\\host` as `//host` (another
 * site), and a newline cannot go into a Location header at all. So `next` is accepted only when
 * it starts with one `/` followed by something other than `/` or `\`, has no control characters
 * or backslashes anywhere, and still names this site once parsed as a URL; it comes back
 * normalised (path, query and fragment, percent-encoded where needed). Anything else is dropped
 * for the fallback.
 */

/** Any origin: only used to tell whether `next` stays on it. */
const HERE = "http://lineup.invalid";

export const NEXT_MAX_LENGTH = 2000;

/** The path to go to after signing in: `next` when it is a path on this site, else `fallback`. */
export function safeNextPath(next: unknown, fallback = "/admin"): string {
  return sameSitePath(next) ?? fallback;
}

/** `next` as a normalised path on this site, or null when it is not one. */
export function sameSitePath(next: unknown): string | null {
  if (typeof next !== "string" || next.length === 0 || next.length > NEXT_MAX_LENGTH) return null;
  if (hasControlOrBackslash(next)) return null;
  if (next[0] !== "/" || next[1] === "/") return null;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalisation (dot segments removed) it must still be one "/" and a path.
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** C0 controls (tab, CR, LF, NUL...), DEL, C1 controls, and backslashes (read as "/" by browsers). */
function hasControlOrBackslash(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x5c) return true;
  }
  return false;
}
