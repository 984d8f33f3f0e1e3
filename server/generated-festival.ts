/**
 * A large, realistic, deterministic festival for benchmarks (`npm run generate`):
 * runtimes spread like real catalogues (shorts 3-30, features 70-180, a few of
 * 4-9 hours), shorts programmes, venues with different changeovers, slots from
 * daily patterns running past midnight, the night the clocks go back
 * (Europe/Lisbon, 2026-10-25), tentative and cancelled screenings. Plain data;
 * server/services/bulk.ts writes it.
 */
import { addDays } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";
import {
  type FestivalClock,
  type FilmPools,
  festivalClock,
  MIN,
  type Rng,
  runtimeOfProgramme,
  Scheduler,
  type VenueDay,
} from "./generated-schedule";
import { ADJ, COUNTRIES, FIRST, GENRES, LANGUAGES, LAST, WORDS } from "./generated-words";

export interface GenerateOptions {
  films: number;
  venues: number;
  days: number;
  screenings: number;
  seed: number;
}

export interface GeneratedFilm {
  title: string;
  year: number;
  directors: string[];
  countries: string[];
  runtimeMinutes: number;
  languages: string[];
  subtitles: string | null;
  genre: string;
  synopsis: string;
}

export interface GeneratedScreening {
  venue: number;
  startsAt: string;
  endsAt: string;
  films: number[];
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  status: "confirmed" | "tentative" | "cancelled";
}

/**
 * A clash made on purpose AFTER the release, for the conflict analysis to find:
 * either a new empty slot, or an edit of one generated screening (index into
 * `screenings`): a shorter slot, or another programme.
 */
export interface DeliberateConflict {
  type: "venue-overlap" | "outside-festival" | "does-not-fit" | "film-overlap";
  addSlot?: { venue: number; startsAt: string; endsAt: string; screening?: { films: number[]; status: "confirmed" } };
  edit?: { screening: number; endsAt?: string; films?: number[] };
}

export interface GeneratedFestival {
  edition: { slug: string; name: string; firstDay: string; lastDay: string; timeZone: string; dayBreak: string };
  venues: { name: string; capacity: number; changeoverMinutes: number }[];
  films: GeneratedFilm[];
  /** Free of error conflicts: this is what gets released. */
  screenings: GeneratedScreening[];
  /** Applied after the release. */
  deliberate: DeliberateConflict[];
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => itemAt(xs, Math.floor(next() * xs.length), "choice"),
    chance: (p: number) => next() < p,
  };
}

function runtimeOf(r: Rng, kind: "short" | "feature" | "epic"): number {
  if (kind === "short") return r.int(3, 30);
  if (kind === "epic") return r.int(240, 540);
  // features cluster around 95-115 min
  return Math.min(180, Math.max(70, Math.round(100 + (r.next() + r.next() + r.next() - 1.5) * 45)));
}

/** Daily pattern of each screen: when it opens (festival clock) and when its last screening must end (next morning). */
const OPENING = ["10:00", "10:30", "11:00", "10:15", "12:00", "10:45", "11:30"];
const CLOSING = ["02:00", "05:00", "03:00", "01:30", "04:00", "02:30", "03:30"];
const CHANGEOVERS = [0, 10, 15, 20, 30];

export function generateFestival(o: GenerateOptions): GeneratedFestival {
  const r = rng(o.seed);
  const { films, pools } = generateFilms(r, o.films);
  const timeZone = "Europe/Lisbon";
  const firstDay = addDays("2026-10-25", -Math.min(o.days - 1, 6)); // the night the clocks go back falls inside the festival
  const edition = {
    slug: "bench-festival",
    name: "Benchmark Festival",
    firstDay,
    lastDay: addDays(firstDay, o.days - 1),
    timeZone,
    dayBreak: "06:00",
  };
  const venues = Array.from({ length: o.venues }, (_, i) => ({
    name: `Screen ${i + 1}`,
    capacity: r.int(40, 600),
    changeoverMinutes: itemAt(CHANGEOVERS, i % CHANGEOVERS.length),
  }));
  const clock = festivalClock(timeZone);
  const screenings = new Scheduler(r, films, pools, venues, clock).fill(venueDays(firstDay, o.days, o.venues, clock), o.screenings);
  const deliberate = deliberateConflicts({ films, pools, venues, firstDay, clock, screenings });
  return { edition, venues, films, screenings, deliberate };
}

function generateFilms(r: Rng, count: number): { films: GeneratedFilm[]; pools: FilmPools } {
  const films: GeneratedFilm[] = [];
  const kinds: ("short" | "feature" | "epic")[] = [];
  for (let i = 0; i < count; i++) {
    const kind = r.chance(0.01) ? "epic" : r.chance(0.35) ? "short" : "feature";
    kinds.push(kind);
    const lang = r.pick(LANGUAGES);
    films.push({
      title: `${r.chance(0.5) ? "The " : ""}${r.pick(ADJ)} ${r.pick(WORDS)}${r.chance(0.3) ? ` ${r.pick(WORDS)}` : ""} ${i + 1}`,
      year: r.int(1895, 2026),
      directors: [`${r.pick(FIRST)} ${r.pick(LAST)}`, ...(r.chance(0.1) ? [`${r.pick(FIRST)} ${r.pick(LAST)}`] : [])],
      countries: [r.pick(COUNTRIES), ...(r.chance(0.2) ? [r.pick(COUNTRIES)] : [])],
      runtimeMinutes: runtimeOf(r, kind),
      languages: [lang],
      subtitles: lang === "English" ? null : "English",
      genre: kind === "short" ? "Short" : r.pick(GENRES),
      synopsis: `Workers at the ${r.pick(WORDS).toLowerCase()} face the ${r.pick(ADJ).toLowerCase()} ${r.pick(WORDS).toLowerCase()}.`,
    });
  }
  const ids = films.map((_, i) => i);
  const shorts = ids.filter((i) => kinds[i] === "short");
  const features = ids.filter((i) => kinds[i] === "feature");
  return {
    films,
    pools: {
      epics: ids.filter((i) => kinds[i] === "epic"),
      shorts: shorts.length ? shorts : ids,
      features: features.length ? features : ids,
    },
  };
}

/** Every screen on every festival day, with its opening and closing times. */
function venueDays(firstDay: string, days: number, venues: number, clock: FestivalClock): VenueDay[] {
  const out: VenueDay[] = [];
  for (let d = 0; d < days; d++)
    for (let v = 0; v < venues; v++) {
      const day = addDays(firstDay, d);
      const next = addDays(day, 1);
      out.push({
        day,
        d,
        v,
        cursor: clock.at(day, itemAt(OPENING, v % OPENING.length)),
        close: clock.at(next, itemAt(CLOSING, v % CLOSING.length)),
        hardEnd: clock.at(next, "05:30"),
        made: 0,
      });
    }
  return out;
}

/** After the release: a few clashes, made on purpose, each of one kind. */
function deliberateConflicts(g: {
  films: GeneratedFilm[];
  pools: FilmPools;
  venues: unknown[];
  firstDay: string;
  clock: FestivalClock;
  screenings: GeneratedScreening[];
}): DeliberateConflict[] {
  const { films, pools, screenings, clock } = g;
  const runtime = (p: number[]) => runtimeOfProgramme(films, p);
  const confirmed = screenings.map((_, i) => i).filter((i) => screenings[i]?.status === "confirmed");
  const used = new Set<number>();
  const deliberate: DeliberateConflict[] = [];
  const ms = (s: string) => new Date(s).getTime();
  const a = confirmed[Math.floor(confirmed.length / 2)];
  const sa = a === undefined ? undefined : screenings[a];
  if (a !== undefined && sa) {
    used.add(a);
    deliberate.push({
      type: "venue-overlap",
      addSlot: { venue: sa.venue, startsAt: clock.iso(ms(sa.startsAt) + 10 * MIN), endsAt: clock.iso(ms(sa.startsAt) + 70 * MIN) },
    });
  }
  // a confirmed screening the day before the festival opens
  const short = (i: number) => (films[i]?.runtimeMinutes ?? Infinity) <= 90;
  const early = pools.features.find(short) ?? pools.shorts.find(short);
  if (g.venues.length && early !== undefined)
    deliberate.push({
      type: "outside-festival",
      addSlot: {
        venue: 0,
        startsAt: clock.iso(clock.at(addDays(g.firstDay, -1), "14:00")),
        endsAt: clock.iso(clock.at(addDays(g.firstDay, -1), "15:30")),
        screening: { films: [early], status: "confirmed" },
      },
    });
  const b = confirmed.slice(Math.floor(confirmed.length / 3)).find((i) => !used.has(i) && runtime(screenings[i]?.films ?? []) >= 30);
  const sb = b === undefined ? undefined : screenings[b];
  if (b !== undefined && sb) {
    used.add(b);
    const need = runtime(sb.films) + sb.preShowMinutes + sb.introMinutes + sb.qaMinutes;
    deliberate.push({ type: "does-not-fit", edit: { screening: b, endsAt: clock.iso(ms(sb.startsAt) + (need - 15) * MIN) } });
  }
  const overlap = onePrintTwice(screenings, confirmed, used, runtime);
  if (overlap) deliberate.push(overlap);
  return deliberate;
}

/** One print in two places: give screening j the film of screening i, shown at the same time on another screen. */
function onePrintTwice(
  screenings: GeneratedScreening[],
  confirmed: number[],
  used: Set<number>,
  runtime: (p: number[]) => number,
): DeliberateConflict | null {
  const ms = (s: string) => new Date(s).getTime();
  const minutes = (s: GeneratedScreening) => (ms(s.endsAt) - ms(s.startsAt)) / MIN;
  for (const i of confirmed.slice(Math.floor((confirmed.length * 2) / 3)).concat(confirmed)) {
    const si = screenings[i];
    if (!si || used.has(i) || si.films.length !== 1) continue;
    for (const j of confirmed) {
      const sj = screenings[j];
      if (!sj || used.has(j) || sj.venue === si.venue || !(ms(sj.startsAt) < ms(si.endsAt) && ms(si.startsAt) < ms(sj.endsAt))) continue;
      if (runtime(si.films) + sj.preShowMinutes + sj.introMinutes + sj.qaMinutes > minutes(sj)) continue;
      used.add(i).add(j);
      return { type: "film-overlap", edit: { screening: j, films: [...si.films] } };
    }
  }
  return null;
}

/** Archive text of `n` entries in the three layouts archives paste, for the import benchmark. */
export function generateArchiveText(n: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const title = `${r.pick(ADJ)} ${r.pick(WORDS)} ${i + 1}`;
    const dir = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const year = r.int(1920, 2025);
    const minutes = r.chance(0.3) ? r.int(3, 30) : r.int(70, 180);
    const layout = i % 3;
    if (layout === 0) {
      parts.push(
        `${title.toUpperCase()}\nWorkers at the ${r.pick(WORDS).toLowerCase()} organise. DIR ${dir}; PROD ${r.pick(FIRST)} ${r.pick(LAST)}. ${r.pick(COUNTRIES)}, ${year}, color, ${minutes} min. In ${r.pick(LANGUAGES)} with English subtitles. NOT RATED\nRun Time: ${minutes} Minutes\nGenre: ${r.pick(GENRES)}\n`,
      );
    } else if (layout === 1) {
      const rt = minutes >= 60 && r.chance(0.5) ? `${Math.floor(minutes / 60)} hr ${minutes % 60} min` : `${minutes} min`;
      parts.push(
        `${title} (${year})\n\nDirected by: ${dir}\nRunning Time: ${rt}\nStarring: ${r.pick(FIRST)} ${r.pick(LAST)}\n\nWebsite: N/a\n\nSynopsis: A story of the ${r.pick(WORDS).toLowerCase()} &amp; its people.\n`,
      );
    } else {
      parts.push(`${title} - ${dir}, ${year}, ${minutes} min\n`);
    }
  }
  return parts.join("\n\n");
}
