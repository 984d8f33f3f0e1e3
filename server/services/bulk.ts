/**
 * Loading a whole generated festival at once (benchmarks, demos of scale): the
 * edition and venues through the ordinary services, films and the schedule in
 * one transaction of bulk inserts, then a release (which must not be blocked:
 * the generated schedule is free of error conflicts), then the few deliberate
 * clashes the generator asks for, so the conflict analysis has work to find.
 */

import { transaction } from "@/db/client";
import { insertFilmsBulk, insertScheduleBulk, setScreeningFilms, setSlotEnd } from "@/db/queries/bulk";
import { getEditionBySlug } from "@/db/queries/editions";
import { dedupeKey } from "@/lib/catalogue/dedupe";
import { type Actor, authorise } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import type { DeliberateConflict, GeneratedFestival } from "@/server/generated-festival";
import { createEdition, createVenue } from "./editions";
import { derivedFlags } from "./films";
import { publishRelease } from "./releases";

export interface LoadedDeliberate {
  type: DeliberateConflict["type"];
  /** The slot the clash is about: the added slot, or the slot of the edited screening. */
  slotId: number;
}

export interface LoadedFestival {
  slug: string;
  films: number;
  slots: number;
  screenings: number;
  releaseVersion: number;
  deliberateConflicts: number;
  deliberate: LoadedDeliberate[];
}

export function loadGeneratedFestival(actor: Actor, data: GeneratedFestival, options: { deliberate?: boolean } = {}): LoadedFestival {
  authorise(actor, "admin");
  createEdition(actor, data.edition);
  const venues = data.venues.map((v) => createVenue(actor, data.edition.slug, v));
  const edition = transaction((db) => getEditionBySlug(db, data.edition.slug));
  if (!edition) throw new ServiceError("not_found", "edition vanished");
  const ids: Ids = { venues: venues.map((v) => v.id), films: insertGeneratedFilms(data) };
  const { slotIds, screeningIds } = insertGeneratedSchedule(edition.id, ids, data);
  const release = publishRelease(actor, data.edition.slug, { note: "Generated programme" });
  // After the release: the deliberate clashes (a double-booked screen, a slot before the festival, a slot cut short, one print in two places).
  const deliberate = options.deliberate === false ? [] : addDeliberateClashes(edition.id, ids, { slotIds, screeningIds }, data);
  const added = deliberate.filter((_, i) => data.deliberate[i]?.addSlot).length;
  return {
    slug: data.edition.slug,
    films: ids.films.length,
    slots: slotIds.length + added,
    screenings: data.screenings.length,
    releaseVersion: release.version,
    deliberateConflicts: deliberate.length,
    deliberate,
  };
}

/** The database ids of the generated venues and films, by their index in the generated data. */
interface Ids {
  venues: number[];
  films: number[];
}

function insertGeneratedFilms(data: GeneratedFestival): number[] {
  return transaction((db) =>
    insertFilmsBulk(
      db,
      data.films.map((f) => ({
        ...f,
        originalTitle: null,
        cast: [],
        rating: null,
        section: null,
        internalNotes: null,
        flags: derivedFlags(f),
        dedupeKey: dedupeKey(f),
      })),
    ).map((f) => f.id),
  );
}

function insertGeneratedSchedule(editionId: number, ids: Ids, data: GeneratedFestival) {
  return transaction((db) =>
    insertScheduleBulk(
      db,
      editionId,
      data.screenings.map((s) => ({
        venueId: ids.venues[s.venue] ?? 0,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        screening: {
          filmIds: s.films.map((i) => ids.films[i] ?? 0),
          preShowMinutes: s.preShowMinutes,
          introMinutes: s.introMinutes,
          qaMinutes: s.qaMinutes,
          status: s.status,
        },
      })),
    ),
  );
}

function addDeliberateClashes(
  editionId: number,
  ids: Ids,
  schedule: { slotIds: number[]; screeningIds: (number | null)[] },
  data: GeneratedFestival,
): LoadedDeliberate[] {
  const deliberate: LoadedDeliberate[] = [];
  transaction((db) => {
    for (const c of data.deliberate) {
      if (c.addSlot) {
        const {
          slotIds: [id = 0],
        } = insertScheduleBulk(db, editionId, [
          {
            venueId: ids.venues[c.addSlot.venue] ?? 0,
            startsAt: new Date(c.addSlot.startsAt),
            endsAt: new Date(c.addSlot.endsAt),
            screening: c.addSlot.screening
              ? {
                  filmIds: c.addSlot.screening.films.map((i) => ids.films[i] ?? 0),
                  preShowMinutes: 0,
                  introMinutes: 0,
                  qaMinutes: 0,
                  status: c.addSlot.screening.status,
                }
              : null,
          },
        ]);
        deliberate.push({ type: c.type, slotId: id });
      } else if (c.edit) {
        const slotId = schedule.slotIds[c.edit.screening] ?? 0;
        const screeningId = schedule.screeningIds[c.edit.screening] ?? null;
        if (c.edit.endsAt) setSlotEnd(db, slotId, new Date(c.edit.endsAt));
        if (c.edit.films && screeningId !== null)
          setScreeningFilms(
            db,
            screeningId,
            c.edit.films.map((i) => ids.films[i] ?? 0),
          );
        deliberate.push({ type: c.type, slotId });
      }
    }
  });
  return deliberate;
}
