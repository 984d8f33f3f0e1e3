/**
 * The automatic draft's figure (issue 16 §2): 300 films x 2 screenings drafted into a scenario
 * holding the generated festival's slots without their screenings (12 venues, 14 days), solved
 * with HiGHS as the API does (worker thread, time limit 10 s). On a copy of the database.
 */
import path from "node:path";
import { closeAll, getDb, transaction } from "@/db/client";
import { listFilms } from "@/db/queries/films";
import { insertScenario } from "@/db/queries/scenarios";
import { insertSlot, listSlots } from "@/db/queries/schedule";
import { firstAdmin } from "@/db/queries/users";
import { draftScenario } from "@/server/services/draft";
import { requireEdition } from "@/server/services/editions";
import { forgetPublished } from "@/server/services/public";
import { copyDatabase } from "./figures";
import { type Figure, figure, notAvailable } from "./results";

export const DRAFT_FILMS = 300;
const TARGET = { op: "<=" as const, value: 10 };

/** Seconds to draft `films` x 2 into an empty copy of the edition's slots; the solver's status and gap in the note. */
export async function draftFigure(o: {
  database: string;
  workDir: string;
  slug: string;
  films?: number;
  log?: (s: string) => void;
}): Promise<Figure> {
  const n = o.films ?? DRAFT_FILMS;
  const name = `draft ${n} films x 2 into an empty scenario (HiGHS)`;
  try {
    closeAll();
    forgetPublished();
    process.env.DATABASE_PATH = copyDatabase(o.database, path.join(o.workDir, "draft.db"));
    const db = getDb();
    const admin = firstAdmin(db);
    if (!admin) throw new Error("no admin");
    const edition = requireEdition(db, o.slug);
    const slots = listSlots(db, edition.id);
    const scenario = transaction((tx) => {
      const s = insertScenario(tx, edition.id, "bench draft");
      for (const slot of slots) insertSlot(tx, edition.id, { venueId: slot.venueId, startsAt: slot.startsAt, endsAt: slot.endsAt }, s.id);
      return s;
    });
    const films = listFilms(db, undefined, 100_000)
      .filter((f) => f.runtimeMinutes !== null)
      .slice(0, n);
    o.log?.(`draft: ${films.length} films x 2 into ${slots.length} empty slots`);
    const body = { films: films.map((f) => ({ filmId: f.id, screenings: 2 })), timeLimitSeconds: 10 };
    // A warm-up draft into a scenario of its own: the server's solver worker is warm after its first draft.
    const warm = insertScenario(db, edition.id, "bench draft warm-up");
    for (const slot of slots.slice(0, 50))
      insertSlot(db, edition.id, { venueId: slot.venueId, startsAt: slot.startsAt, endsAt: slot.endsAt }, warm.id);
    await draftScenario(admin, o.slug, warm.id, body);
    const t0 = performance.now();
    const r = await draftScenario(admin, o.slug, scenario.id, body);
    const seconds = (performance.now() - t0) / 1000;
    const gap = r.solver.gap === undefined ? "no gap reported" : `gap ${(r.solver.gap * 100).toFixed(2)}%`;
    const note = `${r.placed.length} of ${films.length * 2} screenings placed; solver ${r.solver.status}, ${gap}, ${r.solver.seconds} s in HiGHS`;
    o.log?.(`draft: ${note}`);
    const reasons = new Map<string, number>();
    for (const u of r.unplaced) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
    for (const [reason, count] of reasons) o.log?.(`draft: ${count} x ${reason}`);
    return figure(name, "s", [seconds], TARGET, note);
  } catch (e) {
    return notAvailable(name, "s", TARGET, `the draft failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  } finally {
    closeAll();
  }
}
