/**
 * Walking minutes between an edition's venues (issue 17). Programmers give minutes for pairs
 * of venues; a pair given one way holds the other way too unless that way is given on its own;
 * within one venue the walk is 0; a pair never given is unknown (null).
 */
import type { WalkingPair } from "./types";

/** Minutes from one venue to another: 0 within a venue, null when unknown. */
export type WalkLookup = (fromVenueId: number, toVenueId: number) => number | null;

export function walkLookup(pairs: readonly WalkingPair[]): WalkLookup {
  const given = new Map<string, number>();
  for (const p of pairs) given.set(`${p.fromVenueId}>${p.toVenueId}`, p.minutes);
  return (from, to) => {
    if (from === to) return 0;
    return given.get(`${from}>${to}`) ?? given.get(`${to}>${from}`) ?? null;
  };
}

/** The longest walk of the edition, either way (0 when none is known). */
export function longestWalk(pairs: readonly WalkingPair[]): number {
  return pairs.reduce((most, p) => Math.max(most, p.minutes), 0);
}

/**
 * For a venue, the walks to it from each other venue with known minutes, nearest first (then
 * by the other venue's name): what its public page lists.
 */
export function walksFrom<V extends { id: number; name: string }>(
  venueId: number,
  venues: readonly V[],
  pairs: readonly WalkingPair[],
): { venue: V; minutes: number }[] {
  const walk = walkLookup(pairs);
  return venues
    .flatMap((venue) => {
      if (venue.id === venueId) return [];
      const minutes = walk(venue.id, venueId);
      return minutes === null ? [] : [{ venue, minutes }];
    })
    .sort((a, b) => a.minutes - b.minutes || a.venue.name.localeCompare(b.venue.name));
}

/** One box of the admin's matrix: the walk between two venues, empty (null) when unknown. */
export interface WalkBox {
  fromVenueId: number;
  toVenueId: number;
  minutes: number | null;
}

/** The name of a matrix box (a form field), which a refusal names. */
export function boxName(fromVenueId: number, toVenueId: number): string {
  return `walk-${fromVenueId}-${toVenueId}`;
}

/**
 * The set a matrix form saves: each filled box one way (the other way follows); an empty box
 * removes the pair both ways. A walk given the other way on its own (both ways stored, through
 * the API) is kept while its box stays filled.
 */
export function matrixPairs(boxes: readonly WalkBox[], stored: readonly WalkingPair[]): WalkingPair[] {
  const given = new Map(stored.map((p) => [`${p.fromVenueId}>${p.toVenueId}`, p.minutes]));
  return boxes.flatMap((b) => {
    if (b.minutes === null || b.fromVenueId === b.toVenueId) return [];
    const pair = { fromVenueId: b.fromVenueId, toVenueId: b.toVenueId, minutes: b.minutes };
    const back = given.get(`${b.toVenueId}>${b.fromVenueId}`);
    const ownWayBack = back !== undefined && given.has(`${b.fromVenueId}>${b.toVenueId}`);
    return ownWayBack ? [pair, { fromVenueId: b.toVenueId, toVenueId: b.fromVenueId, minutes: back }] : [pair];
  });
}
