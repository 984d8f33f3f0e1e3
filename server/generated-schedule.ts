/**
 * The generated festival's schedule: each screen's day filled from its opening time, one
 * screening after another (a feature, a programme of shorts, a marathon), one print per
 * film, until the screen closes the next morning. Deterministic for a seed (same calls to
 * the random generator in the same order).
 */
import { toZonedIso, zonedTimeToInstant } from "@/lib/festival-time";
import type { GeneratedFilm, GeneratedScreening } from "./generated-festival";

export const MIN = 60_000;

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** Which films are shorts, features and marathons (by index). */
export interface FilmPools {
  epics: number[];
  shorts: number[];
  features: number[];
}

/** Instants on the festival's clock. */
export interface FestivalClock {
  at(day: string, time: string): number;
  iso(ms: number): string;
}

export function festivalClock(timeZone: string): FestivalClock {
  return {
    at: (day, time) => zonedTimeToInstant(day, time, timeZone)?.getTime() ?? Number.NaN,
    iso: (ms) => toZonedIso(new Date(ms), timeZone),
  };
}

/** One screen on one festival day: where its schedule has got to. */
export interface VenueDay {
  day: string;
  d: number;
  v: number;
  cursor: number;
  close: number;
  hardEnd: number;
  made: number;
}

export function runtimeOfProgramme(films: GeneratedFilm[], p: number[]): number {
  return p.reduce((a, i) => a + (films[i]?.runtimeMinutes ?? 0), 0);
}

export class Scheduler {
  private readonly screenings: GeneratedScreening[] = [];
  /** One print per film: the intervals each film is already screened in. */
  private readonly busy = new Map<number, [number, number][]>();

  constructor(
    private readonly r: Rng,
    private readonly films: GeneratedFilm[],
    private readonly pools: FilmPools,
    private readonly venues: { changeoverMinutes: number }[],
    private readonly clock: FestivalClock,
  ) {}

  /** Shares `total` screenings out over the venue-days; a day that falls short passes its deficit on. */
  fill(venueDays: VenueDay[], total: number): GeneratedScreening[] {
    const { screenings } = this;
    venueDays.forEach((vd, i) => {
      const target = Math.round((total - screenings.length) / (venueDays.length - i));
      while (vd.made < target && screenings.length < total && this.add(vd, target - vd.made));
    });
    // Whatever is still missing goes into the late nights, round-robin.
    for (let progress = true; screenings.length < total && progress; ) {
      progress = false;
      for (const vd of venueDays) if (screenings.length < total && this.add(vd, 1)) progress = true;
    }
    return screenings;
  }

  /** Adds one screening at the venue-day's cursor; false when the day is full. */
  private add(vd: VenueDay, left: number): boolean {
    const { r } = this;
    const changeover = this.venues[vd.v]?.changeoverMinutes ?? 0;
    const budget = Math.max(0, (vd.close - vd.cursor) / MIN / Math.max(1, left) - changeover - 5);
    const tight = budget < 60;
    const pre = r.pick(tight ? [0, 5] : [0, 5, 10]);
    const intro = tight ? 0 : r.pick([0, 0, 5, 10]);
    const qa = tight ? 0 : r.pick([0, 0, 0, 15, 20, 30]);
    for (let attempt = 0; attempt < 40; attempt++) {
      const p = this.programme(vd, budget, Math.max(10, Math.min(budget - pre - intro - qa, 110)), attempt);
      const need = runtimeOfProgramme(this.films, p) + pre + intro + qa;
      const length = Math.ceil((need + r.pick([0, 0, 5, 10])) / 5) * 5;
      const end = vd.cursor + length * MIN;
      if (end > vd.hardEnd) return false;
      if (!this.isFree(p, vd.cursor, end)) continue;
      const status = r.chance(0.05) ? "tentative" : r.chance(0.03) ? "cancelled" : "confirmed";
      this.screenings.push({
        venue: vd.v,
        startsAt: this.clock.iso(vd.cursor),
        endsAt: this.clock.iso(end),
        films: p,
        preShowMinutes: pre,
        introMinutes: intro,
        qaMinutes: qa,
        status,
      });
      for (const i of p) {
        const list = this.busy.get(i);
        if (list) list.push([vd.cursor, end]);
        else this.busy.set(i, [[vd.cursor, end]]);
      }
      vd.made++;
      const next = end + (changeover + r.pick([0, 0, 0, 5, 15])) * MIN;
      vd.cursor = Math.ceil(next / (5 * MIN)) * 5 * MIN;
      return true;
    }
    return false;
  }

  /** A marathon opens one screen a day; else a feature when there is time, else shorts of about `want` minutes. */
  private programme(vd: VenueDay, budget: number, want: number, attempt: number): number[] {
    const { r, pools } = this;
    if (vd.made === 0 && pools.epics.length && vd.v === vd.d % this.venues.length && attempt < 10) return [r.pick(pools.epics)];
    if (budget >= 90 && r.chance(Math.min(0.85, (budget - 60) / 60))) return [r.pick(pools.features)];
    const p: number[] = [];
    let sum = 0;
    for (let k = 0; k < 20 && p.length < 8 && sum < want; k++) {
      const s = r.pick(pools.shorts);
      const minutes = this.films[s]?.runtimeMinutes ?? 0;
      if (p.includes(s) || (p.length > 0 && sum + minutes > want + 10)) continue;
      p.push(s);
      sum += minutes;
    }
    return p;
  }

  private isFree(p: number[], a: number, b: number): boolean {
    return p.every((i) => !(this.busy.get(i) ?? []).some(([s, e]) => s < b && a < e));
  }
}
