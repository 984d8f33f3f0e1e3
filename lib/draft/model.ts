/**
 * The automatic draft (issue 16 §2) as a mixed-integer model.
 *
 * One binary variable x[film, slot] for each pair where the film fits the empty slot with the
 * fit arithmetic (lib/fit: pre-show + intro + runtime + Q&A <= slot minutes) and the wish allows
 * the slot (venues, festival days, start hours). Hard rules, all "at most" rows:
 * - one screening per slot;
 * - two slots that clash in a venue (lib/conflicts: overlap or changeover) are not both filled;
 * - a film's screenings <= wanted;
 * - a film's per-day cap, and at most one screening in any `minDaysBetweenScreenings` days;
 * - one print in two places: a film is not in two slots that overlap (lib/conflicts' film overlap).
 * Existing screenings (and holds) occupy their slots; with `keepExisting` a wished film's existing
 * screenings count towards its wish. They always count in the film's rules, so a lineup that
 * already breaks them makes the model infeasible (the reasons say where).
 *
 * Objective, lexicographic by weights: placed screenings, then spreading (a film's screenings on
 * different days and at different times of day), then the fewest empty minutes. The weights are
 * chosen so that no amount of a lower level outweighs one unit of a higher one.
 */
import { clashPairs, type DraftInput, HOURS, needMinutes, type SlotFacts, slotFacts, wishAllows } from "./facts";

export interface Candidate {
  name: string;
  wish: number;
  filmId: number;
  slotId: number;
  spare: number;
}

export interface DraftModel {
  lp: string;
  candidates: Candidate[];
  /** The candidates of each wish, by the wish's index. */
  byWish: Candidate[][];
  slots: Map<number, SlotFacts>;
  /** Pairs of slots (either way) that clash in a venue. */
  clashes: Map<number, number[]>;
  /** Per wish: how many its film already has (counted when keepExisting), and how many are left to place. */
  existing: number[];
  remaining: number[];
  /** Per wish: rows already broken by the existing screenings (why the model is infeasible). */
  broken: string[][];
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/**
 * A wish with more candidates than this keeps, for each festival day and time of day, only its
 * slot with the fewest empty minutes: a large festival's model stays small enough to solve in
 * seconds (the slots left out are alike: same day, same time of day, more empty minutes),
 * while a tight lineup (few slots that fit) is modelled in full.
 */
const PRUNE_ABOVE = 40;

function pruned(list: Candidate[], slots: Map<number, SlotFacts>): Candidate[] {
  if (list.length <= PRUNE_ABOVE) return list;
  const best = new Map<string, Candidate>();
  for (const c of list) {
    const s = slots.get(c.slotId);
    const key = `${s?.day}:${Math.floor((s?.clock ?? 0) / (HOURS * 60))}`;
    const held = best.get(key);
    if (!held || c.spare < held.spare || (c.spare === held.spare && c.slotId < held.slotId)) best.set(key, c);
  }
  return [...best.values()];
}

/** The candidates: film fits, wish allows, slot free, no clash with a taken neighbour or an existing print. */
function candidatesOf(
  input: DraftInput,
  slots: Map<number, SlotFacts>,
  clashes: ReturnType<typeof clashPairs>,
  existingSlots: Map<number, number[]>,
): Candidate[][] {
  const overlapping = new Map<number, Set<number>>();
  for (const [a, b] of clashes.time) {
    overlapping.set(a, (overlapping.get(a) ?? new Set()).add(b));
    overlapping.set(b, (overlapping.get(b) ?? new Set()).add(a));
  }
  const free = [...slots.values()].filter(
    (s) => !s.taken && !clashes.outside.has(s.id) && !(clashes.venue.get(s.id) ?? []).some((n) => slots.get(n)?.taken),
  );
  let count = 0;
  return input.wishes.map((wish, w) => {
    const runtime = input.films.get(wish.filmId)?.runtimeMinutes ?? null;
    if (runtime === null) return [];
    const need = needMinutes(runtime, input.rules);
    const own = existingSlots.get(wish.filmId) ?? [];
    const list: Candidate[] = [];
    for (const s of free) {
      if (s.minutes < need || !wishAllows(wish, s, input.edition.dayBreak)) continue;
      if (own.some((o) => overlapping.get(s.id)?.has(o))) continue;
      list.push({ name: "", wish: w, filmId: wish.filmId, slotId: s.id, spare: s.minutes - need });
    }
    return pruned(list, slots).map((c) => ({ ...c, name: `x${count++}` }));
  });
}

interface Rows {
  rows: string[];
  broken: string[][];
}

function sumRow(rows: string[], name: string, vars: string[], max: number): void {
  if (vars.length === 0 || (vars.length <= max && max >= 1)) return;
  rows.push(` ${name}: ${vars.join(" + ")} <= ${max}`);
}

/** One film's rules: per-day cap, days between, one print in two places. */
function filmRows(input: DraftInput, model: Pick<DraftModel, "slots" | "byWish">, w: number, existingDays: string[], rows: Rows): void {
  const { maxPerFilmPerDay: cap, minDaysBetweenScreenings: minDays } = input.rules;
  const mine = model.byWish[w] ?? [];
  const dayOf = (c: Candidate) => model.slots.get(c.slotId)?.day ?? "";
  const days = [...new Set([...mine.map(dayOf), ...existingDays])].sort();
  const broken = rows.broken[w] ?? [];
  const limit = (name: string, inWindow: (day: string) => boolean, max: number, rule: string) => {
    const already = existingDays.filter(inWindow).length;
    if (already > max) broken.push(rule);
    const vars = mine.filter((c) => inWindow(dayOf(c))).map((c) => c.name);
    if (already > max && vars.length === 0) rows.rows.push(` ${name}: 0 nothing >= 1`);
    else sumRow(rows.rows, name, vars, max - already);
  };
  for (const d of days) {
    if (minDays === 0)
      limit(
        `day_${w}_${d.replaceAll("-", "")}`,
        (x) => x === d,
        cap,
        `${existingDays.filter((x) => x === d).length} on ${d}, at most ${cap} a day`,
      );
    else {
      const first = dayNumber(d);
      limit(
        `gap_${w}_${d.replaceAll("-", "")}`,
        (x) => dayNumber(x) >= first && dayNumber(x) < first + minDays,
        1,
        minDays === 1 ? `more than one on ${d}` : `more than one within ${minDays} days from ${d}`,
      );
    }
  }
  rows.broken[w] = broken;
}

/** One print in two places: overlapping slot pairs that the day rules do not already keep apart. */
function printRows(input: DraftInput, model: Pick<DraftModel, "slots" | "candidates">, time: [number, number][], rows: string[]): void {
  const sameDayKept = input.rules.minDaysBetweenScreenings >= 1 || input.rules.maxPerFilmPerDay <= 1;
  const bySlot = new Map<number, Candidate[]>();
  for (const c of model.candidates) bySlot.set(c.slotId, [...(bySlot.get(c.slotId) ?? []), c]);
  const named = new Map(model.candidates.map((c) => [`${c.wish}:${c.slotId}`, c.name]));
  for (const [a, b] of time) {
    if (sameDayKept && model.slots.get(a)?.day === model.slots.get(b)?.day) continue;
    for (const x of bySlot.get(a) ?? []) {
      const y = named.get(`${x.wish}:${b}`);
      if (y) rows.push(` print_${x.wish}_${a}_${b}: ${x.name} + ${y} <= 1`);
    }
  }
}

/** Spreading: one indicator per film and time of day (and day, when days may repeat) that it uses. */
function spreadVars(input: DraftInput, model: Pick<DraftModel, "slots" | "candidates" | "remaining">, rows: string[]): string[] {
  const names: string[] = [];
  const groups = new Map<string, string[]>();
  for (const c of model.candidates) {
    if ((model.remaining[c.wish] ?? 0) < 2) continue;
    const s = model.slots.get(c.slotId);
    if (!s) continue;
    const keys = [`t${c.wish}_${Math.floor(s.clock / (HOURS * 60))}`];
    if (input.rules.minDaysBetweenScreenings === 0) keys.push(`d${c.wish}_${s.day.replaceAll("-", "")}`);
    for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), c.name]);
  }
  for (const [k, vars] of groups) {
    names.push(k);
    rows.push(` s_${k}: ${k} - ${vars.join(" - ")} <= 0`);
  }
  return names;
}

/** Builds the model and writes it in CPLEX LP format (HiGHS reads it). */
export function buildDraftModel(input: DraftInput): DraftModel {
  const slots = slotFacts(input);
  const clashes = clashPairs(input);
  const existingSlots = new Map<number, number[]>();
  for (const sc of input.screenings) for (const f of sc.filmIds) existingSlots.set(f, [...(existingSlots.get(f) ?? []), sc.slotId]);
  const byWish = candidatesOf(input, slots, clashes, existingSlots);
  const candidates = byWish.flat();
  const existing = input.wishes.map((w) => (input.rules.keepExisting ? (existingSlots.get(w.filmId)?.length ?? 0) : 0));
  const remaining = input.wishes.map((w, i) => Math.max(0, w.screenings - (existing[i] ?? 0)));
  const model = { slots, candidates, byWish, remaining };
  const rows: Rows = { rows: [], broken: input.wishes.map(() => []) };

  const bySlot = new Map<number, string[]>();
  for (const c of candidates) bySlot.set(c.slotId, [...(bySlot.get(c.slotId) ?? []), c.name]);
  for (const [slotId, vars] of bySlot) sumRow(rows.rows, `slot_${slotId}`, vars, 1);
  for (const [a, others] of clashes.venue)
    for (const b of others) if (a < b) sumRow(rows.rows, `venue_${a}_${b}`, [...(bySlot.get(a) ?? []), ...(bySlot.get(b) ?? [])], 1);
  for (const [w, wish] of input.wishes.entries()) {
    sumRow(
      rows.rows,
      `count_${w}`,
      (byWish[w] ?? []).map((c) => c.name),
      remaining[w] ?? 0,
    );
    const days = (existingSlots.get(wish.filmId) ?? []).map((id) => slots.get(id)?.day ?? "");
    filmRows(input, model, w, days, rows);
  }
  printRows(input, model, clashes.time, rows.rows);
  const spread = spreadVars(input, model, rows.rows);

  // Lexicographic weights: all empty minutes < one spread unit; all spread units + minutes < one placement.
  const spareMax = input.wishes.reduce((sum, _, w) => {
    const spares = (byWish[w] ?? []).map((c) => c.spare);
    return sum + (remaining[w] ?? 0) * Math.max(0, ...spares);
  }, 0);
  const wSpread = spareMax + 1;
  const wPlace = wSpread * (spread.length + 1) + spareMax + 1;
  const terms = [...candidates.map((c) => `${wPlace - c.spare} ${c.name}`), ...spread.map((s) => `${wSpread} ${s}`)];
  const lp = [
    "Maximize",
    ` obj: ${terms.join(" + ") || "0 nothing"}`,
    "Subject To",
    ...(rows.rows.length ? rows.rows : [" none: 0 nothing <= 0"]),
    "Binary",
    ...[...candidates.map((c) => c.name), ...spread].map((n) => ` ${n}`),
    ...(terms.length ? [] : [" nothing"]),
    "End",
    "",
  ].join("\n");
  return { lp, candidates, byWish, slots, clashes: clashes.venue, existing, remaining, broken: rows.broken };
}
