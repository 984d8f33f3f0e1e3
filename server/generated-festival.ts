/**
 * A large, realistic, deterministic festival for benchmarks (`npm run generate`):
 * runtimes spread like real catalogues (shorts 3-30, features 70-180, a few of
 * 4-9 hours), shorts programmes, venues with different changeovers, slots from
 * daily patterns running past midnight, the night the clocks go back
 * (Europe/Lisbon, 2026-10-25), tentative and cancelled screenings. Plain data;
 * server/services/bulk.ts writes it.
 */

import { addDays, toZonedIso, zonedTimeToInstant } from "@/lib/festival-time";
import { itemAt } from "@/lib/lists";

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
function rng(seed: number) {
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

const WORDS = [
  "Strike",
  "Harbour",
  "Shift",
  "Union",
  "Factory",
  "Mill",
  "Picket",
  "Bread",
  "Roses",
  "Mine",
  "Dock",
  "Steel",
  "Loom",
  "Wage",
  "Night",
  "Morning",
  "Hands",
  "Line",
  "Bell",
  "Furnace",
  "Canteen",
  "Yard",
  "Crane",
  "Signal",
  "Ledger",
  "Whistle",
  "Bench",
  "Quarry",
  "Rail",
  "Salt",
];
const ADJ = [
  "Long",
  "Last",
  "Red",
  "Quiet",
  "Open",
  "Broken",
  "Common",
  "Early",
  "Late",
  "Northern",
  "Iron",
  "Silent",
  "Free",
  "Hard",
  "Golden",
];
const FIRST = [
  "Ana",
  "João",
  "Marta",
  "Pedro",
  "Inês",
  "Ken",
  "Barbara",
  "Wang",
  "Agnès",
  "Ousmane",
  "Lina",
  "Tomás",
  "Aoife",
  "Jean",
  "Yasmin",
  "Mario",
  "Chantal",
  "Sergei",
  "Rosa",
  "Kwame",
];
const LAST = [
  "Quintela",
  "Loach",
  "Kopple",
  "Bing",
  "Varda",
  "Sembène",
  "Wertmüller",
  "Reis",
  "Byrne",
  "Rouch",
  "Carvalho",
  "Monicelli",
  "Akerman",
  "Eisenstein",
  "Luxemburg",
  "Nkrumah",
  "Pinho",
  "Costa",
  "Sayles",
  "Herman",
];
const COUNTRIES = [
  "Portugal",
  "UK",
  "USA",
  "France",
  "Italy",
  "Germany",
  "China",
  "Senegal",
  "Brazil",
  "Argentina",
  "Ireland",
  "Belgium",
  "Spain",
  "Poland",
];
const LANGUAGES = ["Portuguese", "English", "French", "Italian", "German", "Mandarin", "Wolof", "Spanish", "Polish"];
const GENRES = ["Drama", "Documentary", "Comedy", "Short", "Animation", "Archive"];

function runtimeOf(r: ReturnType<typeof rng>, kind: "short" | "feature" | "epic"): number {
  if (kind === "short") return r.int(3, 30);
  if (kind === "epic") return r.int(240, 540);
  // features cluster around 95-115 min
  return Math.min(180, Math.max(70, Math.round(100 + (r.next() + r.next() + r.next() - 1.5) * 45)));
}

const MIN = 60_000;
/** Daily pattern of each screen: when it opens (festival clock) and when its last screening must end (next morning). */
const OPENING = ["10:00", "10:30", "11:00", "10:15", "12:00", "10:45", "11:30"];
const CLOSING = ["02:00", "05:00", "03:00", "01:30", "04:00", "02:30", "03:30"];
const CHANGEOVERS = [0, 10, 15, 20, 30];

export function generateFestival(o: GenerateOptions): GeneratedFestival {
  const r = rng(o.seed);
  const films: GeneratedFilm[] = [];
  const kinds: ("short" | "feature" | "epic")[] = [];
  for (let i = 0; i < o.films; i++) {
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
  const epics = ids.filter((i) => kinds[i] === "epic");
  const shortPool = shorts.length ? shorts : ids;
  const featurePool = features.length ? features : ids;

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
  const at = (day: string, time: string) => zonedTimeToInstant(day, time, timeZone)!.getTime();
  const iso = (ms: number) => toZonedIso(new Date(ms), timeZone);

  // One print per film: the intervals each film is already screened in.
  const busy = new Map<number, [number, number][]>();
  const isFree = (p: number[], a: number, b: number) => p.every((i) => !(busy.get(i) ?? []).some(([s, e]) => s < b && a < e));
  const film = (i: number) => itemAt(films, i, "film");
  const runtime = (p: number[]) => p.reduce((a, i) => a + film(i).runtimeMinutes, 0);

  interface VenueDay {
    day: string;
    d: number;
    v: number;
    cursor: number;
    close: number;
    hardEnd: number;
    made: number;
  }
  const venueDays: VenueDay[] = [];
  for (let d = 0; d < o.days; d++)
    for (let v = 0; v < o.venues; v++) {
      const day = addDays(firstDay, d);
      const next = addDays(day, 1);
      venueDays.push({
        day,
        d,
        v,
        cursor: at(day, itemAt(OPENING, v % OPENING.length)),
        close: at(next, itemAt(CLOSING, v % CLOSING.length)),
        hardEnd: at(next, "05:30"),
        made: 0,
      });
    }

  const screenings: GeneratedScreening[] = [];
  /** Adds one screening at the venue-day's cursor; false when the day is full. */
  function add(vd: VenueDay, left: number): boolean {
    const changeover = itemAt(venues, vd.v, "venue").changeoverMinutes;
    const budget = Math.max(0, (vd.close - vd.cursor) / MIN / Math.max(1, left) - changeover - 5);
    const tight = budget < 60;
    const pre = r.pick(tight ? [0, 5] : [0, 5, 10]);
    const intro = tight ? 0 : r.pick([0, 0, 5, 10]);
    const qa = tight ? 0 : r.pick([0, 0, 0, 15, 20, 30]);
    for (let attempt = 0; attempt < 40; attempt++) {
      let p: number[];
      if (vd.made === 0 && epics.length && vd.v === vd.d % venues.length && attempt < 10)
        p = [r.pick(epics)]; // a marathon opens one screen a day
      else if (budget >= 90 && r.chance(Math.min(0.85, (budget - 60) / 60))) p = [r.pick(featurePool)];
      else {
        // a programme of shorts of about the time there is
        const want = Math.max(10, Math.min(budget - pre - intro - qa, 110));
        p = [];
        let sum = 0;
        for (let k = 0; k < 20 && p.length < 8 && sum < want; k++) {
          const s = r.pick(shortPool);
          if (p.includes(s) || (p.length > 0 && sum + film(s).runtimeMinutes > want + 10)) continue;
          p.push(s);
          sum += film(s).runtimeMinutes;
        }
      }
      const need = runtime(p) + pre + intro + qa;
      const length = Math.ceil((need + r.pick([0, 0, 5, 10])) / 5) * 5;
      const end = vd.cursor + length * MIN;
      if (end > vd.hardEnd) return false;
      if (!isFree(p, vd.cursor, end)) continue;
      const status = r.chance(0.05) ? "tentative" : r.chance(0.03) ? "cancelled" : "confirmed";
      screenings.push({
        venue: vd.v,
        startsAt: iso(vd.cursor),
        endsAt: iso(end),
        films: p,
        preShowMinutes: pre,
        introMinutes: intro,
        qaMinutes: qa,
        status,
      });
      for (const i of p) {
        const list = busy.get(i);
        if (list) list.push([vd.cursor, end]);
        else busy.set(i, [[vd.cursor, end]]);
      }
      vd.made++;
      const next = end + (changeover + r.pick([0, 0, 0, 5, 15])) * MIN;
      vd.cursor = Math.ceil(next / (5 * MIN)) * 5 * MIN;
      return true;
    }
    return false;
  }
  // Share the screenings out over the venue-days; a day that falls short passes its deficit on.
  venueDays.forEach((vd, i) => {
    const target = Math.round((o.screenings - screenings.length) / (venueDays.length - i));
    while (vd.made < target && screenings.length < o.screenings && add(vd, target - vd.made));
  });
  // Whatever is still missing goes into the late nights, round-robin.
  for (let progress = true; screenings.length < o.screenings && progress; ) {
    progress = false;
    for (const vd of venueDays) if (screenings.length < o.screenings && add(vd, 1)) progress = true;
  }

  // After the release: a few clashes, made on purpose, each of one kind.
  const screening = (i: number) => itemAt(screenings, i, "screening");
  const confirmed = screenings.flatMap((s, i) => (s.status === "confirmed" ? [i] : []));
  const used = new Set<number>();
  const deliberate: DeliberateConflict[] = [];
  const ms = (s: string) => new Date(s).getTime();
  const a = confirmed[Math.floor(confirmed.length / 2)];
  if (a !== undefined) {
    used.add(a);
    const s = screening(a);
    deliberate.push({
      type: "venue-overlap",
      addSlot: { venue: s.venue, startsAt: iso(ms(s.startsAt) + 10 * MIN), endsAt: iso(ms(s.startsAt) + 70 * MIN) },
    });
  }
  // a confirmed screening the day before the festival opens
  const early = featurePool.find((i) => film(i).runtimeMinutes <= 90) ?? shortPool.find((i) => film(i).runtimeMinutes <= 90);
  if (venues.length && early !== undefined)
    deliberate.push({
      type: "outside-festival",
      addSlot: {
        venue: 0,
        startsAt: iso(at(addDays(firstDay, -1), "14:00")),
        endsAt: iso(at(addDays(firstDay, -1), "15:30")),
        screening: { films: [early], status: "confirmed" },
      },
    });
  const b = confirmed.slice(Math.floor(confirmed.length / 3)).find((i) => !used.has(i) && runtime(screening(i).films) >= 30);
  if (b !== undefined) {
    used.add(b);
    const s = screening(b);
    const need = runtime(s.films) + s.preShowMinutes + s.introMinutes + s.qaMinutes;
    deliberate.push({ type: "does-not-fit", edit: { screening: b, endsAt: iso(ms(s.startsAt) + (need - 15) * MIN) } });
  }
  // One print in two places: give screening j the film of screening i, shown at the same time on another screen.
  const minutes = (s: GeneratedScreening) => (ms(s.endsAt) - ms(s.startsAt)) / MIN;
  search: for (const i of confirmed.slice(Math.floor((confirmed.length * 2) / 3)).concat(confirmed)) {
    const si = screening(i);
    if (used.has(i) || si.films.length !== 1) continue;
    for (const j of confirmed) {
      const sj = screening(j);
      if (used.has(j) || sj.venue === si.venue || !(ms(sj.startsAt) < ms(si.endsAt) && ms(si.startsAt) < ms(sj.endsAt))) continue;
      if (runtime(si.films) + sj.preShowMinutes + sj.introMinutes + sj.qaMinutes > minutes(sj)) continue;
      used.add(i).add(j);
      deliberate.push({ type: "film-overlap", edit: { screening: j, films: [...si.films] } });
      break search;
    }
  }
  return { edition, venues, films, screenings, deliberate };
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
