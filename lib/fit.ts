/**
 * Fit: does a screening fit its slot?
 *
 * total = pre-show + intro + sum of runtimes + Q&A; it fits when total <= slot
 * minutes (equal fits). The arithmetic is returned as data (terms) and as a
 * sentence: "10 + 177 + 20 = 207 min > 180 min slot, over by 27 min".
 * A missing runtime makes the total unknown: such a screening may only be tentative.
 */
import type { FitResult, FitTerm, ScreeningStatus } from "./types";

export interface FitInput {
  slotMinutes: number;
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
  /** One per film, in programme order; null = unknown. */
  runtimes: (number | null)[];
  /** Display titles, same order as runtimes (for the terms' labels). */
  titles?: string[];
}

export function checkFit(input: FitInput): FitResult {
  const { slotMinutes } = input;
  const terms: FitTerm[] = [];
  if (input.preShowMinutes > 0) terms.push({ label: "pre-show", minutes: input.preShowMinutes });
  if (input.introMinutes > 0) terms.push({ label: "intro", minutes: input.introMinutes });
  for (const [i, r] of input.runtimes.entries()) terms.push({ label: input.titles?.[i] ?? `film ${i + 1}`, minutes: r });
  if (input.qaMinutes > 0) terms.push({ label: "Q&A", minutes: input.qaMinutes });

  const sum = terms.map((t) => (t.minutes === null ? "?" : String(t.minutes))).join(" + ") || "0";
  if (terms.some((t) => t.minutes === null)) {
    const unknown = terms.filter((t) => t.minutes === null).map((t) => t.label);
    return {
      status: "unknown",
      slotMinutes,
      totalMinutes: null,
      spareMinutes: null,
      overByMinutes: null,
      terms,
      message: `${sum} = ? min in a ${slotMinutes} min slot, runtime unknown (${unknown.join(", ")})`,
    };
  }
  const total = terms.reduce((a, t) => a + (t.minutes ?? 0), 0);
  if (total > slotMinutes) {
    const over = total - slotMinutes;
    return {
      status: "over",
      slotMinutes,
      totalMinutes: total,
      spareMinutes: null,
      overByMinutes: over,
      terms,
      message: `${sum} = ${total} min > ${slotMinutes} min slot, over by ${over} min`,
    };
  }
  const spare = slotMinutes - total;
  const message =
    spare === 0
      ? `${sum} = ${total} min = ${slotMinutes} min slot, fits exactly`
      : `${sum} = ${total} min <= ${slotMinutes} min slot, ${spare} min spare`;
  return { status: "fits", slotMinutes, totalMinutes: total, spareMinutes: spare, overByMinutes: null, terms, message };
}

/** What a screening adds to its films' runtimes. */
export interface ScreeningExtras {
  preShowMinutes: number;
  introMinutes: number;
  qaMinutes: number;
}

/** checkFit of a screening (its extras and its films, in programme order) in a slot of `slotMinutes`. */
export function fitOfScreening(
  slotMinutes: number,
  extras: ScreeningExtras,
  films: { runtimeMinutes: number | null; displayTitle: string }[],
): FitResult {
  return checkFit({
    slotMinutes,
    preShowMinutes: extras.preShowMinutes,
    introMinutes: extras.introMinutes,
    qaMinutes: extras.qaMinutes,
    runtimes: films.map((f) => f.runtimeMinutes),
    titles: films.map((f) => f.displayTitle),
  });
}

/** Why a screening may not stand in its slot with this status. */
export type ScreeningRefusal = "does-not-fit" | "runtime-unknown";

/**
 * The festival's rule for a screening in a slot: over the slot is refused unless
 * cancelled; an unknown runtime may only be tentative (or cancelled). null: allowed.
 * The server refuses with 422, the board refuses the drop (or pencils a new film in).
 */
export function screeningRefusal(fit: FitResult, status: ScreeningStatus): ScreeningRefusal | null {
  if (fit.status === "over" && status !== "cancelled") return "does-not-fit";
  if (fit.status === "unknown" && status === "confirmed") return "runtime-unknown";
  return null;
}

/** The short badge of a fit: "fits", "12 min spare", "over by 27", "runtime unknown". */
export function fitBadge(fit: FitResult | null): { label: string; tone: "ok" | "bad" | "unknown" | "empty" } {
  if (!fit) return { label: "empty", tone: "empty" };
  if (fit.status === "unknown") return { label: "runtime unknown", tone: "unknown" };
  if (fit.status === "over") return { label: `over by ${fit.overByMinutes}`, tone: "bad" };
  return { label: fit.spareMinutes === 0 ? "fits" : `${fit.spareMinutes} min spare`, tone: "ok" };
}

export interface RankCandidate {
  id: number;
  title: string;
  runtimeMinutes: number | null;
  /** Already has a screening in this edition. */
  scheduled: boolean;
  year?: number | null;
}

export interface RankedCandidate extends RankCandidate {
  totalMinutes: number;
  spareMinutes: number;
}

/**
 * "What fits here": films that fit the slot with the given extras, least spare
 * time first (so, for equal spare time, the same runtime), then not yet screened,
 * then title, then id. Films of unknown runtime or that would overrun are left out.
 */
export function rankFilmsForSlot(
  slotMinutes: number,
  extras: { preShowMinutes: number; introMinutes: number; qaMinutes: number },
  films: RankCandidate[],
): RankedCandidate[] {
  const fixed = extras.preShowMinutes + extras.introMinutes + extras.qaMinutes;
  const out: RankedCandidate[] = [];
  for (const f of films) {
    if (f.runtimeMinutes === null) continue;
    const total = fixed + f.runtimeMinutes;
    if (total > slotMinutes) continue;
    out.push({ ...f, totalMinutes: total, spareMinutes: slotMinutes - total });
  }
  return out.sort(
    (a, b) => a.spareMinutes - b.spareMinutes || Number(a.scheduled) - Number(b.scheduled) || a.title.localeCompare(b.title) || a.id - b.id,
  );
}
