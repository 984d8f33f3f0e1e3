/**
 * What changed of one screening between two releases, in words: its programme details
 * (title, description, languages, subtitles, access marks, format), its guests, its tickets.
 * Each returns the phrases of one changelog entry ("now with Portuguese subtitles"); none: unchanged.
 */

import { screeningLanguages, screeningSubtitles } from "./screening-facts";
import { ACCESS_WORDS, AVAILABILITY_NEWS, joinWords } from "./screening-words";
import type { PublicFilm, SnapshotGuest, SnapshotScreening } from "./types";

/** A screening as one release shows it: with its films and its name (programme title or films' titles). */
export type ShownScreening = SnapshotScreening & { films: readonly PublicFilm[]; name: string };

function textChange(what: string, before: string | null, after: string | null): string[] {
  if (before === after) return [];
  if (!before) return [`${what} added`];
  if (!after) return [`${what} removed`];
  return [`${what} updated`];
}

function languageChange(p: ShownScreening, s: ShownScreening): string[] {
  const [was, now] = [screeningLanguages(p, p.films), screeningLanguages(s, s.films)];
  if (was.join("\n") === now.join("\n")) return [];
  return [now.length > 0 ? `now in ${joinWords(now)}` : "spoken language no longer given"];
}

function subtitleChange(p: ShownScreening, s: ShownScreening): string[] {
  const [was, now] = [screeningSubtitles(p, p.films), screeningSubtitles(s, s.films)];
  if (was === now) return [];
  return [now ? `now with ${now} subtitles` : "now without subtitles"];
}

function accessChange(p: ShownScreening, s: ShownScreening): string[] {
  const added = s.accessibility.filter((m) => !p.accessibility.includes(m)).map((m) => ACCESS_WORDS[m].toLowerCase());
  const dropped = p.accessibility.filter((m) => !s.accessibility.includes(m)).map((m) => ACCESS_WORDS[m].toLowerCase());
  return [...(added.length ? [`now with ${joinWords(added)}`] : []), ...(dropped.length ? [`no longer with ${joinWords(dropped)}`] : [])];
}

/** Programme title, description, languages and subtitles (as shown: the films' own unless overridden), access marks, format. */
export function detailParts(p: ShownScreening, s: ShownScreening): string[] {
  return [
    ...(p.title !== s.title && p.name !== s.name ? [`renamed from ${p.name}`] : []),
    ...textChange("description", p.description, s.description),
    ...languageChange(p, s),
    ...subtitleChange(p, s),
    ...accessChange(p, s),
    ...(p.format === s.format ? [] : [s.format ? `format now ${s.format}` : "format no longer given"]),
  ];
}

function guestWords(g: SnapshotGuest): string {
  return g.role ? `${g.name} (${g.role})` : g.name;
}

/** "guest added: Ana Ferreira (director)", "guest removed: …", "guest now: Ana Ferreira (moderator)". */
export function guestParts(before: readonly SnapshotGuest[], after: readonly SnapshotGuest[]): string[] {
  const was = new Map(before.map((g) => [g.personId, g]));
  const now = new Map(after.map((g) => [g.personId, g]));
  const parts: string[] = [];
  for (const g of after) {
    const old = was.get(g.personId);
    if (!old) parts.push(`guest added: ${guestWords(g)}`);
    else if (guestWords(old) !== guestWords(g)) parts.push(`guest now: ${guestWords(g)}`);
  }
  for (const g of before) if (!now.has(g.personId)) parts.push(`guest removed: ${guestWords(g)}`);
  return parts;
}

/** "now sold out", "tickets on sale", "ticket link changed". */
export function ticketParts(
  p: Pick<SnapshotScreening, "ticketUrl" | "availability">,
  s: Pick<SnapshotScreening, "ticketUrl" | "availability">,
): string[] {
  const parts: string[] = [];
  if (p.availability !== s.availability) parts.push(s.availability ? AVAILABILITY_NEWS[s.availability] : "ticket status no longer given");
  if (p.ticketUrl !== s.ticketUrl)
    parts.push(!p.ticketUrl ? "ticket link added" : !s.ticketUrl ? "ticket link removed" : "ticket link changed");
  return parts;
}
