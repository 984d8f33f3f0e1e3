/**
 * The planner's branch and bound (lib/planner.ts says what is best and why this way).
 *
 * Films in a fixed order, each given one of its screenings still free or none. A branch is
 * dropped when even its optimistic completion (every film left with a free screening placed,
 * each at its earliest free end) could not beat the best plan known: more must-sees, then more
 * films, then (when `finishes` is on) a smaller sum of ends. Ties keep the plan found first.
 */

export interface Candidate {
  /** Festival day, 0 = the first day any candidate is on (days in order). */
  day: number;
  /** Minutes from the earliest candidate's start to this one's end. */
  end: number;
  /** How many wanted films it shows (a double bill's end is shared). */
  wantedHere: number;
}

export interface SearchTables {
  cands: Candidate[];
  /** For each candidate, the candidates it clashes with (walk and break counted). */
  clashes: number[][];
  /** For each film (in the caller's numbering), its candidates, earliest end first. */
  choices: number[][];
}

export interface Score {
  must: number;
  placed: number;
  finish: number;
}

/** Is a better than b? */
function better(a: Score, b: Score): boolean {
  if (a.must !== b.must) return a.must > b.must;
  if (a.placed !== b.placed) return a.placed > b.placed;
  return a.finish < b.finish - 1e-6;
}

export interface SearchResult {
  /** For each film of `order`, the candidate chosen or -1; null when nothing beat `floor`. */
  pick: number[] | null;
  score: Score;
  nodes: number;
}

/**
 * The best assignment of the films in `order` (indexes into t.choices) that beats `floor`
 * (a score to beat: the best known so far), using only candidates `allowed` says yes to.
 */
export function search(
  t: SearchTables,
  order: number[],
  isMust: boolean[],
  floor: Score,
  allowed: (c: number) => boolean,
  finishes: boolean,
): SearchResult {
  const n = t.cands.length;
  const blocked = new Int32Array(n);
  const chosen = new Int32Array(n);
  const pick = new Int32Array(order.length).fill(-1);
  const options = t.choices.map((cs) => cs.filter(allowed));
  let must = 0;
  let placed = 0;
  let finish = 0;
  let best = floor;
  let bestPick: number[] | null = null;
  let nodes = 0;

  const take = (c: number, sign: 1 | -1) => {
    chosen[c] = (chosen[c] ?? 0) + sign;
    if (chosen[c] !== (sign === 1 ? 1 : 0)) return;
    for (const o of t.clashes[c] ?? []) blocked[o] = (blocked[o] ?? 0) + sign;
    if (finishes) finish += sign * (t.cands[c]?.end ?? 0);
  };

  /** The best any completion of the branch could score. */
  const bound = (from: number): Score => {
    const b = { must, placed, finish };
    for (let i = from; i < order.length; i++) {
      const f = order[i] ?? 0;
      let cheapest = Number.POSITIVE_INFINITY;
      for (const c of options[f] ?? []) {
        if (blocked[c] !== 0) continue;
        const cand = t.cands[c];
        const cost = (chosen[c] ?? 0) > 0 || !cand ? 0 : cand.end / Math.max(1, cand.wantedHere);
        if (cost < cheapest) cheapest = cost;
        if (!finishes) break;
      }
      if (cheapest === Number.POSITIVE_INFINITY) continue;
      b.placed++;
      if (isMust[f]) b.must++;
      if (finishes) b.finish += cheapest;
    }
    return b;
  };

  const visit = (i: number) => {
    nodes++;
    if (i === order.length) {
      const here = { must, placed, finish };
      if (better(here, best)) {
        best = here;
        bestPick = Array.from(pick);
      }
      return;
    }
    if (!better(bound(i), best)) return;
    const f = order[i] ?? 0;
    const m = isMust[f] ? 1 : 0;
    for (const c of options[f] ?? []) {
      if (blocked[c] !== 0) continue;
      take(c, 1);
      pick[i] = c;
      placed++;
      must += m;
      visit(i + 1);
      placed--;
      must -= m;
      pick[i] = -1;
      take(c, -1);
    }
    visit(i + 1);
  };
  visit(0);
  return { pick: bestPick, score: best, nodes };
}

/** Every set of `k` of the days 0..days-1, earliest first (as bit masks). */
export function* daySets(days: number, k: number, from = 0, mask = 0): Generator<number> {
  if (k === 0) {
    yield mask;
    return;
  }
  for (let d = from; d <= days - k; d++) yield* daySets(days, k - 1, d + 1, mask | (1 << d));
}
