/**
 * The database schema. Instants are stored as UTC epoch milliseconds; calendar
 * days as yyyy-mm-dd text; lists as JSON text. Every editable record carries a
 * `version` that grows by one on each update (optimistic concurrency).
 *
 * After changing this file: `npm run db:generate` and commit db/migrations.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Accessibility, EditionLogo, FilmFlag, FilmImage, ReleaseChange, ReleaseSnapshot, Translations } from "@/lib/types";
import { users } from "./schema-accounts";
import { now } from "./schema-columns";

export * from "./schema-accounts";

export const films = sqliteTable(
  "films",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title"),
    originalTitle: text("original_title"),
    year: integer("year"),
    directors: text("directors", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    cast: text("cast", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    countries: text("countries", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    runtimeMinutes: integer("runtime_minutes"),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    subtitles: text("subtitles"),
    genre: text("genre"),
    rating: text("rating"),
    section: text("section"),
    image: text("image", { mode: "json" }).$type<FilmImage>(),
    synopsis: text("synopsis"),
    /** Programmer text per language: {pt: {title: "...", synopsis: "..."}} (issue 17 §3). */
    translations: text("translations", { mode: "json" }).$type<Translations>().notNull().default(sql`'{}'`),
    internalNotes: text("internal_notes"),
    flags: text("flags", { mode: "json" }).$type<FilmFlag[]>().notNull().default(sql`'[]'`),
    /** Normalised title + year (or directors + year + runtime when untitled), for duplicate detection. */
    dedupeKey: text("dedupe_key").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("films_title_idx").on(t.title), index("films_dedupe_idx").on(t.dedupeKey)],
);

export const editions = sqliteTable(
  "editions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    firstDay: text("first_day").notNull(),
    lastDay: text("last_day").notNull(),
    timeZone: text("time_zone").notNull(),
    dayBreak: text("day_break").notNull().default("06:00"),
    accentColor: text("accent_color"),
    logo: text("logo", { mode: "json" }).$type<EditionLogo>(),
    /** The public site's languages (issue 17), e.g. ["pt", "en"]; empty: English only, at today's paths. */
    locales: text("locales", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** The language served at the paths without a locale prefix. */
    defaultLocale: text("default_locale").notNull().default("en"),
    /** Origins allowed to frame the embeddable listing (CSP frame-ancestors), e.g. ["https://festival.example"]. */
    embedOrigins: text("embed_origins", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Programmer text per language: {pt: {name: "..."}}. */
    translations: text("translations", { mode: "json" }).$type<Translations>().notNull().default(sql`'{}'`),
    version: integer("version").notNull().default(1),
    /**
     * Grows by one with every change to what the conflict rules read (the edition's days, its
     * venues, slots, screenings and their films), in the same transaction: bumped by the
     * triggers of migration 0003, never by code. The whole-edition analysis is cached per value.
     */
    lineupVersion: integer("lineup_version").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [uniqueIndex("editions_slug_unique").on(t.slug)],
);

export const venues = sqliteTable(
  "venues",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    capacity: integer("capacity"),
    changeoverMinutes: integer("changeover_minutes").notNull().default(0),
    stepFree: integer("step_free", { mode: "boolean" }).notNull().default(false),
    doorsMinutes: integer("doors_minutes").notNull().default(15),
    position: integer("position").notNull().default(0),
    /** Programmer text per language: {pt: {name: "..."}} (issue 17 §3). */
    translations: text("translations", { mode: "json" }).$type<Translations>().notNull().default(sql`'{}'`),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("venues_edition_slug_unique").on(t.editionId, t.slug)],
);

/**
 * Minutes to walk from one venue of an edition to another (issue 17): one row per direction
 * given; the other direction is the same unless given too (lib/walking.ts).
 */
export const walkingMinutes = sqliteTable(
  "walking_minutes",
  {
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    fromVenueId: integer("from_venue_id")
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    toVenueId: integer("to_venue_id")
      .notNull()
      .references(() => venues.id, { onDelete: "cascade" }),
    minutes: integer("minutes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.fromVenueId, t.toVenueId] })],
);

/**
 * A named copy of an edition's slots and screenings that programmers edit without touching the
 * working lineup (issue 16). The working lineup is the slots whose scenario_id is null.
 */
export const scenarios = sqliteTable(
  "scenarios",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("scenarios_edition_idx").on(t.editionId)],
);

export const slots = sqliteTable(
  "slots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    venueId: integer("venue_id")
      .notNull()
      .references(() => venues.id, { onDelete: "restrict" }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    /** null: the working lineup; otherwise the scenario the slot belongs to (issue 16). */
    scenarioId: integer("scenario_id").references(() => scenarios.id, { onDelete: "cascade" }),
    /** A hold: the slot is kept for something to come, with a private note (never public; issue 16 §4). */
    holdNote: text("hold_note"),
    version: integer("version").notNull().default(1),
  },
  // a venue's neighbouring slots (changeovers) and a day's slots are range reads on these
  (t) => [
    index("slots_edition_start_idx").on(t.editionId, t.startsAt),
    index("slots_venue_start_idx").on(t.venueId, t.startsAt),
    index("slots_scenario_idx").on(t.scenarioId),
  ],
);

export const screenings = sqliteTable(
  "screenings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    slotId: integer("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "restrict" }),
    preShowMinutes: integer("pre_show_minutes").notNull().default(0),
    introMinutes: integer("intro_minutes").notNull().default(0),
    qaMinutes: integer("qa_minutes").notNull().default(0),
    status: text("status", { enum: ["tentative", "confirmed", "cancelled"] })
      .notNull()
      .default("tentative"),
    title: text("title"),
    description: text("description"),
    /** null: the films' own. */
    languages: text("languages", { mode: "json" }).$type<string[]>(),
    subtitles: text("subtitles"),
    accessibility: text("accessibility", { mode: "json" }).$type<Accessibility[]>().notNull().default(sql`'[]'`),
    format: text("format", { enum: ["DCP", "35mm", "16mm", "digital file"] }),
    internalNotes: text("internal_notes"),
    ticketUrl: text("ticket_url"),
    availability: text("availability", { enum: ["on-sale", "few-left", "sold-out", "free", "at-door", "not-yet"] }),
    /** Always its slot's scenario_id (null: the working lineup), kept here for edition-wide reads. */
    scenarioId: integer("scenario_id").references(() => scenarios.id, { onDelete: "cascade" }),
    /** A scenario's copy: the screening it stands for (first of its copy chain; null: an original), to compare and promote. */
    originId: integer("origin_id"),
    /** Programmer text per language: {pt: {title: "...", description: "..."}} (issue 17 §3). */
    translations: text("translations", { mode: "json" }).$type<Translations>().notNull().default(sql`'{}'`),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("screenings_slot_unique").on(t.slotId),
    index("screenings_edition_idx").on(t.editionId),
    index("screenings_scenario_idx").on(t.scenarioId),
  ],
);

export const screeningFilms = sqliteTable(
  "screening_films",
  {
    screeningId: integer("screening_id")
      .notNull()
      .references(() => screenings.id, { onDelete: "cascade" }),
    filmId: integer("film_id")
      .notNull()
      .references(() => films.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.position] }), index("screening_films_film_idx").on(t.filmId)],
);

/** Guests (directors, cast, speakers, moderators): festival-wide, attached to screenings. */
export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    role: text("role"),
    internalNotes: text("internal_notes"),
    /** [{from, to}] as ISO instants; empty: always available. */
    availability: text("availability", { mode: "json" }).$type<{ from: string; to: string }[]>().notNull().default(sql`'[]'`),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("people_name_idx").on(t.name)],
);

/** A screening's guests, in order, each in the role they have there. */
export const screeningGuests = sqliteTable(
  "screening_guests",
  {
    screeningId: integer("screening_id")
      .notNull()
      .references(() => screenings.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: text("role"),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.personId] }), index("screening_guests_person_idx").on(t.personId)],
);

export const releases = sqliteTable(
  "releases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** schedule: the working lineup; tickets: the previous release with new ticket availability only. */
    kind: text("kind", { enum: ["schedule", "tickets"] })
      .notNull()
      .default("schedule"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    publishedBy: integer("published_by").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    snapshot: text("snapshot", { mode: "json" }).$type<ReleaseSnapshot>().notNull(),
    changes: text("changes", { mode: "json" }).$type<ReleaseChange[]>().notNull(),
  },
  (t) => [uniqueIndex("releases_edition_version_unique").on(t.editionId, t.version)],
);

/** A user's role in one edition; overrides the user's own (global) role there. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["admin", "publisher", "programmer", "viewer"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.editionId] })],
);

/**
 * Where each edition's public site was last published (issue 14 §2): one row per edition and
 * target ("dir": LINEUP_PUBLISH_DIR, "s3": LINEUP_PUBLISH_S3_URL), shown on the publish page.
 */
export const sitePublications = sqliteTable(
  "site_publications",
  {
    editionId: integer("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    target: text("target", { enum: ["dir", "s3"] }).notNull(),
    /** The folder or s3:// address it was published to (another one configured since: published again). */
    location: text("location").notNull().default(""),
    /** The release being (or last) published to the target. */
    version: integer("version").notNull(),
    state: text("state", { enum: ["publishing", "published", "retrying", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    /** The last release the target received whole. */
    publishedVersion: integer("published_version"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.target] })],
);
