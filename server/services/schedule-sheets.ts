/**
 * Staff sheets: one festival day of the WORKING lineup (not the release), per venue, as
 * projection and front of house run it (lib/staff-sheet.ts lays it out). Internal notes
 * included: any signed-in role of the edition may read it, the public never.
 */
import { getDb } from "@/db/client";
import { listVenues } from "@/db/queries/editions";
import { getFilmsByIds } from "@/db/queries/films";
import { getPeopleByIds } from "@/db/queries/people";
import * as q from "@/db/queries/schedule";
import { dayLabel, festivalDayWindow, isIsoDay } from "@/lib/festival-time";
import { staffSheets as layOut, type StaffSheets } from "@/lib/staff-sheet";
import type { Actor } from "@/server/auth";
import { invalid, notFound } from "@/server/errors";
import { authoriseIn, requireEdition } from "./editions";

export interface StaffSheetsView extends StaffSheets {
  edition: { slug: string; name: string; timeZone: string };
  label: string;
}

export function staffSheets(actor: Actor, slug: string, day: string): StaffSheetsView {
  authoriseIn(actor, slug, "read");
  if (!isIsoDay(day)) throw invalid({ day: "must be a festival day like 2026-10-23" });
  // One synchronous run of reads: no write of this process lands between them.
  const db = getDb();
  const edition = requireEdition(db, slug);
  if (day < edition.firstDay || day > edition.lastDay) throw notFound(`Festival day ${day}`);
  const { start, end } = festivalDayWindow(day, edition.timeZone, edition.dayBreak);
  const screenings = q.listScreeningsStarting(db, edition.id, start, end);
  const films = getFilmsByIds(db, [...new Set(screenings.flatMap((s) => s.filmIds))]);
  const people = getPeopleByIds(db, [...new Set(screenings.flatMap((s) => s.guests.map((g) => g.personId)))]);
  const sheets = layOut({
    edition,
    day,
    venues: listVenues(db, edition.id),
    slots: q.listSlotsStarting(db, edition.id, start, end),
    screenings,
    films: new Map(films.map((f) => [f.id, f])),
    people: new Map(people.map((p) => [p.id, p])),
  });
  return { ...sheets, edition: { slug: edition.slug, name: edition.name, timeZone: edition.timeZone }, label: dayLabel(day) };
}
