import { describe, expect, it } from "vitest";
import { findConflicts } from "./conflicts";
import type { WalkingPair } from "./types";
import { longestWalk, matrixPairs, walkLookup, walksFrom } from "./walking";

const pair = (fromVenueId: number, toVenueId: number, minutes: number): WalkingPair => ({ fromVenueId, toVenueId, minutes });

describe("walkLookup: named boundary cases", () => {
  it.each([
    { name: "a pair as given", pairs: [pair(1, 2, 12)], from: 1, to: 2, expect: 12 },
    { name: "the other way: the same (symmetric by default)", pairs: [pair(1, 2, 12)], from: 2, to: 1, expect: 12 },
    { name: "the other way given on its own (uphill)", pairs: [pair(1, 2, 12), pair(2, 1, 15)], from: 2, to: 1, expect: 15 },
    { name: "the way given is kept when the other is given too", pairs: [pair(1, 2, 12), pair(2, 1, 15)], from: 1, to: 2, expect: 12 },
    { name: "same venue: 0 even with nothing given", pairs: [], from: 3, to: 3, expect: 0 },
    { name: "same venue: 0 whatever was stored", pairs: [pair(3, 3, 9)], from: 3, to: 3, expect: 0 },
    { name: "a pair never given: unknown", pairs: [pair(1, 2, 12)], from: 1, to: 3, expect: null },
    { name: "0 minutes given (venues next door) is known, not unknown", pairs: [pair(1, 2, 0)], from: 2, to: 1, expect: 0 },
  ])("$name", (c) => {
    expect(walkLookup(c.pairs)(c.from, c.to)).toBe(c.expect);
  });
});

describe("longestWalk", () => {
  it.each([
    { name: "none given: 0", pairs: [], expect: 0 },
    { name: "the longest of either way", pairs: [pair(1, 2, 12), pair(2, 1, 25), pair(1, 3, 7)], expect: 25 },
  ])("$name", (c) => expect(longestWalk(c.pairs)).toBe(c.expect));
});

describe("walksFrom (a venue page's list)", () => {
  const venues = [
    { id: 1, name: "Cinema Operário" },
    { id: 2, name: "Batalha" },
    { id: 3, name: "Hall B" },
    { id: 4, name: "Annex" },
  ];
  it("every other venue with known minutes, nearest first, then by name; itself and unknown ones left out", () => {
    const walks = walksFrom(2, venues, [pair(1, 2, 12), pair(3, 2, 5), pair(2, 4, 12), pair(1, 3, 20)]);
    expect(walks.map((w) => [w.venue.name, w.minutes])).toEqual([
      ["Hall B", 5],
      ["Annex", 12],
      ["Cinema Operário", 12],
    ]);
  });
  it("reads the walk towards the venue when both ways are given", () => {
    expect(walksFrom(2, venues, [pair(1, 2, 12), pair(2, 1, 15)]).map((w) => w.minutes)).toEqual([12]);
  });
  it("no minutes given: nothing to say", () => {
    expect(walksFrom(1, venues, [])).toEqual([]);
  });
});

describe("guest-overlap from the walk alone", () => {
  const at = (hm: string) => new Date(`2026-10-23T${hm}:00+01:00`);
  const input = (pairs: WalkingPair[]) => {
    const walk = walkLookup(pairs);
    return {
      edition: { firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", dayBreak: "06:00" },
      venues: [
        { id: 1, name: "Cinema Operário", changeoverMinutes: 0 },
        { id: 2, name: "Batalha", changeoverMinutes: 0 },
      ],
      slots: [
        { id: 1, venueId: 1, startsAt: at("18:00"), endsAt: at("19:00") },
        { id: 2, venueId: 2, startsAt: at("19:10"), endsAt: at("20:10") },
      ],
      screenings: [1, 2].map((slotId) => ({
        slotId,
        status: "confirmed" as const,
        preShowMinutes: 0,
        introMinutes: 0,
        qaMinutes: 0,
        filmIds: [],
        title: `Programme ${slotId}`,
        guests: [{ personId: 1, role: null }],
      })),
      films: new Map(),
      people: new Map([[1, { id: 1, name: "Ana Ferreira", availability: [] }]]),
      walkingMinutes: (from: number, to: number) => walk(from, to) ?? 0,
    };
  };
  it.each([
    { name: "10 min apart, a 15 min walk: error naming the walk", pairs: [pair(2, 1, 15)], expect: 1 },
    { name: "10 min apart, a 10 min walk: fine", pairs: [pair(1, 2, 10)], expect: 0 },
    { name: "10 min apart, walk unknown: fine", pairs: [], expect: 0 },
  ])("$name", (c) => {
    const found = findConflicts(input(c.pairs)).filter((x) => x.type === "guest-overlap");
    expect(found).toHaveLength(c.expect);
    if (c.expect) {
      expect(found[0]).toMatchObject({ severity: "error", slotIds: [1, 2] });
      expect(found[0]?.message).toContain("the walk from Cinema Operário to Batalha takes 15 min");
    }
  });
});

describe("matrixPairs (what the admin's matrix saves)", () => {
  const box = (fromVenueId: number, toVenueId: number, minutes: number | null) => ({ fromVenueId, toVenueId, minutes });
  it.each([
    { name: "a filled box: one pair, one way", boxes: [box(1, 2, 12)], stored: [], expect: [pair(1, 2, 12)] },
    { name: "an empty box: no pair", boxes: [box(1, 2, null)], stored: [pair(1, 2, 12)], expect: [] },
    { name: "0 is a walk (next door), not empty", boxes: [box(1, 2, 0)], stored: [], expect: [pair(1, 2, 0)] },
    {
      name: "stored the other way only: saved the box's way (the same walk)",
      boxes: [box(1, 2, 12)],
      stored: [pair(2, 1, 12)],
      expect: [pair(1, 2, 12)],
    },
    {
      name: "both ways stored on their own: the way back is kept",
      boxes: [box(1, 2, 10)],
      stored: [pair(1, 2, 12), pair(2, 1, 15)],
      expect: [pair(1, 2, 10), pair(2, 1, 15)],
    },
    {
      name: "both ways stored, box emptied: both go",
      boxes: [box(1, 2, null)],
      stored: [pair(1, 2, 12), pair(2, 1, 15)],
      expect: [],
    },
    { name: "a box of one venue with itself: nothing", boxes: [box(3, 3, 5)], stored: [], expect: [] },
  ])("$name", (c) => {
    expect(matrixPairs(c.boxes, c.stored)).toEqual(c.expect);
  });
});
