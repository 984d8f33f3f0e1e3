/**
 * The audience's planner (issue 17 §2): the best plan for a list of wanted films, exactly.
 *
 * At most one screening per wanted film (a double bill may serve two); no two chosen screenings
 * overlap once the walk from one venue to the next (lib/walking.ts; unknown: 0) and the break
 * are added between them (real instants, so the night the clocks go back counts its true
 * length); only screenings within the hours (lib/planner-hours.ts); cancelled ones never.
 *
 * Best, in this order: the most must-sees; then the most wanted films; then the fewest festival
 * days; then the earliest finishes (the smallest sum of the chosen screenings' ends). Equal
 * plans: the first found, trying each film's screenings earliest end first.
 *
 * Exact by branch and bound: films in turn (must-sees first, then the fewest choices first),
 * each given one of its screenings still free or none; a branch is dropped when even placing
 * every film that still has a free screening, on the fewest new days and at the earliest ends,
 * could not beat the best plan found. Earliest-first greedy is wrong on simple cases (tests).
 */
import { festivalDayOf } from "./festival-time";
import { type FestivalClockRule, type PlannerWish, type PlanScreening, withinHours } from "./planner-hours";
import type { WalkLookup } from "./walking";

export interface PlannerInput extends FestivalClockRule {
  wish: PlannerWish;
  screenings: readonly PlanScreening[];
  walk: WalkLookup;
}

export interface PlannedScreening {
  filmId: number;
  screening: PlanScreening;
  festivalDay: string;
}

/** Why a wanted film is not in the plan (lib/planner-reasons.ts puts it in words). */
export type MissReason =
  | { kind: "not-in-programme" }
  | { kind: "all-cancelled" }
  | { kind: "outside-hours" }
  | { kind: "clashes"; screenings: number; withFilms: number[] };

export interface Plan {
  plan: PlannedScreening[];
  missed: { filmId: number; reason: MissReason }[];
  /** Branches tried (the bench reads it). */
  nodes: number;
}

interface Candidate {
  s: PlanScreening;
  day: number;
  /** Minutes from the earliest candidate's start to this one's end. */
  end: number;
  /** How many wanted films it shows (a double bill's end is shared). */
  wantedHere: number;
}

interface Score {
  must: number;
  placed: number;
  days: number;
  finish: number;
}

/** Is a better than b? */
function better(a: Score, b: Score): boolean {
  if (a.must !== b.must) return a.must > b.must;
  if (a.placed !== b.placed) return a.placed > b.placed;
  if (a.days !== b.days) return a.days < b.days;
  return a.finish < b.finish - 1e-9;
}

/** Do two screenings clash once the walk between them and the break are added? */
export function clash(a: PlanScreening, b: PlanScreening, walk: WalkLookup, breakMinutes: number): boolean {
  if (a.id === b.id) return false;
  const [first, second] = a.startsAt <= b.startsAt ? [a, b] : [b, a];
  const gap = ((walk(first.venueId, second.venueId) ?? 0) + breakMinutes) * 60_000;
  return first.endsAt.getTime() + gap > second.startsAt.getTime();
}

/** Every wanted film (must-sees too, once each, in the order given). */
export function wantedFilms(wish: PlannerWish): number[] {
  return [...new Set([...wish.must, ...wish.films])];
}

/** A wanted film's screenings the planner may use, or why it has none. */
function candidatesOf(filmId: number, input: PlannerInput): PlanScreening[] | MissReason {
  const all = input.screenings.filter((s) => s.filmIds.includes(filmId));
  if (all.length === 0) return { kind: "not-in-programme" };
  const live = all.filter((s) => s.status !== "cancelled");
  if (live.length === 0) return { kind: "all-cancelled" };
  const fit = live.filter((s) => withinHours(s, input.wish, input));
  return fit.length === 0 ? { kind: "outside-hours" } : fit;
}

/** The search's tables: candidates, clashes and each film's choices. */
function tables(input: PlannerInput, films: number[], options: Map<number, PlanScreening[]>) {
  const screenings = [...new Map([...options.values()].flat().map((s) => [s.id, s])).values()];
  const base = Math.min(...screenings.map((s) => s.startsAt.getTime()));
  const dayIndex = new Map<string, number>();
  const wanted = new Set(films);
  const cands: Candidate[] = screenings.map((s) => {
    const d = festivalDayOf(s.startsAt, input.timeZone, input.dayBreak);
    if (!dayIndex.has(d)) dayIndex.set(d, dayIndex.size);
    return {
      s,
      day: dayIndex.get(d) ?? 0,
      end: (s.endsAt.getTime() - base) / 60_000,
      wantedHere: s.filmIds.filter((f) => wanted.has(f)).length,
    };
  });
  const index = new Map(cands.map((c, i) => [c.s.id, i]));
  const n = cands.length;
  const clashes: number[][] = cands.map((c, i) =>
    cands.flatMap((o, j) => (i !== j && clash(c.s, o.s, input.walk, input.wish.breakMinutes) ? [j] : [])),
  );
  const choices = films.map((f) =>
    (options.get(f) ?? []).map((s) => index.get(s.id) ?? -1).sort((a, b) => (cands[a]?.end ?? 0) - (cands[b]?.end ?? 0)),
  );
  return { cands, clashes, choices, n, days: dayIndex.size };
}

type Tables = ReturnType<typeof tables>;

/** Branch and bound over the films in `order` (indexes into t.choices). */
function search(t: Tables, order: number[], isMust: boolean[]) {
  const blocked = new Int32Array(t.n);
  const chosen = new Int32Array(t.n);
  const dayUse = new Int32Array(t.days);
  const pick = new Int32Array(order.length).fill(-1);
  let current: Score = { must: 0, placed: 0, days: 0, finish: 0 };
  let best: Score = { must: -1, placed: -1, days: 0, finish: 0 };
  let bestPick = Array.from(pick);
  let nodes = 0;

  const free = (c: number) => blocked[c] === 0;
  const take = (c: number, sign: 1 | -1) => {
    const cand = t.cands[c];
    if (!cand) return;
    chosen[c] = (chosen[c] ?? 0) + sign;
    const first = sign === 1 ? chosen[c] === 1 : chosen[c] === 0;
    if (!first) return;
    for (const o of t.clashes[c] ?? []) blocked[o] = (blocked[o] ?? 0) + sign;
    dayUse[cand.day] = (dayUse[cand.day] ?? 0) + sign;
    const dayChange = sign === 1 ? dayUse[cand.day] === 1 : dayUse[cand.day] === 0;
    current = { ...current, days: current.days + (dayChange ? sign : 0), finish: current.finish + sign * cand.end };
  };

  /** The best any completion of this branch could score. */
  const bound = (from: number): Score => {
    let { must, placed, days, finish } = current;
    const newDayMasks: number[] = [];
    for (let i = from; i < order.length; i++) {
      const f = order[i] ?? 0;
      let cheapest = Number.POSITIVE_INFINITY;
      let onUsedDay = false;
      let mask = 0;
      for (const c of t.choices[f] ?? []) {
        if (!free(c)) continue;
        const cand = t.cands[c];
        if (!cand) continue;
        cheapest = Math.min(cheapest, (chosen[c] ?? 0) > 0 ? 0 : cand.end / Math.max(1, cand.wantedHere));
        if ((dayUse[cand.day] ?? 0) > 0) onUsedDay = true;
        else mask |= cand.day < 31 ? 1 << cand.day : 0;
      }
      if (cheapest === Number.POSITIVE_INFINITY) continue;
      placed++;
      if (isMust[f]) must++;
      finish += cheapest;
      if (!onUsedDay) newDayMasks.push(mask);
    }
    // Films that need a day not yet used, with no day in common: each needs a day of its own.
    let taken = 0;
    let apart = 0;
    for (const m of newDayMasks.sort((a, b) => bitCount(a) - bitCount(b))) {
      if (m !== 0 && (m & taken) === 0) {
        taken |= m;
        apart++;
      }
    }
    days += newDayMasks.length > 0 ? Math.max(1, apart) : 0;
    return { must, placed, days, finish };
  };

  const visit = (i: number) => {
    nodes++;
    if (i === order.length) {
      if (better(current, best)) {
        best = { ...current };
        bestPick = Array.from(pick);
      }
      return;
    }
    if (best.placed >= 0 && !better(bound(i), best)) return;
    const f = order[i] ?? 0;
    for (const c of t.choices[f] ?? []) {
      if (!free(c)) continue;
      take(c, 1);
      pick[i] = c;
      current = { ...current, placed: current.placed + 1, must: current.must + (isMust[f] ? 1 : 0) };
      visit(i + 1);
      current = { ...current, placed: current.placed - 1, must: current.must - (isMust[f] ? 1 : 0) };
      pick[i] = -1;
      take(c, -1);
    }
    visit(i + 1);
  };
  visit(0);
  return { bestPick, nodes };
}

function bitCount(m: number): number {
  let n = 0;
  for (let x = m; x !== 0; x &= x - 1) n++;
  return n;
}

/** The best plan for a wish, and why each film left out is left out. */
export function bestPlan(input: PlannerInput): Plan {
  const films = wantedFilms(input.wish);
  const must = new Set(input.wish.must);
  const options = new Map<number, PlanScreening[]>();
  const missed: Plan["missed"] = [];
  for (const f of films) {
    const c = candidatesOf(f, input);
    if (Array.isArray(c)) options.set(f, c);
    else missed.push({ filmId: f, reason: c });
  }
  const placeable = films.filter((f) => options.has(f));
  if (placeable.length === 0) return { plan: [], missed: sortMissed(missed, films), nodes: 0 };
  const t = tables(input, placeable, options);
  const isMust = placeable.map((f) => must.has(f));
  const order = placeable
    .map((_, i) => i)
    .sort((a, b) => Number(isMust[b]) - Number(isMust[a]) || (t.choices[a]?.length ?? 0) - (t.choices[b]?.length ?? 0));
  const { bestPick, nodes } = search(t, order, isMust);
  const plan: PlannedScreening[] = [];
  order.forEach((f, i) => {
    const filmId = placeable[f] ?? 0;
    const cand = t.cands[bestPick[i] ?? -1];
    if (cand) plan.push({ filmId, screening: cand.s, festivalDay: festivalDayOf(cand.s.startsAt, input.timeZone, input.dayBreak) });
  });
  plan.sort((a, b) => a.screening.startsAt.getTime() - b.screening.startsAt.getTime() || a.filmId - b.filmId);
  const inPlan = new Set(plan.map((p) => p.filmId));
  for (const f of placeable) {
    if (inPlan.has(f)) continue;
    const blockers = (options.get(f) ?? []).flatMap((s) =>
      plan.filter((p) => clash(s, p.screening, input.walk, input.wish.breakMinutes)).map((p) => p.filmId),
    );
    missed.push({ filmId: f, reason: { kind: "clashes", screenings: options.get(f)?.length ?? 0, withFilms: [...new Set(blockers)] } });
  }
  return { plan, missed: sortMissed(missed, films), nodes };
}

function sortMissed(missed: Plan["missed"], films: number[]): Plan["missed"] {
  const at = new Map(films.map((f, i) => [f, i]));
  return missed.sort((a, b) => (at.get(a.filmId) ?? 0) - (at.get(b.filmId) ?? 0));
}
