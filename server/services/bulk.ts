/**
 * Loading a whole generated festival at once (benchmarks, demos of scale): the
 * edition and venues through the ordinary services, films and the schedule in
 * one transaction of bulk inserts, then a release (which must not be blocked:
 * the generated schedule is free of error conflicts), then the few deliberate
 * clashes the generator asks for, so the conflict analysis has work to find.
 */

import type { DeliberateConflict, GeneratedFestival } from "@/bench/festival-data";
import { transaction } from "@/db/client";
import { insertFilmsBulk, insertScheduleBulk, setScreeningFilms, setSlotEnd } from "@/db/queries/bulk";
import { getEditionBySlug } from "@/db/queries/editions";
import { dedupeKey } from "@/lib/catalogue/dedupe";
import { itemAt } from "@/lib/lists";
import { type Actor, authorise } from "@/server/auth";
import { ServiceError } from "@/server/errors";
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
  const filmIds = transaction((db) =>
    insertFilmsBulk(
      db,
      data.films.map((f) => ({
        ...f,
        originalTitle: null,
        cast: [],
        internalNotes: null,
        flags: derivedFlags(f),
        dedupeKey: dedupeKey(f),
      })),
    ).map((f) => f.id),
  );
  const { slotIds, screeningIds } = transaction((db) =>
    insertScheduleBulk(
      db,
      edition.id,
      data.screenings.map((s) => ({
        venueId: itemAt(venues, s.venue, "venue").id,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        screening: {
          filmIds: s.films.map((i) => itemAt(filmIds, i, "film")),
          preShowMinutes: s.preShowMinutes,
          introMinutes: s.introMinutes,
          qaMinutes: s.qaMinutes,
          status: s.status,
        },
      })),
    ),
  );
  const release = publishRelease(actor, data.edition.slug, { note: "Generated programme" });

  // After the release: the deliberate clashes (a double-booked screen, a slot before the festival, a slot cut short, one print in two places).
  const deliberate: LoadedDeliberate[] = [];
  if (options.deliberate !== false) {
    transaction((db) => {
      for (const c of data.deliberate) {
        if (c.addSlot) {
          const added = insertScheduleBulk(db, edition.id, [
            {
              venueId: itemAt(venues, c.addSlot.venue, "venue").id,
              startsAt: new Date(c.addSlot.startsAt),
              endsAt: new Date(c.addSlot.endsAt),
              screening: c.addSlot.screening
                ? {
                    filmIds: c.addSlot.screening.films.map((i) => itemAt(filmIds, i, "film")),
                    preShowMinutes: 0,
                    introMinutes: 0,
                    qaMinutes: 0,
                    status: c.addSlot.screening.status,
                  }
                : null,
            },
          ]);
          deliberate.push({ type: c.type, slotId: itemAt(added.slotIds, 0, "added slot") });
        } else if (c.edit) {
          const slotId = itemAt(slotIds, c.edit.screening, "screening");
          const screeningId = itemAt(screeningIds, c.edit.screening, "screening");
          if (c.edit.endsAt) setSlotEnd(db, slotId, new Date(c.edit.endsAt));
          if (c.edit.films && screeningId !== null)
            setScreeningFilms(
              db,
              screeningId,
              c.edit.films.map((i) => itemAt(filmIds, i, "film")),
            );
          deliberate.push({ type: c.type, slotId });
        }
      }
    });
  }
  const added = deliberate.filter((_, i) => data.deliberate[i]?.addSlot).length;
  return {
    slug: data.edition.slug,
    films: filmIds.length,
    slots: slotIds.length + added,
    screenings: data.screenings.length,
    releaseVersion: release.version,
    deliberateConflicts: deliberate.length,
    deliberate,
  };
}
