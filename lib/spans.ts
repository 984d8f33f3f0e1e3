/**
 * How long an edition and a slot may last. One rule each, used by the input
 * schemas (a whole create) and by the services (a patch merged onto the record).
 */

/** An edition lasts at most this many festival days: a cinema may programme its whole year (a leap year) as one edition. */
export const MAX_EDITION_DAYS = 366;
/** A slot lasts at most a day. */
export const MAX_SLOT_MINUTES = 24 * 60;

/** What is wrong with a span, named by the field the caller should change. */
export interface SpanProblem<F extends string> {
  field: F;
  message: string;
}

/** Days `yyyy-mm-dd` compare as text; the span counts both ends. */
export function editionDaysProblem(firstDay: string, lastDay: string): SpanProblem<"lastDay"> | null {
  if (lastDay < firstDay) return { field: "lastDay", message: "must not be before firstDay" };
  const days = (Date.parse(lastDay) - Date.parse(firstDay)) / 86_400_000 + 1;
  if (days > MAX_EDITION_DAYS) return { field: "lastDay", message: `an edition lasts at most ${MAX_EDITION_DAYS} days` };
  return null;
}

/** Real elapsed time: on the night the clocks change a slot's length is its real minutes. */
export function slotTimesProblem(startsAt: Date, endsAt: Date): SpanProblem<"endsAt"> | null {
  const ms = endsAt.getTime() - startsAt.getTime();
  if (ms <= 0) return { field: "endsAt", message: "must be after startsAt" };
  if (ms > MAX_SLOT_MINUTES * 60_000) return { field: "endsAt", message: "a slot lasts at most 24 hours" };
  return null;
}
