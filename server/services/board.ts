/**
 * The scheduling board's writes that are more than one row: moving a screening
 * from one slot to another, and laying out a daily pattern of slots. Each runs
 * in one transaction: all or nothing.
 */
import { getFilmsByIds } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import { patternSlot, type BoardSlot as SlotView } from "@/lib/board";
import { daysBetween, isClockTime, isIsoDay } from "@/lib/festival-time";
import type { Film, Slot } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { moveInput, patternInput } from "@/server/board-schemas";
import { notFound, ServiceError } from "@/server/errors";
import { parse, stale } from "@/server/validate";
import { authoriseIn, requireVenue } from "./editions";
import { lineupTransaction, type ScenarioId } from "./scenarios-lineup";
import { fitOf, refuseIfHeld, refuseUnlessAllowed, slotInLineup, viewsOfSlots } from "./schedule";

/**
 * Moves the screening in `fromSlotId` (keeping its identity) to the empty slot `toSlotId`.
 * 404 for an unknown slot or an empty `from`; 409 `stale_version` when `version`
 * is not the screening's; 409 `conflict` when the target has a screening; 422
 * `does_not_fit` (with the fit) when it would run over the target, as putScreening refuses.
 */
export function moveScreening(
  actor: Actor,
  slug: string,
  fromSlotId: number,
  toSlotId: number,
  input: { version?: number } = {},
  scenarioId: ScenarioId = null,
): { from: SlotView; to: SlotView } {
  authoriseIn(actor, slug, "edit");
  const { version: expected } = parse(moveInput.pick({ version: true }), input);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    const from = slotInLineup(db, edition, fromSlotId, scenarioId);
    const to = q.getSlot(db, edition.id, toSlotId);
    if (!to || to.scenarioId !== scenarioId) throw notFound(`Slot ${toSlotId}`, { toSlotId: "is not a slot of this edition's lineup" });
    const screening = q.getScreeningBySlot(db, fromSlotId);
    if (!screening) throw notFound(`Screening in slot ${fromSlotId}`);
    const films = getFilmsByIds(db, screening.filmIds);
    const byId = new Map(films.map((f) => [f.id, f]));
    const ordered = screening.filmIds.map((fid) => byId.get(fid)).filter((f): f is Film => !!f);
    if (expected !== undefined && expected !== screening.version) {
      const current = viewsOfSlots(db, edition, [from], scenarioId).get(fromSlotId)?.screening ?? null;
      throw stale("screening", current);
    }
    if (fromSlotId === toSlotId)
      throw new ServiceError("bad_request", "The screening is already in that slot", { toSlotId: "must be another slot" });
    refuseIfHeld(to);
    const occupant = q.getScreeningBySlot(db, toSlotId);
    if (occupant)
      throw new ServiceError("conflict", `Slot ${toSlotId} already has a screening; clear it first`, {
        toSlotId: "already has a screening",
      });
    refuseUnlessAllowed(fitOf(to, screening, ordered), screening.status);
    q.moveScreening(db, screening.id, toSlotId);
    const views = viewsOfSlots(db, edition, [from, to], scenarioId);
    const fromView = views.get(fromSlotId);
    const toView = views.get(toSlotId);
    if (!fromView || !toView) throw notFound(`Slot ${fromView ? toSlotId : fromSlotId}`);
    const result = { from: fromView, to: toView };
    audit(db, actor, {
      entity: "screening",
      entityId: screening.id,
      editionId: edition.id,
      action: "move",
      summary: `${result.to.screening?.films.map((f) => f.displayTitle).join(" + ")}: ${result.from.startsAt} -> ${result.to.startsAt}`,
      before: { slotId: fromSlotId, venueId: from.venueId, startsAt: result.from.startsAt },
      after: { slotId: toSlotId, venueId: to.venueId, startsAt: result.to.startsAt },
    });
    return result;
  });
}

/** The move route's body `{toSlotId, version}`, checked after the caller is authorised. */
export function moveScreeningRequest(
  actor: Actor,
  slug: string,
  fromSlotId: number,
  body: unknown,
  scenarioId: ScenarioId = null,
): { from: SlotView; to: SlotView } {
  authoriseIn(actor, slug, "edit");
  const { toSlotId, version: v } = parse(moveInput, body);
  return moveScreening(actor, slug, fromSlotId, toSlotId, { version: v }, scenarioId);
}

/**
 * "Every day 14:00, 17:00, 20:30 in Venue 2, 150 min": for each festival day of the
 * edition (or the `days` given), one slot per time, read with the day-break rule and
 * lasting `minutes` real minutes. One transaction: a time that is invalid (or does not
 * exist on one of the days, the night the clocks go forward) refuses the whole pattern
 * with 400 naming the field, and nothing is created.
 */
export function createSlotsFromPattern(actor: Actor, slug: string, input: unknown, scenarioId: ScenarioId = null): { slots: SlotView[] } {
  authoriseIn(actor, slug, "edit");
  const data = parse(patternInput, input);
  const badTime = data.times.findIndex((t) => !isClockTime(t));
  if (badTime >= 0)
    throw new ServiceError("bad_request", `Invalid times.${badTime}: must be a time like 20:30`, {
      [`times.${badTime}`]: "must be a time like 20:30 (00:00-23:59)",
    });
  const dup = data.times.findIndex((t, i) => data.times.indexOf(t) !== i);
  if (dup >= 0)
    throw new ServiceError("bad_request", `Invalid times.${dup}: ${data.times[dup]} is listed twice`, {
      [`times.${dup}`]: "is listed twice",
    });
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    requireVenue(db, edition, data.venueId);
    const all = daysBetween(edition.firstDay, edition.lastDay);
    const days = data.days ?? all;
    days.forEach((d, i) => {
      if (!isIsoDay(d) || !all.includes(d))
        throw new ServiceError("bad_request", `Invalid days.${i}: ${String(d).slice(0, 20)} is not a festival day of this edition`, {
          [`days.${i}`]: `must be a festival day from ${edition.firstDay} to ${edition.lastDay}`,
        });
    });
    const created: Slot[] = [];
    for (const day of [...new Set(days)]) {
      data.times.forEach((time, i) => {
        const r = patternSlot(day, time, data.minutes, edition.timeZone, edition.dayBreak);
        if ("error" in r)
          throw new ServiceError("bad_request", `Invalid times.${i}: on ${day} ${time} ${r.error}`, {
            [`times.${i}`]: `on ${day}: ${r.error}`,
          });
        created.push(q.insertSlot(db, edition.id, { venueId: data.venueId, startsAt: r.startsAt, endsAt: r.endsAt }, scenarioId));
      });
    }
    const views = [...viewsOfSlots(db, edition, created, scenarioId).values()];
    audit(db, actor, {
      entity: "slot",
      editionId: edition.id,
      action: "create-pattern",
      summary: `${views.length} slots at ${data.times.join(", ")}, ${data.minutes} min, in venue ${data.venueId}`,
      after: {
        slotIds: created.map((s) => s.id),
        venueId: data.venueId,
        times: data.times,
        minutes: data.minutes,
        days: [...new Set(days)],
      },
    });
    return { slots: views };
  });
}
