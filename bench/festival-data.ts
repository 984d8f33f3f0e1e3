/**
 * A large, realistic, deterministic festival for benchmarks (`npm run generate`):
 * runtimes spread like real catalogues (shorts 3-30, features 70-180, a few of
 * 4-9 hours), shorts programmes, venues with different changeovers, slots from
 * daily patterns running past midnight, the night the clocks go back
 * (Europe/Lisbon, 2026-10-25), tentative and cancelled screenings. Plain data;
 * server/services/bulk.ts writes it.
 */
import { addDays, toZonedIso, zonedTimeToInstant } from "../lib/festival-time";

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

export interface GeneratedFestival {
  edition: { slug: string; name: string; firstDay: string; lastDay: string; timeZone: string; dayBreak: string };
  venues: { name: string; capacity: number; changeoverMinutes: number }[];
  films: GeneratedFilm[];
  screenings: GeneratedScreening[];
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
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
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const WORDS = ["Strike", "Harbour", "Shift", "Union", "Factory", "Mill", "Picket", "Bread", "Roses", "Mine", "Dock", "Steel", "Loom", "Wage", "Night", "Morning", "Hands", "Line", "Bell", "Furnace", "Canteen", "Yard", "Crane", "Signal", "Ledger", "Whistle", "Bench", "Quarry", "Rail", "Salt"];
const ADJ = ["Long", "Last", "Red", "Quiet", "Open", "Broken", "Common", "Early", "Late", "Northern", "Iron", "Silent", "Free", "Hard", "Golden"];
const FIRST = ["Ana", "João", "Marta", "Pedro", "Inês", "Ken", "Barbara", "Wang", "Agnès", "Ousmane", "Lina", "Tomás", "Aoife", "Jean", "Yasmin", "Mario", "Chantal", "Sergei", "Rosa", "Kwame"];
const LAST = ["Quintela", "Loach", "Kopple", "Bing", "Varda", "Sembène", "Wertmüller", "Reis", "Byrne", "Rouch", "Carvalho", "Monicelli", "Akerman", "Eisenstein", "Luxemburg", "Nkrumah", "Pinho", "Costa", "Sayles", "Herman"];
const COUNTRIES = ["Portugal", "UK", "USA", "France", "Italy", "Germany", "China", "Senegal", "Brazil", "Argentina", "Ireland", "Belgium", "Spain", "Poland"];
const LANGUAGES = ["Portuguese", "English", "French", "Italian", "German", "Mandarin", "Wolof", "Spanish", "Polish"];
const GENRES = ["Drama", "Documentary", "Comedy", "Short", "Animation", "Archive"];

function runtimeOf(r: ReturnType<typeof rng>, kind: "short" | "feature" | "epic"): number {
  if (kind === "short") return r.int(3, 30);
  if (kind === "epic") return r.int(240, 540);
  // features cluster around 95-115 min
  return Math.min(180, Math.max(70, Math.round(100 + (r.next() + r.next() + r.next() - 1.5) * 45)));
}

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
  const shorts = films.map((_, i) => i).filter((i) => kinds[i] === "short");
  const features = films.map((_, i) => i).filter((i) => kinds[i] !== "short");

  const timeZone = "Europe/Lisbon";
  const firstDay = addDays("2026-10-25", -Math.min(o.days - 1, 6)); // the DST night falls inside the festival
  const edition = { slug: "bench-festival", name: "Benchmark Festival", firstDay, lastDay: addDays(firstDay, o.days - 1), timeZone, dayBreak: "06:00" };
  const venues = Array.from({ length: o.venues }, (_, i) => ({ name: `Screen ${i + 1}`, capacity: r.int(40, 600), changeoverMinutes: [0, 10, 15, 20, 30][i % 5] }));

  // Daily pattern per venue: from 10:00 (festival clock) until 05:00 the next morning at most.
  const perVenueDay = Math.ceil(o.screenings / (o.venues * o.days));
  const avgAvail = (19 * 60) / perVenueDay;
  const pFeature = Math.min(0.7, Math.max(0.05, (avgAvail - 40) / 130));
  const screenings: GeneratedScreening[] = [];
  for (let d = 0; d < o.days && screenings.length < o.screenings; d++) {
    const day = addDays(firstDay, d);
    const dayStart = zonedTimeToInstant(day, "10:00", timeZone)!.getTime();
    const dayEnd = zonedTimeToInstant(addDays(day, 1), "05:00", timeZone)!.getTime();
    for (let v = 0; v < o.venues && screenings.length < o.screenings; v++) {
      let cursor = dayStart + r.int(0, 6) * 15 * 60_000;
      for (let k = 0; k < perVenueDay && screenings.length < o.screenings; k++) {
        let programme: number[];
        if (r.chance(pFeature) && features.length) programme = [r.pick(features)];
        else {
          const n = r.int(1, 5);
          programme = [...new Set(Array.from({ length: n }, () => r.pick(shorts.length ? shorts : features)))];
        }
        const runtime = programme.reduce((a, i) => a + films[i].runtimeMinutes, 0);
        const intro = r.pick([0, 0, 5, 10]);
        const qa = r.pick([0, 0, 0, 15, 20, 30]);
        const pre = r.pick([0, 5, 10]);
        const need = runtime + intro + qa + pre;
        const length = Math.ceil((need + r.int(0, 20)) / 15) * 15;
        const end = cursor + length * 60_000;
        if (end > dayEnd) break;
        screenings.push({
          venue: v,
          startsAt: toZonedIso(new Date(cursor), timeZone),
          endsAt: toZonedIso(new Date(end), timeZone),
          films: programme,
          preShowMinutes: pre,
          introMinutes: intro,
          qaMinutes: qa,
          status: r.chance(0.05) ? "tentative" : r.chance(0.03) ? "cancelled" : "confirmed",
        });
        cursor = end + (venues[v].changeoverMinutes + r.pick([0, 0, 15, 30])) * 60_000;
        cursor = Math.ceil(cursor / (5 * 60_000)) * 5 * 60_000;
      }
    }
  }
  return { edition, venues, films, screenings };
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
      parts.push(`${title} (${year})\n\nDirected by: ${dir}\nRunning Time: ${rt}\nStarring: ${r.pick(FIRST)} ${r.pick(LAST)}\n\nWebsite: N/a\n\nSynopsis: A story of the ${r.pick(WORDS).toLowerCase()} &amp; its people.\n`);
    } else {
      parts.push(`${title} - ${dir}, ${year}, ${minutes} min\n`);
    }
  }
  return parts.join("\n\n");
}
