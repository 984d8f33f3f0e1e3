import { describe, expect, it } from "vitest";
import { type ConflictInput, conflictKey, conflictsBySlot, findConflicts, hasBlockingConflicts } from "./conflicts";
import { catalogueFilm } from "./test-fixtures";
import type { Film, ScreeningStatus } from "./types";

const edition = { firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon", dayBreak: "06:00" };
const venues = [
  { id: 1, name: "Cinema 1", changeoverMinutes: 0 },
  { id: 2, name: "Hall B", changeoverMinutes: 15 },
];

function f(id: number, runtimeMinutes: number | null = 90, title: string | null = `Film ${id}`): Film {
  return catalogueFilm(id, { title, year: 2000, directors: ["D"], runtimeMinutes });
}
const slot = (id: number, venueId: number, start: string, end: string) => ({
  id,
  venueId,
  startsAt: new Date(start),
  endsAt: new Date(end),
});
/** A slot on Friday 23 October, the first festival day (Lisbon, +01:00). */
const fri = (id: number, venueId: number, start: string, end: string) =>
  slot(id, venueId, `2026-10-23T${start}:00+01:00`, `2026-10-23T${end}:00+01:00`);
const error = (type: string, ...slotIds: number[]) => ({ type, severity: "error", slotIds });
const warning = (type: string, ...slotIds: number[]) => ({ type, severity: "warning", slotIds });
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
    { name: "touching slots with changeover 0 are fine", slots: [fri(1, 1, "18:00", "20:00"), fri(2, 1, "20:00", "22:00")], expect: [] },
    {
      name: "overlap by 1 minute is an error",
      slots: [fri(1, 1, "18:00", "20:01"), fri(2, 1, "20:00", "22:00")],
      expect: [error("venue-overlap", 1, 2)],
    },
    {
      name: "touching slots in a venue with 15 min changeover warn",
      slots: [fri(1, 2, "18:00", "20:00"), fri(2, 2, "20:00", "22:00")],
      expect: [warning("changeover", 1, 2)],
    },
    { name: "gap exactly the changeover is fine", slots: [fri(1, 2, "18:00", "20:00"), fri(2, 2, "20:15", "22:00")], expect: [] },
    {
      name: "a long slot overlapping two later ones reports both",
      slots: [fri(1, 1, "14:00", "20:00"), fri(2, 1, "15:00", "16:00"), fri(3, 1, "17:00", "18:00")],
      expect: [error("venue-overlap", 1, 2), error("venue-overlap", 1, 3)],
    },
    { name: "same times in different venues are fine", slots: [fri(1, 1, "18:00", "20:00"), fri(2, 2, "18:00", "20:00")], expect: [] },
    {
      name: "after midnight on the last day is still inside the festival",
      slots: [slot(1, 1, "2026-10-26T00:30:00+00:00", "2026-10-26T02:00:00+00:00")],
      expect: [],
    },
    {
      name: "after the last day's day-break is outside",
      slots: [slot(1, 1, "2026-10-26T06:00:00+00:00", "2026-10-26T08:00:00+00:00")],
      expect: [error("outside-festival", 1)],
    },
    { name: "before the first day's day-break is outside", slots: [fri(1, 1, "05:59", "08:00")], expect: [error("outside-festival", 1)] },
    {
      name: "DST night: 00:30+01:00 to 02:30+00:00 and 01:30+00:00 overlap (the repeated hour)",
      slots: [
        slot(1, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00"),
        slot(2, 1, "2026-10-25T01:30:00+00:00", "2026-10-25T03:00:00+00:00"),
      ],
      expect: [error("venue-overlap", 1, 2)],
    },
    {
      name: "one print in two venues at overlapping times (both confirmed) is an error",
      slots: [fri(1, 1, "18:00", "20:00"), fri(2, 2, "19:59", "22:00")],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)])],
      expect: [error("film-overlap", 1, 2)],
    },
    {
      name: "one print in touching screenings is fine",
      slots: [fri(1, 1, "18:00", "20:00"), fri(2, 2, "20:00", "22:00")],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)])],
      expect: [],
    },
    {
      name: "one print overlapping with a tentative screening warns",
      slots: [fri(1, 1, "18:00", "20:00"), fri(2, 2, "19:00", "21:00")],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)], "tentative")],
      expect: [warning("film-overlap", 1, 2)],
    },
    {
      name: "a cancelled screening clashes with nothing",
      slots: [fri(1, 1, "18:00", "20:00"), fri(2, 2, "19:00", "21:00")],
      screenings: [scr(1, [f(7)]), scr(2, [f(7)], "cancelled")],
      expect: [],
    },
    {
      name: "confirmed screening with an untitled film is an error",
      slots: [fri(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [f(3, 90, null)])],
      expect: [error("incomplete-film", 1)],
    },
    {
      name: "confirmed screening with a film of unknown runtime is an error",
      slots: [fri(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [f(3, null)])],
      expect: [error("incomplete-film", 1)],
    },
    {
      name: "tentative screening with an incomplete film is allowed",
      slots: [fri(1, 1, "18:00", "20:00")],
      screenings: [scr(1, [f(3, null, null)], "tentative")],
      expect: [],
    },
    {
      name: "a confirmed screening longer than its (shortened) slot is an error",
      slots: [fri(1, 1, "18:00", "19:00")],
      screenings: [scr(1, [f(3, 61)])],
      expect: [error("does-not-fit", 1)],
    },
  ];
  it.each(cases)("$name", ({ slots, screenings, expect: want }) => {
    const got = run(slots, screenings ?? []).map(({ type, severity, slotIds }) => ({ type, severity, slotIds }));
    expect(got).toEqual(want);
  });

  it("messages name the venue and local times", () => {
    const [c] = run([fri(1, 1, "18:00", "20:01"), fri(2, 1, "20:00", "22:00")]);
    expect(c?.message).toBe("Cinema 1: slots 18:00-20:01 and 20:00-22:00 on 2026-10-23 overlap by 1 min");
  });

  it("errors block, warnings do not; conflicts are indexed by slot", () => {
    const warn = run([fri(1, 2, "18:00", "20:00"), fri(2, 2, "20:00", "22:00")]);
    expect(hasBlockingConflicts(warn)).toBe(false);
    const err = run([fri(1, 1, "18:00", "20:01"), fri(2, 1, "20:00", "22:00")]);
    expect(hasBlockingConflicts(err)).toBe(true);
    expect(conflictsBySlot(err).get(2)?.[0]?.type).toBe("venue-overlap");
  });

  it("every conflict of a schedule has its own key", () => {
    const film = f(7, 150);
    const conflicts = run(
      [fri(1, 1, "18:00", "20:01"), fri(2, 1, "20:00", "22:00"), fri(3, 2, "19:00", "21:00")],
      [scr(1, [film]), scr(3, [film])],
    );
    expect(new Set(conflicts.map((c) => c.type))).toEqual(new Set(["venue-overlap", "film-overlap", "does-not-fit"]));
    const keys = conflicts.map(conflictKey);
    expect(new Set(keys).size).toBe(conflicts.length);
    expect(keys).toContain("venue-overlap:1,2:");
  });
});
