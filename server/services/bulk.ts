/**
 * Loading a whole generated festival at once (benchmarks, demos of scale): the
 * edition and venues through the ordinary services, films and the schedule in
 * one transaction of bulk inserts, then a release, then a few deliberate clashes.
 */
import { transaction } from "../../db/client";
import { insertFilmsBulk, insertScheduleBulk, type BulkScreening } from "../../db/queries/bulk";
import { getEditionBySlug } from "../../db/queries/editions";
import { dedupeKey } from "../../lib/catalogue/dedupe";
import type { GeneratedFestival } from "../../bench/festival-data";
import { authorise, type Actor } from "../auth";
import { ServiceError } from "../errors";
import { createEdition, createVenue } from "./editions";
import { derivedFlags } from "./films";
import { publishRelease } from "./releases";

export interface LoadedFestival {
  slug: string;
  films: number;
  slots: number;
  releaseVersion: number;
  deliberateConflicts: number;
}

export function loadGeneratedFestival(actor: Actor, data: GeneratedFestival): LoadedFestival {
  authorise(actor, "admin");
  createEdition(actor, data.edition);
  const venues = data.venues.map((v) => createVenue(actor, data.edition.slug, v));
  const edition = transaction((db) => getEditionBySlug(db, data.edition.slug));
  if (!edition) throw new ServiceError("not_found", "edition vanished");
  const filmIds = transaction((db) =>
    insertFilmsBulk(
      db,
      data.films.map((f) => ({ ...f, originalTitle: null, cast: [], internalNotes: null, flags: derivedFlags(f), dedupeKey: dedupeKey(f) })),
    ),
  );
  const slotIds = transaction((db) =>
    insertScheduleBulk(
      db,
      edition.id,
      data.screenings.map((s) => ({
        venueId: venues[s.venue].id,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        screening: { filmIds: s.films.map((i) => filmIds[i]), preShowMinutes: s.preShowMinutes, introMinutes: s.introMinutes, qaMinutes: s.qaMinutes, status: s.status },
      })),
    ),
  );
  const release = publishRelease(actor, data.edition.slug, { note: "Generated programme" });

  // After the release: a few clashes for the conflict analysis to find (a double-booked screen, one print in two places).
  let deliberate = 0;
  transaction((db) => {
    const picks = data.screenings.slice(0, 3);
    const extra: BulkScreening[] = picks.map((s) => ({
      venueId: venues[s.venue].id,
      startsAt: new Date(new Date(s.startsAt).getTime() + 10 * 60_000),
      endsAt: new Date(new Date(s.endsAt).getTime() + 10 * 60_000),
      screening: null,
    }));
    const other = data.screenings.find((s) => s.venue !== picks[0]?.venue);
    if (other && picks[0]) {
      extra.push({
        venueId: venues[other.venue].id,
        startsAt: new Date(picks[0].startsAt),
        endsAt: new Date(picks[0].endsAt),
        screening: { filmIds: picks[0].films.map((i) => filmIds[i]), preShowMinutes: 0, introMinutes: 0, qaMinutes: 0, status: "tentative" },
      });
    }
    insertScheduleBulk(db, edition.id, extra);
    deliberate = extra.length;
  });
  return { slug: data.edition.slug, films: filmIds.length, slots: slotIds.length + deliberate, releaseVersion: release.version, deliberateConflicts: deliberate };
}
