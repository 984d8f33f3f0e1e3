import { describe, expect, it } from "vitest";
import { type ConflictInput, conflictKey, findConflicts } from "./conflicts";
import { isAvailable, mergedRanges } from "./guest-conflicts";
import { catalogueFilm } from "./test-fixtures";
import type { Person, ScreeningStatus } from "./types";

const edition = { firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", dayBreak: "06:00" };
const venues = [
  { id: 1, name: "Cinema 1", changeoverMinutes: 0 },
  { id: 2, name: "Hall B", changeoverMinutes: 0 },
];
const films = new Map(
  [
    catalogueFilm(7, { title: "Salt of the Earth", runtimeMinutes: 60 }),
    catalogueFilm(8, { title: "Hands", runtimeMinutes: 30 }),
    catalogueFilm(9, { title: "Looms", runtimeMinutes: 20 }),
  ].map((f) => [f.id, f]),
);
/** Friday 23 October in Lisbon (+01:00). */
const at = (hm: string) => new Date(`2026-10-23T${hm}:00+01:00`);
const slot = (id: number, venueId: number, start: string, end: string) => ({ id, venueId, startsAt: at(start), endsAt: at(end) });
const person = (id: number, name: string, availability: [string, string][] = []): Person => ({
  id,
  name,
  role: null,
  internalNotes: "never shown",
  availability: availability.map(([from, to]) => ({ from: at(from), to: at(to) })),
  version: 1,
});
const ana = person(1, "Ana Ferreira");
const joao = person(2, "João Silva");
const scr = (slotId: number, guests: number[], status: ScreeningStatus = "confirmed", filmIds = [7], title: string | null = null) => ({
  slotId,
  status,
  preShowMinutes: 0,
  introMinutes: 0,
  qaMinutes: 0,
  filmIds,
  title,
  guests: guests.map((personId) => ({ personId, role: "director" })),
});
type Case = {
  name: string;
  slots: ConflictInput["slots"];
  screenings: ConflictInput["screenings"];
  people?: Person[];
  walk?: number;
  expect: { type: string; severity: string; slotIds: number[] }[];
};
const run = (c: Pick<Case, "slots" | "screenings" | "people" | "walk">) =>
  findConflicts({
    edition,
    venues,
    slots: c.slots,
    screenings: c.screenings,
    films,
    people: new Map((c.people ?? [ana, joao]).map((p) => [p.id, p])),
    ...(c.walk !== undefined ? { walkingMinutes: () => c.walk ?? 0 } : {}),
  }).filter((x) => x.type.startsWith("guest-"));

describe("guest conflicts: named boundary cases", () => {
  const cases: Case[] = [
    {
      name: "one guest in two confirmed screenings that overlap by a minute: error",
      slots: [slot(1, 1, "18:00", "19:01"), slot(2, 2, "19:00", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8])],
      expect: [{ type: "guest-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "overlap with a tentative screening: warning",
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 2, "19:00", "21:00")],
      screenings: [scr(1, [1]), scr(2, [1], "tentative", [8])],
      expect: [{ type: "guest-overlap", severity: "warning", slotIds: [1, 2] }],
    },
    {
      name: "a cancelled screening clashes with nothing",
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 2, "19:00", "21:00")],
      screenings: [scr(1, [1]), scr(2, [1], "cancelled", [8])],
      expect: [],
    },
    {
      name: "touching screenings (walk unknown: 0 min) are fine",
      slots: [slot(1, 1, "18:00", "19:00"), slot(2, 2, "19:00", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8])],
      expect: [],
    },
    {
      name: "10 min apart with a 15 min walk between venues: clash",
      slots: [slot(1, 1, "18:00", "19:00"), slot(2, 2, "19:10", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8])],
      walk: 15,
      expect: [{ type: "guest-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "exactly the walk apart: fine",
      slots: [slot(1, 1, "18:00", "19:00"), slot(2, 2, "19:15", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8])],
      walk: 15,
      expect: [],
    },
    {
      name: "within one venue there is no walk",
      slots: [slot(1, 1, "18:00", "19:00"), slot(2, 1, "19:00", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8])],
      walk: 15,
      expect: [],
    },
    {
      name: "two different guests at the same time are fine",
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 2, "18:00", "20:00")],
      screenings: [scr(1, [1]), scr(2, [2], "confirmed", [8])],
      expect: [],
    },
    {
      name: "two guests shared by the same two screenings: one conflict",
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 2, "18:00", "20:00")],
      screenings: [scr(1, [1, 2]), scr(2, [2, 1], "confirmed", [8])],
      expect: [{ type: "guest-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "a long screening overlapping two later ones reports both",
      slots: [slot(1, 1, "14:00", "20:00"), slot(2, 2, "15:00", "16:00"), slot(3, 2, "17:00", "18:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8]), scr(3, [1], "confirmed", [9])],
      expect: [
        { type: "guest-overlap", severity: "error", slotIds: [1, 2] },
        { type: "guest-overlap", severity: "error", slotIds: [1, 3] },
      ],
    },
    {
      name: "no availability ranges: always available",
      slots: [slot(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [1])],
      expect: [],
    },
    {
      name: "a screening exactly inside a range is fine",
      slots: [slot(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [3])],
      people: [person(3, "Rosa", [["18:00", "20:00"]])],
      expect: [],
    },
    {
      name: "ending a minute after the range: warning",
      slots: [slot(1, 1, "18:00", "20:01")],
      screenings: [scr(1, [3])],
      people: [person(3, "Rosa", [["18:00", "20:00"]])],
      expect: [{ type: "guest-unavailable", severity: "warning", slotIds: [1] }],
    },
    {
      name: "two ranges that touch count as one",
      slots: [slot(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [3])],
      people: [
        person(3, "Rosa", [
          ["19:00", "22:00"],
          ["10:00", "19:00"],
        ]),
      ],
      expect: [],
    },
    {
      name: "unavailable even when the screening is tentative (a warning); not when cancelled",
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 1, "21:00", "22:00")],
      screenings: [scr(1, [3], "tentative"), scr(2, [3], "cancelled")],
      people: [person(3, "Rosa", [["09:00", "12:00"]])],
      expect: [{ type: "guest-unavailable", severity: "warning", slotIds: [1] }],
    },
  ];
  it.each(cases)("$name", (c) => {
    expect(run(c).map(({ type, severity, slotIds }) => ({ type, severity, slotIds }))).toEqual(c.expect);
  });

  it("without people, no guest is judged", () => {
    const slots = [slot(1, 1, "18:00", "20:00"), slot(2, 2, "19:00", "21:00")];
    const screenings = [scr(1, [1]), scr(2, [1])];
    expect(findConflicts({ edition, venues, slots, screenings, films }).filter((x) => x.type.startsWith("guest-"))).toEqual([]);
  });
});

describe("guest conflict messages: the person, the titles and local times in words", () => {
  it("an overlap names the guest, both programmes and their times", () => {
    const [c] = run({
      slots: [slot(1, 1, "18:00", "19:30"), slot(2, 2, "19:00", "20:00")],
      screenings: [scr(1, [1]), scr(2, [1], "confirmed", [8, 9], "Shorts: Work and Hands")],
    });
    expect(c?.message).toBe(
      'Ana Ferreira is a guest of "Salt of the Earth" at 2026-10-23 18:00–19:30 in Cinema 1 and of "Shorts: Work and Hands" at 2026-10-23 19:00–20:00 in Hall B: the times overlap',
    );
    expect(c?.filmIds).toEqual([7, 8, 9]);
  });

  it("a walk too long for the gap says so; two guests are named in order", () => {
    const [c] = run({
      slots: [slot(1, 1, "18:00", "19:00"), slot(2, 2, "19:05", "20:00")],
      screenings: [scr(1, [2, 1]), scr(2, [1, 2], "confirmed", [8, 9])],
      walk: 12,
    });
    expect(c?.message).toBe(
      'Ana Ferreira and João Silva are guests of "Salt of the Earth" at 2026-10-23 18:00–19:00 in Cinema 1 and of "Hands + Looms" at 2026-10-23 19:05–20:00 in Hall B: only 5 min between them, and the walk from Cinema 1 to Hall B takes 12 min',
    );
  });

  it("unavailable names the guest, the screening and when they are there", () => {
    const [c] = run({
      slots: [slot(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [3])],
      people: [person(3, "Rosa Lima", [["09:00", "17:00"]])],
    });
    expect(c?.message).toBe(
      'Rosa Lima is not available for "Salt of the Earth" at 2026-10-23 18:00–20:00 in Cinema 1 (available 2026-10-23 09:00 to 2026-10-23 17:00)',
    );
    expect(c?.message).not.toContain("never shown");
  });

  it("each guest conflict has its own key", () => {
    const conflicts = run({
      slots: [slot(1, 1, "18:00", "20:00"), slot(2, 2, "18:00", "20:00")],
      screenings: [scr(1, [1, 2, 3]), scr(2, [2, 1, 3], "confirmed", [8])],
      people: [ana, joao, person(3, "Rosa", [["09:00", "10:00"]])],
    });
    expect(conflicts.map((c) => c.type).sort()).toEqual(["guest-overlap", "guest-unavailable", "guest-unavailable"]);
    expect(new Set(conflicts.map(conflictKey)).size).toBe(conflicts.length);
  });
});

describe("availability ranges", () => {
  it("merges ranges that overlap or touch, keeps gaps", () => {
    const r = (a: string, b: string) => ({ from: at(a), to: at(b) });
    expect(mergedRanges([r("12:00", "14:00"), r("09:00", "12:00"), r("13:00", "13:30"), r("15:00", "16:00")])).toEqual([
      r("09:00", "14:00"),
      r("15:00", "16:00"),
    ]);
  });
  it("a screening across a gap between two ranges is not available", () => {
    const p = person(3, "Rosa", [
      ["09:00", "12:00"],
      ["12:30", "18:00"],
    ]);
    expect(isAvailable(p, at("11:00"), at("13:00"))).toBe(false);
    expect(isAvailable(p, at("13:00"), at("18:00"))).toBe(true);
  });
});
