/**
 * The draft's answer read back from the solver: what was placed, and for every wish not met in
 * full, why, in the programmer's words, computed from the data ("no slot of 190 min or more on
 * Saturday 2 May in the allowed venues", "every slot that fits is taken by other films of the draft").
 */
import { dayLabel } from "@/lib/festival-time";
import { type DraftInput, type DraftWish, fitsSlot, needMinutes, wishAllows } from "./facts";
import type { Candidate, DraftModel } from "./model";

export type SolverStatus = "optimal" | "feasible" | "infeasible" | "time-limit";

/** What the solver said: its status, the chosen variables' names (none without a solution), its objective and gap. */
export interface SolverOutcome {
  status: SolverStatus;
  chosen: string[];
  objective: number | null;
  gap?: number;
  seconds: number;
}

export interface DraftPlacement {
  filmId: number;
  slotId: number;
}

export interface DraftUnplaced {
  filmId: number;
  wanted: number;
  placed: number;
  reason: string;
}

export interface DraftResult {
  placed: DraftPlacement[];
  unplaced: DraftUnplaced[];
  objective: number | null;
  solver: { status: SolverStatus; gap?: number; seconds: number };
}

/** Whether the solver's answer holds a placement to write (an empty one included). */
export function hasSolution(outcome: Pick<SolverOutcome, "status" | "objective">): boolean {
  return outcome.status === "optimal" || outcome.status === "feasible" || (outcome.status === "time-limit" && outcome.objective !== null);
}

/** "on Saturday 2 May", "in the allowed venues", "starting between 14:00 and 22:00". */
function whereWords(wish: DraftWish): string {
  const parts: string[] = [];
  if (wish.days?.length)
    parts.push(
      wish.days.length <= 3
        ? `on ${wish.days
            .map((d) =>
              dayLabel(d)
                .replace(",", "")
                .replace(/ \d{4}$/, ""),
            )
            .join(" or ")}`
        : "on the allowed days",
    );
  parts.push(wish.venueIds?.length ? "in the allowed venues" : "in any venue");
  if (wish.notBefore && wish.notAfter) parts.push(`starting between ${wish.notBefore} and ${wish.notAfter}`);
  else if (wish.notBefore) parts.push(`starting at ${wish.notBefore} or later`);
  else if (wish.notAfter) parts.push(`starting by ${wish.notAfter}`);
  return parts.join(" ");
}

function rulesWords(input: DraftInput): string {
  const { maxPerFilmPerDay: cap, minDaysBetweenScreenings: gap } = input.rules;
  const perDay = gap === 0 ? `at most ${cap} a day` : gap === 1 ? "one a day" : `${gap} days apart`;
  return `${perDay}, one print in one place at a time`;
}

/** Why a wish was not met in full, from the data and the solution. */
function reasonFor(input: DraftInput, model: DraftModel, w: number, outcome: SolverOutcome, used: Set<number>, placed: number): string {
  const wish = input.wishes[w];
  if (!wish) return "not asked for";
  const runtime = input.films.get(wish.filmId)?.runtimeMinutes ?? null;
  if (runtime === null) return "its runtime is unknown: a film needs a runtime to be drafted";
  const broken = model.broken[w] ?? [];
  if (!hasSolution(outcome)) {
    if (broken.length) return `its screenings already in the lineup break the rules (${broken.join("; ")}): nothing was placed`;
    if (outcome.status === "time-limit") return "the solver found no placement within the time limit: nothing was placed";
    return "the lineup already breaks the rules for other films: nothing was placed";
  }
  const need = needMinutes(runtime, input.rules);
  const where = whereWords(wish);
  const mine = model.byWish[w] ?? [];
  if (mine.length === 0) {
    const fitting = [...model.slots.values()].filter(
      (s) => fitsSlot(runtime, s.minutes, input.rules) && wishAllows(wish, s, input.edition.dayBreak),
    );
    if (fitting.length === 0) return `no slot of ${need} min or more ${where}`;
    return `every slot of ${need} min or more ${where} is taken already (a screening, a hold, a clashing neighbour or its own print)`;
  }
  const blocked = new Set(used);
  for (const id of used) for (const n of model.clashes.get(id) ?? []) blocked.add(n);
  const free = mine.filter((c: Candidate) => !blocked.has(c.slotId));
  const late = outcome.status === "time-limit" ? " (the solver stopped at its time limit)" : "";
  const days = new Set(mine.map((c) => model.slots.get(c.slotId)?.day));
  if (input.rules.minDaysBetweenScreenings >= 1 && days.size <= placed)
    return `each of its ${days.size} allowed day${days.size === 1 ? "" : "s"} with a slot that fits has one of its screenings (${rulesWords(input)})`;
  if (free.length === 0) return `every slot that fits (${mine.length}) is taken by other films of the draft${late}`;
  return `its rules (${rulesWords(input)}) leave no room in the ${free.length} free slot${free.length === 1 ? "" : "s"} that fit${late}`;
}

/** Reads the solver's chosen variables back into placements and reasons. */
export function readDraft(input: DraftInput, model: DraftModel, outcome: SolverOutcome): DraftResult {
  const chosen = new Set(outcome.chosen);
  const picked = hasSolution(outcome) ? model.candidates.filter((c) => chosen.has(c.name)) : [];
  const used = new Set(picked.map((c) => c.slotId));
  const unplaced: DraftUnplaced[] = [];
  for (const [w, wish] of input.wishes.entries()) {
    const placed = (model.existing[w] ?? 0) + picked.filter((c) => c.wish === w).length;
    if (placed >= wish.screenings) continue;
    unplaced.push({ filmId: wish.filmId, wanted: wish.screenings, placed, reason: reasonFor(input, model, w, outcome, used, placed) });
  }
  return {
    placed: picked.map((c) => ({ filmId: c.filmId, slotId: c.slotId })),
    unplaced,
    objective: hasSolution(outcome) ? outcome.objective : null,
    solver: { status: outcome.status, ...(outcome.gap === undefined ? {} : { gap: outcome.gap }), seconds: outcome.seconds },
  };
}
