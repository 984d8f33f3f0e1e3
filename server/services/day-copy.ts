/**
 * Copying a festival day's slots (and their screenings, as tentative) to another festival day
 * of the same lineup, keeping each slot's local clock times (lib/day-copy), and undoing such a
 * copy while what it made is unchanged. All or nothing, in one transaction, audited.
 */
import type { DB } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmsByIds } from "@/db/queries/films";
import * as q from "@/db/queries/schedule";
import { type CopyOverlap, type PlannedCopy, planDayCopy } from "@/lib/day-copy";
import { daysBetween, festivalDayWindow, isIsoDay, localParts } from "@/lib/festival-time";
import type { Edition, Film, Screening, Slot } from "@/lib/types";
import { audit } from "@/server/audit";
import type { Actor } from "@/server/auth";
import { copyDayInput, copyUndoInput } from "@/server/copy-schemas";
import { invalid, ServiceError } from "@/server/errors";
import { parse, stale } from "@/server/validate";
import { authoriseIn } from "./editions";
import { changeViews, type LineupChange } from "./lineup-views";
import { lineupTransaction, scenarioParam } from "./scenarios-lineup";
import { fitOf, refuseUnlessAllowed } from "./schedule";

const DAY_MS = 86_400_000;

/** 400 naming `field` unless `day` is one of the edition's festival days. */
export function requireFestivalDay(edition: Edition, day: string, field: string): void {
  if (!isIsoDay(day) || !daysBetween(edition.firstDay, edition.lastDay).includes(day))
    throw invalid({ [field]: `must be a festival day from ${edition.firstDay} to ${edition.lastDay}` });
}

/** The lineup's slots that start on festival `day` (of these venues when given). */
export function slotsOfDay(db: DB, edition: Edition, day: string, scenarioId: number | null, venueIds?: readonly number[]): Slot[] {
  const { start, end } = festivalDayWindow(day, edition.timeZone, edition.dayBreak);
  const all = q.listSlotsStarting(db, edition.id, start, end, undefined, undefined, scenarioId);
  return venueIds ? all.filter((s) => venueIds.includes(s.venueId)) : all;
}

function overlapRefusal(
  edition: Edition,
  venues: Map<number, string>,
  existing: Map<number, Slot>,
  overlaps: CopyOverlap[],
  copies: PlannedCopy[],
): ServiceError {
  const clock = (d: Date) => localParts(d, edition.timeZone).time;
  const details = overlaps.map((o) => {
    const copy = copies.find((c) => c.sourceId === o.sourceId);
    const other = existing.get(o.existingId);
    return {
      sourceSlotId: o.sourceId,
      existingSlotId: o.existingId,
      venueId: o.venueId,
      venue: venues.get(o.venueId) ?? `Venue ${o.venueId}`,
      copy: copy ? `${clock(copy.startsAt)}-${clock(copy.endsAt)}` : "",
      existing: other ? `${clock(other.startsAt)}-${clock(other.endsAt)}` : "",
    };
  });
  const first = details[0];
  const said = first ? `${first.venue} ${first.copy} would overlap the slot there at ${first.existing}` : "";
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : "";
  return new ServiceError(
    "conflict",
    `Nothing was copied: ${said}${more}. Clear those slots or copy fewer venues.`,
    { toDay: `has ${details.length} slot${details.length === 1 ? "" : "s"} in the way of the copy` },
    { overlaps: details },
  );
}

/** The source screening as a tentative copy: films, guests and details; not its ticket link or availability. */
function tentativeCopy(s: Screening): q.ScreeningData {
  const { id: _id, slotId: _slotId, version: _version, ...data } = s;
  return { ...data, status: "tentative", ticketUrl: null, availability: null };
}

/**
 * POST /api/v1/editions/{slug}/days/{day}/copy `{toDay, venueIds?, withScreenings}`: 201 with the
 * slots made, their screenings, fit and conflicts. 409 `conflict` (nothing written) when a copy
 * would overlap a slot at its venue; 422 when a start does not exist on `toDay` or a screening
 * would not fit its copied slot (the DST nights).
 */
export function copyDay(actor: Actor, slug: string, day: string, input: unknown, scenario: string | null = null): LineupChange {
  authoriseIn(actor, slug, "edit");
  const data = parse(copyDayInput, input);
  const scenarioId = scenarioParam(scenario);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    requireFestivalDay(edition, day, "day");
    requireFestivalDay(edition, data.toDay, "toDay");
    if (data.toDay === day) throw invalid({ toDay: "must be another festival day than the one copied" });
    const venues = new Map(listVenues(db, edition.id).map((v) => [v.id, v.name]));
    data.venueIds?.forEach((v, i) => {
      if (!venues.has(v)) throw invalid({ [`venueIds.${i}`]: "is not a venue of this edition" });
    });
    const source = slotsOfDay(db, edition, day, scenarioId, data.venueIds);
    if (!source.length)
      throw new ServiceError("unprocessable", `There are no slots on ${day}${data.venueIds ? " in those venues" : ""} to copy`, {
        [data.venueIds ? "venueIds" : "day"]: "has no slots to copy",
      });
    const target = festivalDayWindow(data.toDay, edition.timeZone, edition.dayBreak);
    const around = q.listSlotsStarting(
      db,
      edition.id,
      new Date(target.start.getTime() - DAY_MS),
      target.end,
      undefined,
      undefined,
      scenarioId,
    );
    const plan = planDayCopy(source, around, data.toDay, edition.timeZone, edition.dayBreak);
    if ("error" in plan)
      throw new ServiceError("unprocessable", `Nothing was copied: on ${data.toDay} ${plan.error}`, { toDay: plan.error });
    if (plan.overlaps.length) throw overlapRefusal(edition, venues, new Map(around.map((s) => [s.id, s])), plan.overlaps, plan.copies);
    const created: Slot[] = [];
    const screeningIds: number[] = [];
    for (const c of plan.copies) {
      const slot = q.insertSlot(db, edition.id, { venueId: c.venueId, startsAt: c.startsAt, endsAt: c.endsAt }, scenarioId);
      created.push(slot);
      const original = data.withScreenings ? q.getScreeningBySlot(db, c.sourceId) : null;
      if (!original || original.status === "cancelled") continue;
      const films = getFilmsByIds(db, original.filmIds);
      const byId = new Map(films.map((f) => [f.id, f]));
      const ordered = original.filmIds.map((id) => byId.get(id)).filter((f): f is Film => !!f);
      refuseUnlessAllowed(fitOf(slot, original, ordered), "tentative");
      const made = q.putScreening(db, edition.id, slot.id, tentativeCopy(original));
      if (made) screeningIds.push(made.id);
    }
    audit(db, actor, {
      entity: "slot",
      editionId: edition.id,
      action: "copy-day",
      summary: `${created.length} slots (${screeningIds.length} screenings, tentative) copied from ${day} to ${data.toDay}${scenarioId ? ` in scenario ${scenarioId}` : ""}`,
      after: {
        fromDay: day,
        toDay: data.toDay,
        venueIds: data.venueIds ?? null,
        withScreenings: data.withScreenings,
        scenarioId,
        slotIds: created.map((s) => s.id),
        screeningIds,
      },
    });
    return changeViews(db, edition, created, scenarioId);
  });
}

/**
 * POST /api/v1/editions/{slug}/days/{day}/copy/undo `{slots: [{id, version, screeningVersion}]}`
 * (the slots a copy answered with): deletes them with their screenings when every one is as the
 * copy left it; otherwise 409 `stale_version` and nothing is deleted.
 */
export function undoDayCopy(actor: Actor, slug: string, day: string, input: unknown, scenario: string | null = null): { deleted: number } {
  authoriseIn(actor, slug, "edit");
  const data = parse(copyUndoInput, input);
  const scenarioId = scenarioParam(scenario);
  return lineupTransaction(slug, scenarioId, (db, edition) => {
    requireFestivalDay(edition, day, "day");
    const { start, end } = festivalDayWindow(day, edition.timeZone, edition.dayBreak);
    data.slots.forEach((want, i) => {
      const slot = q.getSlot(db, edition.id, want.id);
      const inDay = slot && slot.scenarioId === scenarioId && slot.startsAt >= start && slot.startsAt < end;
      if (!slot || !inDay) throw invalid({ [`slots.${i}.id`]: `is not a slot on ${day} of this lineup` });
      const screening = q.getScreeningBySlot(db, want.id);
      if (slot.version !== want.version || (screening?.version ?? null) !== want.screeningVersion)
        throw stale("copied slot", { slotId: slot.id, version: slot.version, screeningVersion: screening?.version ?? null });
    });
    for (const s of data.slots) {
      q.deleteScreeningOfSlot(db, s.id);
      q.deleteSlot(db, s.id);
    }
    audit(db, actor, {
      entity: "slot",
      editionId: edition.id,
      action: "undo-copy-day",
      summary: `${data.slots.length} copied slots on ${day} deleted (undo)`,
      before: { day, scenarioId, slots: data.slots },
    });
    return { deleted: data.slots.length };
  });
}
