import { describe, expect, it } from "vitest";
import { zonedTimeToInstant } from "@/lib/festival-time";
import type { FilmName } from "@/lib/types";
import { DEFAULT_RULES, type DraftInput, type DraftRules, type DraftWish } from "./facts";
import { buildDraftModel } from "./model";
import { type DraftResult, readDraft } from "./result";
import { solveDraftLp } from "./solve";

const TZ = "Europe/Lisbon";

function at(day: string, time: string): Date {
  const d = zonedTimeToInstant(day, time, TZ);
  if (!d) throw new Error(`no ${day} ${time}`);
  return d;
}

interface Case {
  slots: { id: number; venueId?: number; day?: string; from: string; to: string; hold?: string }[];
  films: [number, number | null][];
  wishes: DraftWish[];
  rules?: Partial<DraftRules>;
  screenings?: { slotId: number; filmIds: number[] }[];
  changeover?: number;
}

async function draft(c: Case): Promise<DraftResult> {
  const films = new Map<number, FilmName>(
    c.films.map(([id, runtimeMinutes]) => [id, { id, title: `Film ${id}`, year: null, directors: [], runtimeMinutes }]),
  );
  const input: DraftInput = {
    edition: { firstDay: "2026-05-01", lastDay: "2026-05-03", timeZone: TZ, dayBreak: "06:00" },
    venues: [1, 2, 3].map((id) => ({ id, name: `Venue ${id}`, changeoverMinutes: c.changeover ?? 0 })),
    slots: c.slots.map((s) => ({
      id: s.id,
      venueId: s.venueId ?? 1,
      startsAt: at(s.day ?? "2026-05-02", s.from),
      endsAt: at(s.day ?? "2026-05-02", s.to),
      holdNote: s.hold ?? null,
    })),
    screenings: c.screenings ?? [],
    films,
    wishes: c.wishes,
    rules: { ...DEFAULT_RULES, ...c.rules },
  };
  const model = buildDraftModel(input);
  return readDraft(input, model, await solveDraftLp(model.lp, 10));
}

const byFilm = (r: DraftResult) => Object.fromEntries(r.placed.map((p) => [p.filmId, p.slotId]));

describe("automatic draft: hand-made cases with known optima", () => {
  it("places a 90 and a 190 min film in a 100 and a 190 min slot (greedy puts the 90 in the big slot)", async () => {
    const r = await draft({
      slots: [
        { id: 10, venueId: 1, from: "14:00", to: "17:10" },
        { id: 11, venueId: 2, from: "14:00", to: "15:40" },
      ],
      films: [
        [1, 90],
        [2, 190],
      ],
      wishes: [
        { filmId: 1, screenings: 1 },
        { filmId: 2, screenings: 1 },
      ],
    });
    expect(r.solver.status).toBe("optimal");
    expect(byFilm(r)).toEqual({ 1: 11, 2: 10 });
    expect(r.unplaced).toEqual([]);
  });

  it("chooses the slot with the fewest empty minutes, counting pre-show, intro and Q&A", async () => {
    const r = await draft({
      slots: [
        { id: 10, venueId: 1, from: "14:00", to: "17:10" },
        { id: 11, venueId: 2, from: "14:00", to: "15:40" },
        { id: 12, venueId: 3, from: "14:00", to: "16:00" },
      ],
      films: [[1, 90]],
      wishes: [{ filmId: 1, screenings: 1 }],
      rules: { preShowMinutes: 10, qaMinutes: 20 },
    });
    expect(byFilm(r)).toEqual({ 1: 12 });
  });

  it("keeps the per-day cap: one a day by default, two when allowed (never at overlapping times)", async () => {
    const slots = [
      { id: 10, venueId: 1, from: "14:00", to: "16:00" },
      { id: 11, venueId: 1, from: "18:00", to: "20:00" },
      { id: 12, venueId: 2, from: "18:30", to: "20:30" },
    ];
    const one = await draft({ slots, films: [[1, 100]], wishes: [{ filmId: 1, screenings: 3 }] });
    expect(one.placed).toHaveLength(1);
    expect(one.unplaced).toEqual([
      {
        filmId: 1,
        wanted: 3,
        placed: 1,
        reason: "each of its 1 allowed day with a slot that fits has one of its screenings (one a day, one print in one place at a time)",
      },
    ]);
    const two = await draft({
      slots,
      films: [[1, 100]],
      wishes: [{ filmId: 1, screenings: 3 }],
      rules: { maxPerFilmPerDay: 2, minDaysBetweenScreenings: 0 },
    });
    expect(two.placed).toHaveLength(2);
    expect(two.placed.map((p) => p.slotId)).toContain(10);
  });

  it("keeps screenings of a film the minimum days apart", async () => {
    const slots = ["2026-05-01", "2026-05-02", "2026-05-03"].map((day, i) => ({ id: 10 + i, day, from: "14:00", to: "16:00" }));
    const r = await draft({ slots, films: [[1, 100]], wishes: [{ filmId: 1, screenings: 3 }], rules: { minDaysBetweenScreenings: 2 } });
    expect(r.placed.map((p) => p.slotId).sort()).toEqual([10, 12]);
    expect(r.unplaced.at(0)?.placed).toBe(2);
  });

  it("spreads a film's screenings over times of day", async () => {
    const r = await draft({
      slots: [
        { id: 10, venueId: 1, from: "12:00", to: "14:00" },
        { id: 11, venueId: 1, from: "14:30", to: "16:30" },
        { id: 12, venueId: 1, from: "21:00", to: "23:00" },
      ],
      films: [[1, 120]],
      wishes: [{ filmId: 1, screenings: 2 }],
      rules: { maxPerFilmPerDay: 2, minDaysBetweenScreenings: 0 },
    });
    expect(r.placed.map((p) => p.slotId)).toContain(12);
  });

  it("never fills a held slot, an occupied one or both sides of a changeover clash", async () => {
    const r = await draft({
      slots: [
        { id: 10, venueId: 1, from: "10:00", to: "12:00", hold: "opening night, title to come" },
        { id: 11, venueId: 2, from: "10:00", to: "12:00" },
        { id: 12, venueId: 3, from: "10:00", to: "12:00" },
        { id: 13, venueId: 3, from: "12:10", to: "14:10" },
      ],
      films: [
        [1, 100],
        [2, 100],
        [3, 100],
        [9, 100],
      ],
      screenings: [{ slotId: 11, filmIds: [9] }],
      changeover: 20,
      wishes: [1, 2, 3].map((filmId) => ({ filmId, screenings: 1 })),
    });
    expect(r.placed).toHaveLength(1);
    expect(r.unplaced.map((u) => u.reason)).toEqual([
      "every slot that fits (2) is taken by other films of the draft",
      "every slot that fits (2) is taken by other films of the draft",
    ]);
  });

  it("says in plain words why a wish has no slot", async () => {
    const r = await draft({
      slots: [
        { id: 10, venueId: 1, from: "14:00", to: "15:40" },
        { id: 11, venueId: 2, day: "2026-05-01", from: "14:00", to: "17:30" },
      ],
      films: [
        [1, 190],
        [2, null],
      ],
      wishes: [
        { filmId: 1, screenings: 1, days: ["2026-05-02"], venueIds: [1, 2] },
        { filmId: 2, screenings: 1 },
      ],
    });
    expect(r.solver.status).toBe("optimal");
    expect(r.unplaced).toEqual([
      { filmId: 1, wanted: 1, placed: 0, reason: "no slot of 190 min or more on Saturday 2 May in the allowed venues" },
      { filmId: 2, wanted: 1, placed: 0, reason: "its runtime is unknown: a film needs a runtime to be drafted" },
    ]);
  });

  it("counts existing screenings towards the wish, and is infeasible when they already break the rules", async () => {
    const slots = [
      { id: 10, venueId: 1, from: "10:00", to: "12:00" },
      { id: 11, venueId: 2, from: "14:00", to: "16:00" },
      { id: 12, venueId: 1, day: "2026-05-03", from: "14:00", to: "16:00" },
    ];
    const kept = await draft({
      slots,
      films: [[1, 100]],
      screenings: [{ slotId: 10, filmIds: [1] }],
      wishes: [{ filmId: 1, screenings: 2 }],
    });
    expect(kept.placed).toEqual([{ filmId: 1, slotId: 12 }]);
    const broken = await draft({
      slots,
      films: [[1, 100]],
      screenings: [
        { slotId: 10, filmIds: [1] },
        { slotId: 11, filmIds: [1] },
      ],
      wishes: [{ filmId: 1, screenings: 3 }],
    });
    expect(broken.solver.status).toBe("infeasible");
    expect(broken.placed).toEqual([]);
    expect(broken.unplaced.at(0)?.reason).toBe(
      "its screenings already in the lineup break the rules (more than one on 2026-05-02): nothing was placed",
    );
  });
});
