/**
 * When the publish page offers "Publish": the first release always; a later one only when
 * what the public would see differs from the last release (a film's synopsis or a venue's
 * name counts, not only the screenings the changelog lists). The API still accepts a
 * release either way; this is the page's control.
 */
import { isDeepStrictEqual } from "node:util";
import type { ReleaseSnapshot } from "./types";

/** Whether two snapshots show the public the same thing (compared as stored: JSON, key order aside). */
export function sameSnapshot(a: ReleaseSnapshot, b: ReleaseSnapshot): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/**
 * Why the page holds "Publish" back, as a sentence, or null when it may be pressed. `unchanged`:
 * the next release's snapshot is the same as the last one's (sameSnapshot).
 */
export function publishHold(preview: { nextVersion: number; unchanged: boolean }): string | null {
  if (preview.nextVersion <= 1 || !preview.unchanged) return null;
  return `Nothing has changed since release ${preview.nextVersion - 1}: change a screening, a film or a venue first, and publish then.`;
}
