/**
 * The festival's vocabulary, shared by the pure rules in lib/, the database
 * mappers in db/, the service layer and the UI. Plain data only.
 *
 * Instants are `Date` (UTC) inside the app; they are shown and returned in the
 * edition's zone. Calendar days are ISO strings `yyyy-mm-dd`; clock times `HH:MM`.
 */

export type FilmFlag = "missing-title" | "missing-runtime" | "personal-data";

export interface Film {
  id: number;
  /** null when the source gave none (flagged `missing-title`); never invented. */
  title: string | null;
  originalTitle: string | null;
  year: number | null;
  directors: string[];
  /** Principal cast ("Starring"). */
  cast: string[];
  countries: string[];
  /** Whole minutes; null when unknown. */
  runtimeMinutes: number | null;
  languages: string[];
  subtitles: string | null;
  genre: string | null;
  synopsis: string | null;
  /** Never public: anything the importer could not place, personal data, staff notes. */
  internalNotes: string | null;
  flags: FilmFlag[];
  version: number;
}

/** What the schedule's rules and the board need of a film: its name and its runtime. */
export type FilmName = Pick<Film, "id" | "title" | "year" | "directors" | "runtimeMinutes">;

/** What of a film may reach a public page, a release, an export or the public API. */
export type PublicFilm = Omit<Film, "internalNotes" | "flags" | "version">;

export interface Edition {
  id: number;
  slug: string;
  name: string;
  firstDay: string;
  lastDay: string;
  /** IANA zone, e.g. "Europe/Lisbon". */
  timeZone: string;
  /** Local clock time at which one festival day ends and the next begins, "HH:MM" (default "06:00"). */
  dayBreak: string;
  version: number;
}

export interface Venue {
  id: number;
  editionId: number;
  slug: string;
  name: string;
  capacity: number | null;
  /** Minimum gap between two slots in this venue. */
  changeoverMinutes: number;
  version: number;
}

export interface Slot {
  id: number;
  editionId: number;
  venueId: number;
  startsAt: Date;
  endsAt: Date;
  version: number;
}

export type ScreeningStatus = "tentative" | "confirmed" | "cancelled";

export interface Screening {
  id: number;
  slotId: number;
  /** Ordered: a feature, a double bill, a shorts programme. */
  filmIds: number[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
  version: number;
}

/** One term of the fit sum, in display order. */
export interface FitTerm {
  label: string;
  minutes: number | null;
}

export interface FitResult {
  /** fits: total <= slot; over: total > slot; unknown: a runtime is missing. */
  status: "fits" | "over" | "unknown";
  slotMinutes: number;
  totalMinutes: number | null;
  spareMinutes: number | null;
  overByMinutes: number | null;
  terms: FitTerm[];
  /** e.g. "10 + 177 + 20 = 207 min > 180 min slot, over by 27 min" */
  message: string;
}

export type ConflictType = "venue-overlap" | "changeover" | "film-overlap" | "outside-festival" | "incomplete-film" | "does-not-fit";

export type Severity = "error" | "warning";

export interface Conflict {
  type: ConflictType;
  severity: Severity;
  message: string;
  slotIds: number[];
  filmIds: number[];
}

/* ---------- releases ---------- */

/** What a release keeps of the edition and its venues. */
export type SnapshotEdition = Pick<Edition, "slug" | "name" | "firstDay" | "lastDay" | "timeZone" | "dayBreak">;
export type SnapshotVenue = Pick<Venue, "id" | "slug" | "name" | "capacity">;

export interface SnapshotScreening {
  /** The screening's identity across releases. */
  id: number;
  venueId: number;
  /** ISO 8601 UTC. */
  startsAt: string;
  endsAt: string;
  filmIds: number[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: "confirmed" | "cancelled";
  /** Grows by one in each release in which this screening changed (iCal SEQUENCE). */
  revision: number;
}

/** An immutable picture of what the public sees. Tentative screenings and internal notes never enter it. */
export interface ReleaseSnapshot {
  edition: SnapshotEdition;
  venues: SnapshotVenue[];
  films: PublicFilm[];
  screenings: SnapshotScreening[];
}

export type ChangeType = "new" | "moved" | "retimed" | "films-changed" | "cancelled" | "reinstated" | "removed";

export interface ReleaseChange {
  type: ChangeType;
  screeningId: number;
  /** Human sentence in the festival's zone, e.g. "Matewan moved from Cinema 1 to Hall B". */
  message: string;
}

export interface Release {
  version: number;
  publishedAt: Date;
  note: string | null;
  changes: ReleaseChange[];
  snapshot: ReleaseSnapshot;
}
