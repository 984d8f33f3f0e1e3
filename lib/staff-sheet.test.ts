import { describe, expect, it } from "vitest";
import { NO_DETAILS } from "./board/drop";
import { itemAt } from "./lists";
import { type StaffSheetInput, staffSheets } from "./staff-sheet";
import type { Screening, Slot, Venue } from "./types";

const venue = (id: number, name: string, extra: Partial<Venue> = {}): Venue => ({
  id,
  editionId: 1,
  slug: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  capacity: 100,
  changeoverMinutes: 15,
  stepFree: false,
  doorsMinutes: 20,
  version: 1,
  ...extra,
});
const slot = (id: number, venueId: number, startsAt: string, endsAt: string): Slot => ({
  id,
  editionId: 1,
  venueId,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  version: 1,
});
const screening = (id: number, slotId: number, filmIds: number[], extra: Partial<Screening> = {}): Screening => ({
  id,
  slotId,
  filmIds,
  preShowMinutes: 0,
  introMinutes: 0,
  qaMinutes: 0,
  status: "confirmed",
  ...NO_DETAILS,
  version: 1,
  ...extra,
});
const films = new Map(
  [
    { id: 1, title: "Matewan", year: 1987, directors: ["John Sayles"], runtimeMinutes: 135 },
    { id: 2, title: "Pier 9", year: 2024, directors: ["Ana Ferreira"], runtimeMinutes: 14 },
    { id: 3, title: "Night Shift", year: 2023, directors: ["Rui Costa"], runtimeMinutes: null },
    { id: 4, title: "Metropolis", year: 1927, directors: ["Fritz Lang"], runtimeMinutes: 150 },
  ].map((f) => [f.id, f]),
);
const people = new Map([
  [7, { id: 7, name: "Ana Ferreira", role: "director", internalNotes: "arrives by train at 19:40" }],
  [8, { id: 8, name: "Rui Costa", role: null, internalNotes: null }],
]);

/** Lisbon, festival day 2026-10-24 (the clocks go back at 02:00 the next night, 01:00 UTC). */
function sheets(venues: Venue[], slots: Slot[], screenings: Screening[]) {
  const input: StaffSheetInput = {
    edition: { timeZone: "Europe/Lisbon", dayBreak: "06:00" },
    day: "2026-10-24",
    venues,
    slots,
    screenings,
    films,
    people,
  };
  return staffSheets(input);
}
const steps = (s: { steps: { time: string | null; label: string; detail: string | null }[] }) =>
  s.steps.map((x) => `${x.time} ${x.label}${x.detail ? ` [${x.detail}]` : ""}`);

describe("staffSheets", () => {
  it("a full evening: doors, pre-show, intro, films with format and runtime, Q&A with the guests, end, changeover, next doors; notes", () => {
    const out = sheets(
      [venue(1, "Cinema 1")],
      [
        slot(1, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T21:00:00+01:00"),
        slot(2, 1, "2026-10-24T21:30:00+01:00", "2026-10-24T23:50:00+01:00"),
      ],
      [
        screening(10, 1, [1], {
          preShowMinutes: 5,
          introMinutes: 10,
          qaMinutes: 20,
          format: "35mm",
          internalNotes: "Print from the union archive, reel 3 spliced",
          guests: [
            { personId: 7, role: "director" },
            { personId: 8, role: "moderator" },
          ],
        }),
        screening(11, 2, [4], { format: "DCP" }),
      ],
    );
    const first = itemAt(itemAt(out.venues, 0).screenings, 0);
    expect(steps(first)).toEqual([
      "17:40 Doors open [20 min before]",
      "18:00 Pre-show [5 min]",
      "18:05 Introduction [10 min]",
      "18:15 Matewan [35mm · 135 min]",
      "20:30 Q&A with Ana Ferreira (director), Rui Costa (moderator) [20 min]",
      "20:50 End",
      "21:00 Changeover [15 min]",
      "21:10 Next doors [21:30 Metropolis]",
    ]);
    expect(first.notes).toEqual(["Print from the union archive, reel 3 spliced", "Ana Ferreira: arrives by train at 19:40"]);
    expect(steps(itemAt(itemAt(out.venues, 0).screenings, 1))).toEqual([
      "21:10 Doors open [20 min before]",
      "21:30 Metropolis [DCP · 150 min]",
      "00:00 End",
    ]);
  });

  it("after midnight: a screening at 00:30 belongs to the festival day before, and says so", () => {
    const out = sheets(
      [venue(1, "Cinema 1")],
      [slot(1, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:00:00+00:00")],
      [screening(10, 1, [2])],
    );
    const s = itemAt(itemAt(out.venues, 0).screenings, 0);
    expect(s).toMatchObject({ start: "00:30", afterMidnight: true, localDate: "2026-10-25" });
    expect(steps(s)).toEqual(["00:10 Doors open [20 min before]", "00:30 Pier 9 [14 min]", "00:44 End"]);
  });

  it("DST night: real minutes on the festival's clock; the steps after the clocks went back say so", () => {
    const out = sheets(
      [venue(1, "Cinema 1")],
      [slot(1, 1, "2026-10-25T00:30:00+01:00", "2026-10-25T02:30:00+00:00")],
      [screening(10, 1, [4])],
    );
    const s = itemAt(itemAt(out.venues, 0).screenings, 0);
    // 00:30 + 150 real minutes = 02:00 winter time (the clocks went back at 02:00 summer time)
    expect(s.steps.map((x) => [x.time, x.clockNote])).toEqual([
      ["00:10", null],
      ["00:30", null],
      ["02:00", "after the clocks went back"],
    ]);
  });

  it("an empty venue: no page of its own, named among the idle venues; an empty slot says nothing is scheduled", () => {
    const out = sheets(
      [venue(1, "Cinema 1"), venue(2, "Hall B")],
      [slot(1, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00")],
      [],
    );
    expect(out.venues.map((v) => v.venue.name)).toEqual(["Cinema 1"]);
    expect(out.idle).toEqual(["Hall B"]);
    expect(itemAt(itemAt(out.venues, 0).screenings, 0)).toMatchObject({ status: "empty", title: "Nothing scheduled", steps: [] });
  });

  it("no changeover: a venue without one, and after the day's last screening", () => {
    const out = sheets(
      [venue(1, "Hall B", { changeoverMinutes: 0, doorsMinutes: 10 })],
      [
        slot(1, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00"),
        slot(2, 1, "2026-10-24T19:00:00+01:00", "2026-10-24T20:00:00+01:00"),
      ],
      [screening(10, 1, [2]), screening(11, 2, [2])],
    );
    const [a, b] = itemAt(out.venues, 0).screenings;
    expect(a?.steps.map((x) => x.kind)).toEqual(["doors", "film", "end", "next-doors"]);
    expect(b?.steps.map((x) => x.kind)).toEqual(["doors", "film", "end"]);
  });

  it("a cancelled screening has no running order and is skipped by the one before it", () => {
    const out = sheets(
      [venue(1, "Cinema 1")],
      [
        slot(1, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T19:00:00+01:00"),
        slot(2, 1, "2026-10-24T19:30:00+01:00", "2026-10-24T21:00:00+01:00"),
      ],
      [screening(10, 1, [2]), screening(11, 2, [2], { status: "cancelled" })],
    );
    const [a, b] = itemAt(out.venues, 0).screenings;
    expect(a?.steps.map((x) => x.kind)).toEqual(["doors", "film", "end"]);
    expect(b).toMatchObject({ status: "cancelled", steps: [] });
  });

  it("an unknown runtime: later steps have no time; the end is the slot's end", () => {
    const out = sheets(
      [venue(1, "Cinema 1")],
      [slot(1, 1, "2026-10-24T18:00:00+01:00", "2026-10-24T19:30:00+01:00")],
      [screening(10, 1, [3, 2], { status: "tentative", qaMinutes: 10 })],
    );
    const s = itemAt(itemAt(out.venues, 0).screenings, 0);
    expect(s.title).toBe("Night Shift + Pier 9");
    expect(s.steps.map((x) => x.time)).toEqual(["17:40", "18:00", null, null, "19:30"]);
  });

  it("slots of other festival days are left out", () => {
    const out = sheets([venue(1, "Cinema 1")], [slot(1, 1, "2026-10-25T07:00:00+00:00", "2026-10-25T08:00:00+00:00")], []);
    expect(out.venues).toEqual([]);
    expect(out.idle).toEqual(["Cinema 1"]);
  });
});
