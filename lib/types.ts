/**
 * The festival's vocabulary, shared by the pure rules in lib/, the database
 * mappers in db/, the service layer and the UI. Plain data only.
 *
 * Instants are `Date` (UTC) inside the app; they are shown and returned in the
 * edition's zone. Calendar days are ISO strings `yyyy-mm-dd`; clock times `HH:MM`.
 */

export type FilmFlag = "missing-title" | "missing-runtime" | "personal-data";

/** A film's poster or still, stored beside the database and served in responsive sizes. */
export interface FilmImage {
  /** The stored image's name (content hash), from which every size's address is made. */
  key: string;
  /** The original's pixel size. */
  width: number;
  height: number;
  /** Required: the film's title by default. */
  alt: string;
}

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
  /** Age rating as the festival prints it ("12", "PG-13", "M/16"). */
  rating: string | null;
  /** The festival's strand ("Labour on screen", "Shorts"). */
  section: string | null;
  image: FilmImage | null;
  synopsis: string | null;
  /** Programmer text per language: {pt: {title, synopsis}} (issue 17 §3); absent: none. */
  translations?: Translations;
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
  /** The festival's colour on its public pages, "#rrggbb"; null: Lineup's own. */
  accentColor: string | null;
  /** The festival's logo (sanitised SVG or PNG), stored beside the database; null: the name alone. */
  logo: EditionLogo | null;
  /** Origins that may frame the embeddable listing (CSP frame-ancestors), e.g. ["https://festival.example"]; none: no site. */
  embedOrigins: string[];
  /** The public site's languages (issue 17 §3), e.g. ["pt", "en"]; empty: English only, at today's paths. */
  locales: string[];
  /** The language at the paths without a prefix (one of `locales` when there are any). */
  defaultLocale: string;
  /** The edition's name per language: {pt: {name}}. */
  translations: Translations;
  version: number;
}

export interface EditionLogo {
  key: string;
  type: "svg" | "png";
  width: number;
  height: number;
}

export interface Venue {
  id: number;
  editionId: number;
  slug: string;
  name: string;
  capacity: number | null;
  /** Minimum gap between two slots in this venue. */
  changeoverMinutes: number;
  /** Step-free access: every screening there carries the `step-free` mark. */
  stepFree: boolean;
  /** Doors open this many minutes before a screening (staff sheets). */
  doorsMinutes: number;
  /** The venue's name per language: {pt: {name}}; absent: none. */
  translations?: Translations;
  version: number;
}

/** Minutes to walk from one venue to another (issue 17); the other way is the same unless given too. */
export interface WalkingPair {
  fromVenueId: number;
  toVenueId: number;
  minutes: number;
}

export interface Slot {
  id: number;
  editionId: number;
  venueId: number;
  startsAt: Date;
  endsAt: Date;
  version: number;
  /** null or absent: the working lineup; otherwise the scenario the slot belongs to (issue 16). */
  scenarioId?: number | null;
  /** A hold's private note: the slot is kept (never public). */
  holdNote?: string | null;
}

/** Programmer text per language and field: {pt: {title: "Os Grevistas"}} (issue 17 §3). */
export type Translations = Record<string, Record<string, string>>;

export type ScreeningStatus = "tentative" | "confirmed" | "cancelled";

/** Access marks of a screening; `step-free` comes from the venue. */
export const ACCESSIBILITY = ["open-captions", "closed-captions", "audio-description", "relaxed", "sign-language", "step-free"] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];

/** What is projected. */
export const SCREENING_FORMATS = ["DCP", "35mm", "16mm", "digital file"] as const;
export type ScreeningFormat = (typeof SCREENING_FORMATS)[number];

/** Where tickets stand; published at once by a status-only release. */
export const TICKET_AVAILABILITY = ["on-sale", "few-left", "sold-out", "free", "at-door", "not-yet"] as const;
export type TicketAvailability = (typeof TICKET_AVAILABILITY)[number];

/** A person attending a screening, in the role they have there ("director", "moderator"). */
export interface ScreeningGuest {
  personId: number;
  role: string | null;
}

/** A guest (director, cast, speaker, moderator). Internal notes never reach a public output. */
export interface Person {
  id: number;
  name: string;
  /** Their usual role; a screening may give another. */
  role: string | null;
  internalNotes: string | null;
  /** When they are at the festival; empty: always. */
  availability: { from: Date; to: Date }[];
  version: number;
}

/** A screening's programme, language and access, and tickets: what `PUT .../screening` sets besides films and minutes. */
export type ScreeningDetails = Pick<
  Screening,
  | "title"
  | "description"
  | "languages"
  | "subtitles"
  | "accessibility"
  | "format"
  | "internalNotes"
  | "ticketUrl"
  | "availability"
  | "guests"
  | "translations"
>;

export interface Screening {
  id: number;
  slotId: number;
  /** Ordered: a feature, a double bill, a shorts programme. */
  filmIds: number[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: ScreeningStatus;
  /** A programme's name ("Shorts: Work and Hands"); null: the films' titles. */
  title: string | null;
  description: string | null;
  /** Spoken languages; null: the films' own. */
  languages: string[] | null;
  /** Subtitle language ("English"); null: the films' own. */
  subtitles: string | null;
  accessibility: Accessibility[];
  format: ScreeningFormat | null;
  /** Staff only (the print's source, the projectionist's notes): never public. */
  internalNotes: string | null;
  ticketUrl: string | null;
  availability: TicketAvailability | null;
  guests: ScreeningGuest[];
  /** The programme's title and description per language: {pt: {title, description}}; absent: none. */
  translations?: Translations;
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

export type ConflictType =
  | "venue-overlap"
  | "changeover"
  | "film-overlap"
  | "outside-festival"
  | "incomplete-film"
  | "does-not-fit"
  /** One guest in two screenings that overlap (with the walk between venues): an error when both are confirmed. */
  | "guest-overlap"
  /** A guest's screening outside their availability: a warning. */
  | "guest-unavailable";

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
export type SnapshotEdition = Pick<Edition, "slug" | "name" | "firstDay" | "lastDay" | "timeZone" | "dayBreak" | "accentColor" | "logo"> &
  /** Its languages (absent in releases before issue 17 and in the public JSON: English only). */
  Partial<Pick<Edition, "locales" | "defaultLocale" | "translations">>;
export type SnapshotVenue = Pick<Venue, "id" | "slug" | "name" | "capacity" | "stepFree" | "translations">;

/** A guest as the public sees them: a name and a role, never their notes or availability. */
export interface SnapshotGuest {
  personId: number;
  name: string;
  role: string | null;
}

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
  title: string | null;
  description: string | null;
  /** As set on the screening (null: the films' own; lib/screening-facts.ts resolves them). */
  languages: string[] | null;
  subtitles: string | null;
  /** The screening's marks with the venue's `step-free` added. */
  accessibility: Accessibility[];
  format: ScreeningFormat | null;
  ticketUrl: string | null;
  availability: TicketAvailability | null;
  guests: SnapshotGuest[];
  /** The programme's title and description per language (absent in releases before issue 17). */
  translations?: Translations;
  /** Grows by one in each release in which this screening changed (iCal SEQUENCE). */
  revision: number;
}

/** An immutable picture of what the public sees. Tentative screenings and internal notes never enter it. */
export interface ReleaseSnapshot {
  edition: SnapshotEdition;
  venues: SnapshotVenue[];
  films: PublicFilm[];
  screenings: SnapshotScreening[];
  /** The walking minutes between its venues (empty in releases made before issue 17). */
  walking: WalkingPair[];
}

export type ChangeType =
  | "new"
  | "moved"
  | "retimed"
  | "films-changed"
  | "cancelled"
  | "reinstated"
  | "removed"
  /** Programme title, description, languages, subtitles, access marks or format. */
  | "details-changed"
  | "guests-changed"
  /** Ticket link or availability ("now sold out"): what a status-only release carries. */
  | "tickets-changed";

export interface ReleaseChange {
  type: ChangeType;
  screeningId: number;
  /** Human sentence in the festival's zone, e.g. "Matewan moved from Cinema 1 to Hall B". */
  message: string;
}

/** `schedule`: the working lineup published; `tickets`: the previous release with new ticket availability only. */
export type ReleaseKind = "schedule" | "tickets";

export interface Release {
  version: number;
  kind: ReleaseKind;
  publishedAt: Date;
  note: string | null;
  changes: ReleaseChange[];
  snapshot: ReleaseSnapshot;
}
