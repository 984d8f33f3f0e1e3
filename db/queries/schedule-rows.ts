/**
 * Rows of slots and screenings -> lib's types, and which lineup a read is of: the row mapping
 * db/queries/schedule.ts and db/queries/screening-swap.ts share.
 */
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { DB } from "@/db/client";
import { screeningFilms, screeningGuests, screenings, slots } from "@/db/schema";
import { stripForbidden, stripForbiddenDeep } from "@/lib/text";
import type { Screening, ScreeningGuest, Slot } from "@/lib/types";
import { inChunks } from "./shared";

export type SlotRow = typeof slots.$inferSelect;

export function toSlot({ id, editionId, venueId, startsAt, endsAt, version, scenarioId, holdNote }: SlotRow): Slot {
  return { id, editionId, venueId, startsAt, endsAt, version, scenarioId, holdNote };
}

/**
 * Every read below is of one lineup: the working one (scenarioId null, the default) or a
 * scenario's (issue 16). A slot's screening is always in the slot's lineup.
 */
export type ScenarioId = number | null;

export const slotsOf = (scenarioId: ScenarioId): SQL => (scenarioId === null ? isNull(slots.scenarioId) : eq(slots.scenarioId, scenarioId));
export const screeningsOf = (scenarioId: ScenarioId): SQL =>
  scenarioId === null ? isNull(screenings.scenarioId) : eq(screenings.scenarioId, scenarioId);

export type ScreeningRow = typeof screenings.$inferSelect;

export type Link = { screeningId: number; filmId: number; position: number };
type GuestLink = { screeningId: number; personId: number; role: string | null };

function guestsOf(db: DB, ids: number[], editionId?: number, scenarioId: ScenarioId = null): Map<number, ScreeningGuest[]> {
  const links: GuestLink[] =
    editionId === undefined
      ? inChunks(ids, (chunk) =>
          db
            .select({ screeningId: screeningGuests.screeningId, personId: screeningGuests.personId, role: screeningGuests.role })
            .from(screeningGuests)
            .where(inArray(screeningGuests.screeningId, chunk))
            .orderBy(asc(screeningGuests.screeningId), asc(screeningGuests.position))
            .all(),
        )
      : db
          .select({ screeningId: screeningGuests.screeningId, personId: screeningGuests.personId, role: screeningGuests.role })
          .from(screeningGuests)
          .innerJoin(screenings, eq(screenings.id, screeningGuests.screeningId))
          .where(and(eq(screenings.editionId, editionId), screeningsOf(scenarioId)))
          .orderBy(asc(screeningGuests.screeningId), asc(screeningGuests.position))
          .all();
  const byScreening = new Map<number, ScreeningGuest[]>();
  for (const l of links) {
    const list = byScreening.get(l.screeningId) ?? [];
    list.push({ personId: l.personId, role: l.role === null ? null : stripForbidden(l.role) });
    byScreening.set(l.screeningId, list);
  }
  return byScreening;
}

const cleanText = (text: string | null): string | null => (text === null ? null : stripForbidden(text));

export function withFilmIds(db: DB, rows: ScreeningRow[], known?: Link[], editionId?: number, scenarioId: ScenarioId = null): Screening[] {
  if (rows.length === 0) return [];
  const links: Link[] =
    known ??
    inChunks(
      rows.map((r) => r.id),
      (ids) =>
        db
          .select()
          .from(screeningFilms)
          .where(inArray(screeningFilms.screeningId, ids))
          .orderBy(asc(screeningFilms.screeningId), asc(screeningFilms.position))
          .all(),
    );
  const byScreening = new Map<number, number[]>();
  for (const l of links) {
    const list = byScreening.get(l.screeningId) ?? [];
    list.push(l.filmId);
    byScreening.set(l.screeningId, list);
  }
  const guests = guestsOf(
    db,
    rows.map((r) => r.id),
    editionId,
    scenarioId,
  );
  return rows.map((r) => ({
    id: r.id,
    slotId: r.slotId,
    filmIds: byScreening.get(r.id) ?? [],
    preShowMinutes: r.preShowMinutes,
    introMinutes: r.introMinutes,
    qaMinutes: r.qaMinutes,
    status: r.status,
    // the programme's text in every language, without control characters an older version let in
    ...stripForbiddenDeep({ title: r.title, description: r.description, translations: r.translations }),
    languages: r.languages === null ? null : r.languages.map(stripForbidden),
    subtitles: cleanText(r.subtitles),
    accessibility: r.accessibility,
    format: r.format,
    internalNotes: cleanText(r.internalNotes),
    ticketUrl: r.ticketUrl,
    availability: r.availability,
    guests: guests.get(r.id) ?? [],
    version: r.version,
  }));
}
