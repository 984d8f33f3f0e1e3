/**
 * The audience's planner (issue 17 §2) over an edition's latest release: the wish read from the
 * query (?films=12,15&must=12&from=10:00&to=23:30&breakMinutes=10), the best plan
 * (lib/planner.ts) and the films missed with their reasons in words. Public, no login, nothing
 * stored: the wish lives in the address and in the reader's browser.
 */
import { z } from "zod";
import { renderIcal } from "@/lib/feeds/ical";
import { isClockTime } from "@/lib/festival-time";
import { bestPlan, wantedFilms } from "@/lib/planner";
import { festivalClockMinutes, type PlannerWish, type PlanScreening } from "@/lib/planner-hours";
import { type KeptChange, keptChanges, keptText, parseKept } from "@/lib/planner-kept";
import { ENGLISH_REASONS, type ReasonWords, reasonText } from "@/lib/planner-reasons";
import type { Programme, ProgrammeScreening } from "@/lib/programme";
import type { SnapshotVenue } from "@/lib/types";
import { walkLookup } from "@/lib/walking";
import { fieldsFromZod, invalid, ServiceError } from "@/server/errors";
import { wordingFor } from "@/server/i18n";
import { plannerText } from "@/server/i18n-words";
import { publicBaseUrl } from "./feeds";
import { getPublished, getPublishedIn, type Published } from "./public";

/** More than this many films is not a plan but the catalogue. */
export const MAX_PLANNER_FILMS = 60;
export const MAX_BREAK_MINUTES = 240;

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

/** One value of a query field: repeated fields (a form's checkboxes) join as one comma list. */
function field(q: Query, name: string): string | undefined {
  const all = q instanceof URLSearchParams ? q.getAll(name) : [q[name]].flat().filter((v): v is string => v !== undefined);
  return all.length === 0 ? undefined : all.join(",");
}

const idList = (name: string) =>
  z
    .string()
    .max(2000, `${name} is too long`)
    .transform((text) =>
      text
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().regex(/^[1-9]\d{0,8}$/, `${name} must be film ids separated by commas, e.g. 12,15,18`))
        .max(MAX_PLANNER_FILMS, `${name}: at most ${MAX_PLANNER_FILMS} films`),
    )
    .transform((ids) => [...new Set(ids.map(Number))]);

const clock = (name: string) => z.string().refine(isClockTime, `${name} must be a time of day HH:MM, e.g. 10:00`);

const QUERY = z.object({
  films: idList("films").optional(),
  must: idList("must").optional(),
  from: clock("from").optional(),
  to: clock("to").optional(),
  breakMinutes: z
    .string()
    .regex(/^\d{1,3}$/, "breakMinutes must be a whole number of minutes, e.g. 10")
    .transform(Number)
    .pipe(z.number().max(MAX_BREAK_MINUTES, `breakMinutes must be at most ${MAX_BREAK_MINUTES}`))
    .optional(),
});

/** The wish in a query, or a 400 naming each bad field (422 for hours that end before they start). */
function parseWish(q: Query, dayBreak: string): PlannerWish {
  const raw = Object.fromEntries(["films", "must", "from", "to", "breakMinutes"].map((k) => [k, field(q, k)]).filter(([, v]) => v !== ""));
  const r = QUERY.safeParse(raw);
  // "films.0" is the query's field "films": name the field as the address has it
  if (!r.success) throw invalid(Object.fromEntries(Object.entries(fieldsFromZod(r.error)).map(([k, v]) => [k.split(".")[0] ?? k, v])));
  const p = r.data;
  const wish: PlannerWish = {
    films: p.films ?? [],
    must: p.must ?? [],
    from: p.from ?? null,
    to: p.to ?? null,
    breakMinutes: p.breakMinutes ?? 0,
  };
  if (wish.from && wish.to && festivalClockMinutes(wish.to, dayBreak, true) <= festivalClockMinutes(wish.from, dayBreak))
    throw new ServiceError(
      "unprocessable",
      `"to" must be later than "from" on the festival day (which runs to ${dayBreak} the next morning)`,
      {
        to: `must be later than ${wish.from}`,
      },
    );
  if (wantedFilms(wish).length > MAX_PLANNER_FILMS) throw invalid({ films: `at most ${MAX_PLANNER_FILMS} films with the must-sees` });
  return wish;
}

export interface PlanStop {
  filmId: number;
  filmTitle: string;
  screening: ProgrammeScreening;
  /** Minutes to walk from the previous stop's venue the same day (null: first of the day, or unknown). */
  walkMinutes: number | null;
  /** The previous stop's venue, when walkMinutes is given. */
  walkFrom: string | null;
}

export interface PlannerResult {
  published: Published;
  wish: PlannerWish;
  plan: PlanStop[];
  missed: { filmId: number; title: string; reason: string }[];
}

/** The latest release of an edition (in one of its languages; default: its own), or 404. */
export function requirePublished(slug: string, locale?: string): Published {
  const published = locale ? getPublishedIn(slug, locale) : getPublished(slug);
  if (!published) throw new ServiceError("not_found", `No published schedule for "${String(slug).slice(0, 63)}"`);
  return published;
}

/** The release's screenings as the planner reads them, made once per laid-out programme. */
const asPlanned = new WeakMap<Programme, PlanScreening[]>();
function planScreenings(programme: Programme): PlanScreening[] {
  let list = asPlanned.get(programme);
  if (!list) {
    list = programme.screenings.map((s) => ({
      id: s.id,
      filmIds: s.films.map((f) => f.id),
      venueId: s.venue.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: s.status,
    }));
    asPlanned.set(programme, list);
  }
  return list;
}

/** The best plan for a wish over the latest release, the missed films' reasons in `words` (the API's: English). */
export function planFor(published: Published, wish: PlannerWish, words: ReasonWords = ENGLISH_REASONS): PlannerResult {
  const { programme } = published;
  const byId = new Map(programme.screenings.map((s) => [s.id, s]));
  const title = (id: number) => programme.films.find((f) => f.id === id)?.displayTitle ?? `Film ${id}`;
  const walk = walkLookup(programme.walking);
  const result = bestPlan({
    wish,
    walk,
    timeZone: programme.edition.timeZone,
    dayBreak: programme.edition.dayBreak,
    screenings: planScreenings(programme),
  });
  const plan: PlanStop[] = [];
  for (const p of result.plan) {
    const screening = byId.get(p.screening.id);
    if (!screening) continue;
    const before = plan.at(-1)?.screening;
    const sameDay = before && before.festivalDay === screening.festivalDay && before.id !== screening.id;
    const walkMinutes = sameDay ? walk(before.venue.id, screening.venue.id) : null;
    const walkFrom = walkMinutes === null ? null : (before?.venue.name ?? null);
    plan.push({ filmId: p.filmId, filmTitle: title(p.filmId), screening, walkMinutes, walkFrom });
  }
  const ctx = { from: wish.from, to: wish.to, title, isMust: (f: number) => wish.must.includes(f) };
  const missed = result.missed.map((m) => ({ filmId: m.filmId, title: title(m.filmId), reason: reasonText(m.reason, ctx, words) }));
  return { published, wish, plan, missed };
}

const venueJson = (v: SnapshotVenue) => ({ id: v.id, slug: v.slug, name: v.name });

/** GET /api/v1/editions/{slug}/planner: `{plan: [{filmId, screeningId, startsAt, endsAt, venue}], missed: [{filmId, reason}]}`. */
export function plannerJson(slug: string, q: Query) {
  const published = requirePublished(slug);
  const wish = parseWish(q, published.programme.edition.dayBreak);
  if (wantedFilms(wish).length === 0) throw invalid({ films: "is required: film ids separated by commas, e.g. 12,15,18" });
  const r = planFor(published, wish);
  return {
    release: published.version,
    plan: r.plan.map((p) => ({
      filmId: p.filmId,
      screeningId: p.screening.id,
      startsAt: p.screening.startIso,
      endsAt: p.screening.endIso,
      venue: venueJson(p.screening.venue),
      title: p.filmTitle,
      festivalDay: p.screening.festivalDay,
      walkMinutes: p.walkMinutes,
    })),
    missed: r.missed,
  };
}

export interface PlannerView {
  /** The wish as asked (what the form shows again), even when part of it was refused. */
  asked: { films: number[]; must: number[]; from: string; to: string; breakMinutes: string };
  /** Refused fields and why (the form says so beside each); empty when the wish was read. */
  errors: Record<string, string>;
  result: PlannerResult | null;
  /** What a newer release did to the plan as last seen (`kept`). */
  changes: (KeptChange & { title: string })[];
  /** The plan as it is now, for the next visit. */
  kept: string;
}

const ids = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** The query of a plan's own addresses (the page to share, its calendar): the wish and the plan as it is now. */
export function plannerQuery(view: PlannerView): string {
  const r = view.result;
  if (!r) return "";
  const q = new URLSearchParams();
  q.set("films", r.wish.films.join(","));
  if (r.wish.must.length) q.set("must", r.wish.must.join(","));
  if (r.wish.from) q.set("from", r.wish.from);
  if (r.wish.to) q.set("to", r.wish.to);
  if (r.wish.breakMinutes) q.set("breakMinutes", String(r.wish.breakMinutes));
  if (view.kept) q.set("kept", view.kept);
  return q.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** The planner page's reading of its query (reasons in the page's `words`): never throws for bad input, says which field is wrong. */
export function plannerView(published: Published, q: Query, words?: ReasonWords): PlannerView {
  const asked = {
    films: ids(field(q, "films")),
    must: ids(field(q, "must")),
    from: field(q, "from") ?? "",
    to: field(q, "to") ?? "",
    breakMinutes: field(q, "breakMinutes") ?? "",
  };
  let wish: PlannerWish | null = null;
  let errors: Record<string, string> = {};
  try {
    wish = parseWish(q, published.programme.edition.dayBreak);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    errors = Object.keys(e.fields).length ? e.fields : { films: e.message };
  }
  const keptStops = parseKept(field(q, "kept") ?? "");
  if (keptStops === null) errors.kept = "is not a plan this site made; it was left out";
  const result = wish && wantedFilms(wish).length > 0 ? planFor(published, wish, words) : null;
  const byId = new Map(published.programme.screenings.map((s) => [s.id, s]));
  const changes = keptChanges(keptStops ?? [], published.programme.screenings).map((c) => ({
    ...c,
    title: byId.get(c.screeningId)?.title ?? `Screening ${c.screeningId}`,
  }));
  return { asked, errors, result, changes, kept: result ? keptText(result.plan.map((p) => p.screening)) : "" };
}

/** /schedule/{slug}/planner.ics: the plan as iCal in the page's language, each screening with the festival feed's UID and revision. */
export function plannerIcal(slug: string, q: Query, locale?: string): string {
  const published = requirePublished(slug, locale);
  const { locale: lang } = published.programme;
  const wish = parseWish(q, published.programme.edition.dayBreak);
  if (wantedFilms(wish).length === 0) throw invalid({ films: "is required: film ids separated by commas, e.g. 12,15,18" });
  const screenings = [...new Set(planFor(published, wish).plan.map((p) => p.screening))];
  return renderIcal(published.programme, {
    release: { version: published.version, publishedAt: published.publishedAt },
    baseUrl: publicBaseUrl(),
    screenings,
    words: wordingFor(lang),
    name: plannerText(lang).icsName(published.programme.edition.name),
  });
}
