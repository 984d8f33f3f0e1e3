/**
 * One rule for the minutes a slot leaves unused, read by the festival overview's cells
 * (lib/overview.ts) and the figures that compare two lineups (lib/scenario-figures.ts), so the
 * two pages never disagree (issue 16).
 */

/** What a slot holds: a screening with its fit's spare minutes (null: a runtime is unknown), a hold, or nothing. */
export type SlotTaken = { spareMinutes: number | null } | "held" | null;

/**
 * Minutes of the slot not used: all of an empty slot; none of a held one (kept for something to
 * come); of a slot with a screening, the spare minutes of its fit (none when a runtime is unknown
 * or the screening runs over).
 */
export function unusedMinutes(slotMinutes: number, taken: SlotTaken): number {
  if (taken === "held") return 0;
  if (taken === null) return slotMinutes;
  return Math.max(0, taken.spareMinutes ?? 0);
}
