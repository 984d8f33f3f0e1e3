/**
 * Swapping two venues' festival day (issue 16 §3): when their slots pair up one to one by start
 * the screenings change slots and the slots stay; otherwise the slots themselves move to the
 * other venue with their screenings (lib/day-copy planVenueSwap). All or nothing, audited; the
 * same call again swaps back (the board's undo).
 */

import type { DB } from "@/db/client";
import { getVenue } from "@/db/queries/editions";
import { getFilmsByIds } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import { swapScreeningSlots } from "@/db/queries/screening-swap";
import { planVenueSwap } from "@/lib/day-copy";
import { localParts } from "@/lib/festival-time";
import { screeningRefusal } from "@/lib/fit";
import { displayTitle } from "@/lib/names";
import type { Edition, Film, Slot } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { venueSwapInput } from "@/server/copy-schemas";
import { invalid, ServiceError } from "@/server/errors";
import { parse } from "@/server/validate";
import { requireFestivalDay, slotsOfDay } from "./day-copy";
import { authoriseIn } from "./editions";
import { changeViews, type LineupChange } from "./lineup-views";
import { lineupTransaction, scenarioParam } from "./scenarios-lineup";
import { fitOf } from "./schedule";

/** 422 `does_not_fit` (nothing swapped) when a screening would run over the slot it moves into. */
function refuseOverruns(
  db: DB,
  edition: Edition,
  pairs: { a: number; b: number }[],
  byId: Map<number, Slot>,
  venueNames: Map<number, string>,
): void {
  const clock = (d: Date) => localParts(d, edition.timeZone).time;
  for (const { a, b } of pairs)
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const screening = q.getScreeningBySlot(db, from);
      const target = byId.get(to);
      if (!screening || !target) continue;
      const films = new Map(getFilmsByIds(db, screening.filmIds).map((f) => [f.id, f]));
      const ordered = screening.filmIds.map((id) => films.get(id)).filter((f): f is Film => !!f);
      const fit = fitOf(target, screening, ordered);
      if (!screeningRefusal(fit, screening.status)) continue;
      const what = screening.title ?? ordered.map(displayTitle).join(" + ");
      throw new ServiceError(
        "does_not_fit",
        `Nothing was swapped: ${what} would not fit the ${clock(target.startsAt)}-${clock(target.endsAt)} slot in ${venueNames.get(target.venueId) ?? "the other venue"}: ${fit.message}`,
        { day: "a screening would not fit the other venue's slot" },
        { fit, slotId: to },
      );
    }
}

/**
 * POST /api/v1/editions/{slug}/venues/swap `{day, venueA, venueB}`: 200 with both venues' slots
 * of that day after the swap, their screenings, fit and conflicts, and `mode` ("screenings":
 * the screenings changed slots; "slots": the slots changed venues).
 */
export function swapVenues(
  actor: Actor,
  slug: string,
  input: unknown,
  scenario: string | null = null,
): LineupChange & { mode: "screenings" | "slots" } {
  authoriseIn(actor, slug, "edit");
  const data = parse(venueSwapInput, input);
  if (data.venueA === data.venueB) throw invalid({ venueB: "must be another venue than venueA" });
  const scenarioId = scenarioParam(scenario);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    requireFestivalDay(edition, data.day, "day");
    const venueA = getVenue(db, edition.id, data.venueA);
    if (!venueA) throw invalid({ venueA: "is not a venue of this edition" });
    const venueB = getVenue(db, edition.id, data.venueB);
    if (!venueB) throw invalid({ venueB: "is not a venue of this edition" });
    const slotsA = slotsOfDay(db, edition, data.day, scenarioId, [venueA.id]);
    const slotsB = slotsOfDay(db, edition, data.day, scenarioId, [venueB.id]);
    const plan = planVenueSwap(slotsA, slotsB, venueA.id, venueB.id);
    const all = [...slotsA, ...slotsB];
    let moved: number[];
    if (plan.mode === "screenings") {
      const names = new Map([
        [venueA.id, venueA.name],
        [venueB.id, venueB.name],
      ]);
      refuseOverruns(db, edition, plan.pairs, new Map(all.map((s) => [s.id, s])), names);
      moved = swapScreeningSlots(db, plan.pairs);
    } else {
      for (const m of plan.moves) q.updateSlot(db, m.slotId, { venueId: m.toVenueId });
      moved = plan.moves.map((m) => m.slotId);
    }
    audit(db, actor, {
      entity: "venue",
      entityId: venueA.id,
      editionId: edition.id,
      action: "swap",
      summary: `${venueA.name} and ${venueB.name} swapped on ${data.day} (${plan.mode === "screenings" ? `${moved.length} screenings changed slots` : `${moved.length} slots changed venues`})${scenarioId ? ` in scenario ${scenarioId}` : ""}`,
      before: {
        day: data.day,
        venueA: venueA.id,
        venueB: venueB.id,
        scenarioId,
        slotsA: slotsA.map((s) => s.id),
        slotsB: slotsB.map((s) => s.id),
      },
      after: { mode: plan.mode, moved },
    });
    return { ...changeViews(db, edition, all, scenarioId), mode: plan.mode };
  });
}
