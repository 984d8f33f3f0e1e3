/** While a screening with guests is dragged: the hours of the board's day when any of them is away. */
import { mergedRanges } from "@/lib/guest-conflicts";
import { type BoardWindow, minutesFrom } from "./geometry";

/**
 * Bands in minutes from the window's start, within [0, totalMinutes], when at least one of the
 * guests is not at the festival (outside every range of their availability). A guest without
 * availability is always there (lib/guest-conflicts' rule), so guests without any give no band.
 */
export function unavailableBands(
  win: Pick<BoardWindow, "start">,
  totalMinutes: number,
  guests: readonly { availability: readonly { from: Date; to: Date }[] }[],
): { start: number; end: number }[] {
  const away: { from: Date; to: Date }[] = [];
  const dayStart = win.start;
  const dayEnd = new Date(win.start.getTime() + totalMinutes * 60_000);
  for (const g of guests) {
    if (g.availability.length === 0) continue;
    let cursor = dayStart;
    for (const r of mergedRanges(g.availability)) {
      if (r.from > cursor) away.push({ from: cursor, to: r.from < dayEnd ? r.from : dayEnd });
      if (r.to > cursor) cursor = r.to;
      if (cursor >= dayEnd) break;
    }
    if (cursor < dayEnd) away.push({ from: cursor, to: dayEnd });
  }
  return mergedRanges(away.filter((r) => r.from < r.to && r.from < dayEnd && r.to > dayStart)).map((r) => ({
    start: Math.max(0, minutesFrom(win, r.from)),
    end: Math.min(totalMinutes, minutesFrom(win, r.to)),
  }));
}
