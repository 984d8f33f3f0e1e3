/**
 * Which of Next's response headers a released page or feed keeps when the front stores it
 * (server/release-site.ts): not those that belong to one response on one connection, nor
 * those the front sets itself.
 */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
  "last-modified",
  "x-lineup-cache",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "strict-transport-security",
]);

/** Whether the front stores a response header of this (lower-case) name with a released answer. */
export function isStoredHeader(name: string): boolean {
  return !NOT_STORED.has(name);
}
