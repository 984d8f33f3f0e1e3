import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertScenario } from "@/db/queries/scenarios";
import { insertSlot, listScreenings, putScreening } from "@/db/queries/schedule";
import { zonedTimeToInstant } from "@/lib/festival-time";
import { SCREENING_DEFAULTS } from "@/lib/snapshot";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { draftScenario, undoDraft } from "./draft";
import { createEdition, createVenue } from "./editions";
import { createFilm } from "./films";

let admin: User;
let run = 0;

beforeAll(() => {
  ({ admin } = freshDatabase());
});

function at(day: string, time: string): Date {
  const d = zonedTimeToInstant(day, time, "Europe/Lisbon");
  if (!d) throw new Error("no such time");
  return d;
}

/** An edition with two venues, a scenario holding a 190-min and a 100-min slot, and a 90 and a 190 min film. */
function setting() {
  const slug = `draft-${++run}`;
  const edition = createEdition(admin, { slug, name: "Draft", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  const [a = 0, b = 0] = ["Cinema Operário", "Sala Estúdio"].map((name) => createVenue(admin, slug, { name }).id);
  const db = getDb();
  const scenario = insertScenario(db, edition.id, "Draft test");
  const big = insertSlot(
    db,
    edition.id,
    { venueId: a, startsAt: at("2026-10-24", "14:00"), endsAt: at("2026-10-24", "17:10") },
    scenario.id,
  );
  const small = insertSlot(
    db,
    edition.id,
    { venueId: b, startsAt: at("2026-10-24", "14:00"), endsAt: at("2026-10-24", "15:40") },
    scenario.id,
  );
  const short = createFilm(admin, { title: "Short one", runtimeMinutes: 90 }).id;
  const long = createFilm(admin, { title: "Long one", runtimeMinutes: 190 }).id;
  return { slug, edition, scenario, big, small, short, long, a, b };
}

async function refusal(
  fn: () => Promise<unknown> | unknown,
): Promise<{ status: number; code: string; fields: Record<string, string> } | null> {
  try {
    await fn();
    return null;
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return { status: e.status, code: e.code, fields: e.fields };
  }
}

describe("draftScenario", () => {
  it("writes the known optimum as tentative screenings in the scenario only; the undo removes them", async () => {
    const s = setting();
    const r = await draftScenario(admin, s.slug, s.scenario.id, {
      films: [
        { filmId: s.short, screenings: 1 },
        { filmId: s.long, screenings: 1 },
      ],
    });
    expect(r.solver.status).toBe("optimal");
    expect(r.placed.map(({ filmId, slotId }) => ({ filmId, slotId }))).toEqual(
      expect.arrayContaining([
        { filmId: s.short, slotId: s.small.id },
        { filmId: s.long, slotId: s.big.id },
      ]),
    );
    const written = listScreenings(getDb(), s.edition.id, s.scenario.id);
    expect(written.map((x) => x.status)).toEqual(["tentative", "tentative"]);
    expect(listScreenings(getDb(), s.edition.id)).toEqual([]);
    expect(undoDraft(admin, s.slug, s.scenario.id, { screeningIds: r.screeningIds })).toEqual({ removed: 2 });
    expect(listScreenings(getDb(), s.edition.id, s.scenario.id)).toEqual([]);
  });

  it("writes nothing when the solver finds no solution (the lineup already breaks a film's rules)", async () => {
    const s = setting();
    const db = getDb();
    const other = insertSlot(
      db,
      s.edition.id,
      { venueId: s.a, startsAt: at("2026-10-24", "20:00"), endsAt: at("2026-10-24", "22:00") },
      s.scenario.id,
    );
    const third = insertSlot(
      db,
      s.edition.id,
      { venueId: s.a, startsAt: at("2026-10-25", "20:00"), endsAt: at("2026-10-25", "22:00") },
      s.scenario.id,
    );
    const extras = { preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, internalNotes: null, status: "tentative" as const };
    putScreening(db, s.edition.id, s.small.id, { ...SCREENING_DEFAULTS, ...extras, filmIds: [s.short] });
    putScreening(db, s.edition.id, other.id, { ...SCREENING_DEFAULTS, ...extras, filmIds: [s.short] });
    const r = await draftScenario(admin, s.slug, s.scenario.id, {
      films: [
        { filmId: s.short, screenings: 3 },
        { filmId: s.long, screenings: 1 },
      ],
    });
    expect(r.solver.status).toBe("infeasible");
    expect(r.placed).toEqual([]);
    expect(r.unplaced.at(0)?.reason).toBe(
      "its screenings already in the lineup break the rules (more than one on 2026-10-24): nothing was placed",
    );
    const after = listScreenings(db, s.edition.id, s.scenario.id);
    expect(after.map((x) => x.slotId).sort()).toEqual([s.small.id, other.id].sort());
    expect(after.some((x) => x.slotId === third.id || x.slotId === s.big.id)).toBe(false);
  });

  it("refuses bad input naming the field (400, 422), a scenario of another edition (404), a stale undo (409)", async () => {
    const s = setting();
    const t = setting();
    expect(
      await refusal(() =>
        draftScenario(admin, s.slug, s.scenario.id, { films: [{ filmId: s.short, screenings: 0 }], rules: { maxPerFilmPerDay: 0 } }),
      ),
    ).toEqual({
      status: 400,
      code: "bad_request",
      fields: { "films.0.screenings": "must be at least 1", "rules.maxPerFilmPerDay": "must be at least 1" },
    });
    expect(await refusal(() => draftScenario(admin, s.slug, s.scenario.id, { films: [{ filmId: 99_999, screenings: 1 }] }))).toEqual({
      status: 422,
      code: "unprocessable",
      fields: { "films.0.filmId": "is not a film in the catalogue" },
    });
    expect(
      (await refusal(() => draftScenario(admin, s.slug, t.scenario.id, { films: [{ filmId: s.short, screenings: 1 }] })))?.status,
    ).toBe(404);
    const r = await draftScenario(admin, s.slug, s.scenario.id, { films: [{ filmId: s.short, screenings: 1 }] });
    const first = r.placed.at(0);
    if (!first) throw new Error("nothing placed");
    putScreening(getDb(), s.edition.id, first.slotId, {
      ...SCREENING_DEFAULTS,
      filmIds: [s.short],
      preShowMinutes: 5,
      introMinutes: 0,
      qaMinutes: 0,
      internalNotes: null,
      status: "tentative",
    });
    expect(await refusal(() => undoDraft(admin, s.slug, s.scenario.id, { screeningIds: r.screeningIds }))).toEqual({
      status: 409,
      code: "stale_version",
      fields: { "screeningIds.0": "was changed after the draft" },
    });
  });
});
