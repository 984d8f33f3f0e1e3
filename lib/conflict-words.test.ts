import { describe, expect, it } from "vitest";
import { NO_DETAILS } from "./board/drop";
import type { SlotView } from "./board/model";
import { conflictSlots, conflictWords, slotLinks } from "./conflict-words";
import type { Conflict, ConflictType, FitResult } from "./types";

const TZ = "Europe/Lisbon";
const venues = [
  { id: 1, name: "Cinema Operário", changeoverMinutes: 15 },
  { id: 2, name: "Sala 2", changeoverMinutes: 0 },
];
type Film = { id: number; title: string | null; displayTitle: string; runtimeMinutes: number | null };
const matewan: Film = { id: 7, title: "Matewan", displayTitle: "Matewan", runtimeMinutes: 135 };
const salt: Film = { id: 8, title: "Salt of the Earth", displayTitle: "Salt of the Earth", runtimeMinutes: 94 };
const untitled: Film = { id: 9, title: null, displayTitle: "Untitled (1987)", runtimeMinutes: null };

/** A slot on Friday 23 October 2026 (Lisbon, +01:00). */
function slot(
  id: number,
  venueId: number,
  start: string,
  end: string,
  films: Film[] = [],
  fit: Partial<FitResult> | null = null,
): SlotView {
  return {
    id,
    venueId,
    startsAt: `2026-10-23T${start}:00+01:00`,
    endsAt: `2026-10-23T${end}:00+01:00`,
    minutes: 0,
    festivalDay: "2026-10-23",
    version: 1,
    screening: films.length
      ? {
          id: id * 10,
          filmIds: films.map((f) => f.id),
          films,
          preShowMinutes: 0,
          introMinutes: 0,
          qaMinutes: 0,
          status: "confirmed",
          ...NO_DETAILS,
          version: 1,
        }
      : null,
    fit: fit ? ({ status: "over", message: "", ...fit } as FitResult) : null,
    conflicts: [],
  };
}

const slots = [
  slot(12, 1, "20:00", "22:30", [matewan]),
  slot(24, 1, "22:00", "23:45", [salt]),
  slot(30, 1, "23:50", "23:59", [salt]),
  slot(31, 2, "22:00", "23:40", [salt]),
  slot(40, 2, "18:00", "19:00", [untitled]),
  slot(41, 2, "16:00", "17:00"),
  slot(50, 2, "14:00", "15:30", [matewan], { message: "135 min > 90 min slot, over by 45 min" }),
];
const known = conflictSlots(slots, venues);
const conflict = (type: ConflictType, slotIds: number[], filmIds: number[] = []): Conflict => ({
  type,
  severity: "error",
  message: `the API's message for ${type}`,
  slotIds,
  filmIds,
});

describe("conflictWords: one sentence per conflict type, with titles and local times", () => {
  const cases: { name: string; c: Conflict; sentence: string }[] = [
    {
      name: "venue overlap names the venue, both films and their times",
      c: conflict("venue-overlap", [12, 24]),
      sentence: "Two screenings overlap in Cinema Operário: Matewan 20:00–22:30 and Salt of the Earth 22:00–23:45",
    },
    {
      name: "changeover says the gap and what the venue needs",
      c: conflict("changeover", [24, 30]),
      sentence:
        "Too little time between screenings in Cinema Operário: 5 min from Salt of the Earth 22:00–23:45 to Salt of the Earth 23:50–23:59; Cinema Operário needs 15 min to change over",
    },
    {
      name: "one print in two places names the film and both venues",
      c: conflict("film-overlap", [24, 31], [8]),
      sentence: "Salt of the Earth is on in two places at once (one print): Cinema Operário 22:00–23:45 and Sala 2 22:00–23:40",
    },
    {
      name: "outside the festival gives the local date",
      c: conflict("outside-festival", [12]),
      sentence: "Matewan 20:00–22:30 in Cinema Operário on 2026-10-23 is outside the festival's days",
    },
    {
      name: "an incomplete film says what is missing and what to do",
      c: conflict("incomplete-film", [40], [9]),
      sentence:
        "Untitled (1987) 18:00–19:00 in Sala 2 is confirmed, but Untitled (1987) has no title and runtime: add them to the film, or pencil the screening in",
    },
    {
      name: "does not fit carries the fit's arithmetic",
      c: conflict("does-not-fit", [50], [7]),
      sentence: "Matewan 14:00–15:30 in Sala 2 runs longer than its slot: 135 min > 90 min slot, over by 45 min",
    },
    {
      name: "an empty slot is called one",
      c: conflict("venue-overlap", [41, 40]),
      sentence: "Two slots overlap in Sala 2: an empty slot 16:00–17:00 and Untitled (1987) 18:00–19:00",
    },
    {
      name: "a slot the caller does not know (another day's) falls back to the API's message",
      c: conflict("venue-overlap", [12, 999]),
      sentence: "the API's message for venue-overlap",
    },
    {
      name: "a type this version has no words for falls back to the API's message",
      c: { ...conflict("venue-overlap", [12, 24]), type: "guest-overlap" as ConflictType },
      sentence: "the API's message for venue-overlap",
    },
  ];
  it.each(cases)("$name", ({ c, sentence }) => {
    expect(conflictWords(c, known, TZ).sentence).toBe(sentence);
  });

  it("never shows a type code or a slot id", () => {
    for (const c of cases.slice(0, 7)) {
      const s = conflictWords(c.c, known, TZ).sentence;
      expect(s).not.toMatch(/venue-overlap|film-overlap|does-not-fit|slots? \d+(?![:\d])|changeover:/);
    }
  });

  it("labels each slot it names with its titles and start, and its festival day", () => {
    expect(conflictWords(conflict("venue-overlap", [12, 24]), known, TZ)).toMatchObject({
      day: "2026-10-23",
      slots: [
        { id: 12, label: "Matewan 20:00", day: "2026-10-23" },
        { id: 24, label: "Salt of the Earth 22:00", day: "2026-10-23" },
      ],
    });
  });

  it("the times are the festival's local clock, also on the clocks-back night", () => {
    const night = { ...slot(60, 1, "00:00", "00:00", [matewan]), startsAt: "2026-10-25T00:30:00Z", endsAt: "2026-10-25T01:30:00Z" };
    const s = conflictWords(conflict("does-not-fit", [60]), conflictSlots([night], venues), TZ).sentence;
    // 00:30Z is 01:30 summer time; 01:30Z is 01:30 winter time (Lisbon goes back at 02:00 WEST)
    expect(s).toContain("Matewan 01:30–01:30");
  });
});

describe("slotLinks", () => {
  it("points at the slot on its day's board and day view", () => {
    expect(slotLinks("lff-2026", 12, "2026-10-23")).toEqual({
      board: "/admin/editions/lff-2026/board/2026-10-23#slot-12",
      dayView: "/admin/editions/lff-2026/days/2026-10-23#slot-12",
    });
  });
});
