import { describe, expect, it } from "vitest";
import { type ConflictInput, conflictKey, conflictsBySlot, findConflicts, hasBlockingConflicts } from "./conflicts";
import type { Film, ScreeningStatus } from "./types";

const edition = { firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", dayBreak: "06:00" };
const venues = [
  { id: 1, name: "Cinema 1", changeoverMinutes: 0 },
  { id: 2, name: "Hall B", changeoverMinutes: 15 },
];

function f(id: number, runtimeMinutes: number | null = 90, title: string | null = `Film ${id}`): Film {
  return {
    id,
    title,
    originalTitle: null,
    year: 2000,
    directors: ["D"],
    cast: [],
    countries: [],
    runtimeMinutes,
    languages: [],
    subtitles: null,
    genre: null,
    synopsis: null,
    internalNotes: null,
    flags: [],
    version: 1,
  };
}
const slot = (id: number, venueId: number, start: string, end: string) => ({
  id,
  venueId,
  startsAt: new Date(start),
  endsAt: new Date(end),
});
type TestScreening = ConflictInput["screenings"][number] & { films: Film[] };
const scr = (slotId: number, films: Film[], status: ScreeningStatus = "confirmed"): TestScreening => ({
  slotId,
  status,
  preShowMinutes: 0,
  introMinutes: 0,
  qaMinutes: 0,
  filmIds: films.map((x) => x.id),
  films,
});
const run = (slots: ConflictInput["slots"], screenings: TestScreening[] = []) =>
  findConflicts({ edition, venues, slots, screenings, films: new Map(screenings.flatMap((s) => s.films).map((x) => [x.id, x])) });

describe("findConflicts: named boundary cases", () => {
  const cases: {
    name: string;
    slots: ConflictInput["slots"];
    screenings?: TestScreening[];
    expect: { type: string; severity: string; slotIds: number[] }[];
  }[] = [
    {
      name: "touching slots with changeover 0 are fine",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      expect: [],
    },
    {
      name: "overlap by 1 minute is an error",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:01:00+01:00"),
        slot(2, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      expect: [{ type: "venue-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "touching slots in a venue with 15 min changeover warn",
      slots: [
        slot(1, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      expect: [{ type: "changeover", severity: "warning", slotIds: [1, 2] }],
    },
    {
      name: "gap exactly the changeover is fine",
      slots: [
        slot(1, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T20:15:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      expect: [],
    },
    {
      name: "a long slot overlapping two later ones reports both",
      slots: [
        slot(1, 1, "2026-10-23T14:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 1, "2026-10-23T15:00:00+01:00", "2026-10-23T16:00:00+01:00"),
        slot(3, 1, "2026-10-23T17:00:00+01:00", "2026-10-23T18:00:00+01:00"),
      ],
      expect: [
        { type: "venue-overlap", severity: "error", slotIds: [1, 2] },
        { type: "venue-overlap", severity: "error", slotIds: [1, 3] },
      ],
    },
    {
      name: "same times in different venues are fine",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
      ],
      expect: [],
    },
    {
      name: "after midnight on the last day is still inside the festival",
      slots: [slot(1, 1, "2026-10-26T00:30:00+00:00", "2026-10-26T02:00:00+00:00")],
      expect: [],
    },
    {
      name: "after the last day's day-break is outside",
      slots: [slot(1, 1, "2026-10-26T06:00:00+00:00", "2026-10-26T08:00:00+00:00")],
      expect: [{ type: "outside-festival", severity: "error", slotIds: [1] }],
    },
    {
      name: "before the first day's day-break is outside",
      slots: [slot(1, 1, "2026-10-23T05:59:00+01:00", "2026-10-23T08:00:00+01:00")],
      expect: [{ type: "outside-festival", severity: "error", slotIds: [1] }],
    },
    {
      name: "DST night: 00:30+01:00 to 02:30+00:00 and 01:30+00:00 overlap (the repeated hour)",
      slots: [
        slot(1, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00"),
        slot(2, 1, "2026-10-25T01:30:00+00:00", "2026-10-25T03:00:00+00:00"),
      ],
      expect: [{ type: "venue-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "one print in two venues at overlapping times (both confirmed) is an error",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T19:59:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)])],
      expect: [{ type: "film-overlap", severity: "error", slotIds: [1, 2] }],
    },
    {
      name: "one print in touching screenings is fine",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
      ],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)])],
      expect: [],
    },
    {
      name: "one print overlapping with a tentative screening warns",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T19:00:00+01:00", "2026-10-23T21:00:00+01:00"),
      ],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)], "tentative")],
      expect: [{ type: "film-overlap", severity: "warning", slotIds: [1, 2] }],
    },
    {
      name: "a cancelled screening clashes with nothing",
      slots: [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
        slot(2, 2, "2026-10-23T19:00:00+01:00", "2026-10-23T21:00:00+01:00"),
      ],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)], "cancelled")],
      expect: [],
    },
    {
      name: "confirmed screening with an untitled film is an error",
      slots: [slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00")],
      screenings: [scr(1, [f(3, 90, null)])],
      expect: [{ type: "incomplete-film", severity: "error", slotIds: [1] }],
    },
    {
      name: "confirmed screening with a film of unknown runtime is an error",
      slots: [slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00")],
      screenings: [scr(1, [f(3, null)])],
      expect: [{ type: "incomplete-film", severity: "error", slotIds: [1] }],
    },
    {
      name: "tentative screening with an incomplete film is allowed",
      slots: [slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00")],
      screenings: [scr(1, [f(3, null, null)], "tentative")],
      expect: [],
    },
    {
      name: "a confirmed screening longer than its (shortened) slot is an error",
      slots: [slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T19:00:00+01:00")],
      screenings: [scr(1, [f(3, 61)])],
      expect: [{ type: "does-not-fit", severity: "error", slotIds: [1] }],
    },
  ];
  it.each(cases)("$name", ({ slots, screenings, expect: want }) => {
    const got = run(slots, screenings ?? []).map(({ type, severity, slotIds }) => ({ type, severity, slotIds }));
    expect(got).toEqual(want);
  });

  it("messages name the venue and local times", () => {
    const [c] = run([
      slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:01:00+01:00"),
      slot(2, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
    ]);
    expect(c?.message).toBe("Cinema 1: slots 18:00-20:01 and 20:00-22:00 on 2026-10-23 overlap by 1 min");
  });

  it("errors block, warnings do not; conflicts are indexed by slot", () => {
    const warn = run([
      slot(1, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00"),
      slot(2, 2, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
    ]);
    expect(hasBlockingConflicts(warn)).toBe(false);
    const err = run([
      slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:01:00+01:00"),
      slot(2, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
    ]);
    expect(hasBlockingConflicts(err)).toBe(true);
    expect(conflictsBySlot(err).get(2)?.[0]?.type).toBe("venue-overlap");
  });

  it("every conflict of a schedule has its own key", () => {
    const film = f(7, 150);
    const conflicts = run(
      [
        slot(1, 1, "2026-10-23T18:00:00+01:00", "2026-10-23T20:01:00+01:00"),
        slot(2, 1, "2026-10-23T20:00:00+01:00", "2026-10-23T22:00:00+01:00"),
        slot(3, 2, "2026-10-23T19:00:00+01:00", "2026-10-23T21:00:00+01:00"),
      ],
      [scr(1, [film]), scr(3, [film])],
    );
    expect(new Set(conflicts.map((c) => c.type))).toEqual(new Set(["venue-overlap", "film-overlap", "does-not-fit"]));
    const keys = conflicts.map(conflictKey);
    expect(new Set(keys).size).toBe(conflicts.length);
    expect(keys).toContain("venue-overlap:1,2:");
  });
});
