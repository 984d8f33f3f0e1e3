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
import { type Candidate, daySets, search } from "./planner-search";
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
function candidatesOf(filmId: number, input: PlannerInput, byFilm: Map<number, PlanScreening[]>): PlanScreening[] | MissReason {
  const all = byFilm.get(filmId) ?? [];
  if (all.length === 0) return { kind: "not-in-programme" };
  const live = all.filter((s) => s.status !== "cancelled");
  if (live.length === 0) return { kind: "all-cancelled" };
  const fit = live.filter((s) => withinHours(s, input.wish, input));
  return fit.length === 0 ? { kind: "outside-hours" } : fit;
}

/** The search's tables: candidates (days in order), clashes and each film's choices. */
function tables(input: PlannerInput, films: number[], options: Map<number, PlanScreening[]>) {
  const screenings = [...new Map([...options.values()].flat().map((s) => [s.id, s])).values()];
  const base = Math.min(...screenings.map((s) => s.startsAt.getTime()));
  const dayOf = screenings.map((s) => festivalDayOf(s.startsAt, input.timeZone, input.dayBreak));
  const days = [...new Set(dayOf)].sort();
  const wanted = new Set(films);
  const cands: Candidate[] = screenings.map((s, i) => ({
    day: days.indexOf(dayOf[i] ?? ""),
    end: (s.endsAt.getTime() - base) / 60_000,
    wantedHere: s.filmIds.filter((f) => wanted.has(f)).length,
  }));
  const index = new Map(screenings.map((s, i) => [s.id, i]));
  const clashes = clashLists(screenings, input);
  const choices = films.map((f) =>
    (options.get(f) ?? []).map((s) => index.get(s.id) ?? -1).sort((a, b) => (cands[a]?.end ?? 0) - (cands[b]?.end ?? 0)),
  );
  return { screenings, cands, clashes, choices, days };
}

/**
 * For each screening, the others it clashes with: in order of start, a screening is compared
 * only with those starting before it ends plus the longest walk and the break.
 */
function clashLists(screenings: PlanScreening[], input: PlannerInput): number[][] {
  const venues = [...new Set(screenings.map((s) => s.venueId))];
  const longest = Math.max(0, ...venues.flatMap((a) => venues.map((b) => input.walk(a, b) ?? 0)));
  const reach = (longest + input.wish.breakMinutes) * 60_000;
  const byStart = screenings
    .map((_, i) => i)
    .sort((a, b) => (screenings[a]?.startsAt.getTime() ?? 0) - (screenings[b]?.startsAt.getTime() ?? 0));
  const lists: number[][] = screenings.map(() => []);
  byStart.forEach((i, k) => {
    const a = screenings[i];
    if (!a) return;
    const until = a.endsAt.getTime() + reach;
    for (let m = k + 1; m < byStart.length; m++) {
      const j = byStart[m] ?? 0;
      const b = screenings[j];
      if (!b || b.startsAt.getTime() >= until) break;
      if (!clash(a, b, input.walk, input.wish.breakMinutes)) continue;
      lists[i]?.push(j);
      lists[j]?.push(i);
    }
  });
  return lists;
}

/** More festival days than a bit mask holds: the fewest-days rule is not applied (finishes still are). */
const MAX_DAYS_COMPARED = 30;

/**
 * The sets of k days on which as many films and must-sees as `target` have a screening, each
 * with the least sum of ends a plan on them could have (the `target.placed` cheapest films, each
 * at its earliest end) and its films in search order (must-sees, then the fewest choices first);
 * least sum first.
 */
function promisingDaySets(t: ReturnType<typeof tables>, k: number, isMust: boolean[], target: { must: number; placed: number }) {
  const out: { mask: number; finish: number; films: number[] }[] = [];
  for (const mask of daySets(t.days.length, k)) {
    const counts: number[] = [];
    const cheapest: number[] = [];
    let musts = 0;
    t.choices.forEach((cs, f) => {
      let n = 0;
      let least = Number.POSITIVE_INFINITY;
      for (const c of cs) {
        const cand = t.cands[c];
        if (!cand || (mask & (1 << cand.day)) === 0) continue;
        n++;
        least = Math.min(least, cand.end / Math.max(1, cand.wantedHere));
      }
      counts.push(n);
      if (n > 0) cheapest.push(least);
      if (n > 0 && isMust[f]) musts++;
    });
    if (cheapest.length < target.placed || musts < target.must) continue;
    const finish = cheapest
      .sort((a, b) => a - b)
      .slice(0, target.placed)
      .reduce((a, b) => a + b, 0);
    const films = counts.map((_, f) => f).sort((a, b) => Number(isMust[b]) - Number(isMust[a]) || (counts[a] ?? 0) - (counts[b] ?? 0));
    out.push({ mask, finish, films });
  }
  return out.sort((a, b) => a.finish - b.finish);
}

/**
 * The most must-sees and films first (no finishes: the first plan that reaches the bound ends
 * the search); then, for k = 1, 2, ... days, every set of k days (earliest first) is searched
 * for a plan as good on films, keeping the earliest finishes: the first k with one is the fewest.
 */
function optimise(t: ReturnType<typeof tables>, order: number[], isMust: boolean[]) {
  const first = search(t, order, isMust, { must: -1, placed: -1, finish: 0 }, () => true, false);
  let nodes = first.nodes;
  const target = first.score;
  if (t.days.length > MAX_DAYS_COMPARED) {
    const all = search(t, order, isMust, { ...target, finish: Number.POSITIVE_INFINITY }, () => true, true);
    return { pick: all.pick ?? first.pick ?? [], nodes: nodes + all.nodes };
  }
  const inMask = (mask: number) => (c: number) => (mask & (1 << (t.cands[c]?.day ?? 0))) !== 0;
  for (let k = 1; k <= t.days.length; k++) {
    let best = { ...target, finish: Number.POSITIVE_INFINITY };
    let pick: number[] | null = null;
    // The day sets that could hold as many films, the most promising first.
    for (const { mask, finish, films } of promisingDaySets(t, k, isMust, target)) {
      if (finish >= best.finish - 1e-6) break;
      const r = search(t, films, isMust, best, inMask(mask), true);
      nodes += r.nodes;
      if (!r.pick) continue;
      best = r.score;
      // search's pick follows `films`; the caller reads it in `order`
      const byFilm = new Map(films.map((f, i) => [f, r.pick?.[i] ?? -1]));
      pick = order.map((f) => byFilm.get(f) ?? -1);
    }
    if (pick) return { pick, nodes };
  }
  return { pick: first.pick ?? [], nodes };
}

/** The best plan for a wish, and why each film left out is left out. */
export function bestPlan(input: PlannerInput): Plan {
  const films = wantedFilms(input.wish);
  const must = new Set(input.wish.must);
  const options = new Map<number, PlanScreening[]>();
  const wanted = new Set(films);
  const byFilm = new Map<number, PlanScreening[]>();
  for (const s of input.screenings) for (const f of s.filmIds) if (wanted.has(f)) byFilm.set(f, [...(byFilm.get(f) ?? []), s]);
  const missed: Plan["missed"] = [];
  for (const f of films) {
    const c = candidatesOf(f, input, byFilm);
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
  const { pick, nodes } = optimise(t, order, isMust);
  const plan: PlannedScreening[] = [];
  order.forEach((f, i) => {
    const filmId = placeable[f] ?? 0;
    const screening = t.screenings[pick[i] ?? -1];
    if (screening) plan.push({ filmId, screening, festivalDay: festivalDayOf(screening.startsAt, input.timeZone, input.dayBreak) });
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
