/**
 * A slot typed as a programmer thinks of it (festival day, start and end on the
 * local clock) turned into instants, following the day-break rule: on festival
 * day Friday with day-break 06:00, "00:30" means Saturday 00:30 local time.
 * An end clock time at or before the start means the next calendar day.
 */
import { addDays, elapsedMinutes, isClockTime, localParts, zonedTimeToInstant } from "./festival-time";

export type SlotTimes = { startsAt: Date; endsAt: Date; minutes: number } | { error: string; field: "startTime" | "endTime" };

export function slotInstants(festivalDay: string, startTime: string, endTime: string, timeZone: string, dayBreak = "06:00"): SlotTimes {
  if (!isClockTime(startTime)) return { error: "must be a time like 20:30", field: "startTime" };
  if (!isClockTime(endTime)) return { error: "must be a time like 22:45", field: "endTime" };
  const startDate = startTime < dayBreak ? addDays(festivalDay, 1) : festivalDay;
  const startsAt = zonedTimeToInstant(startDate, startTime, timeZone, "earlier");
  if (!startsAt) return { error: `${startTime} does not exist on ${startDate} (the clocks go forward)`, field: "startTime" };
  const endDate = endTime <= startTime ? addDays(startDate, 1) : startDate;
  // On the night the clocks go back, an end time that happens twice is read as the
  // one that gives the slot a sensible (shorter than 24 h) length after its start.
  const candidates = [
    zonedTimeToInstant(endDate, endTime, timeZone, "earlier"),
    zonedTimeToInstant(endDate, endTime, timeZone, "later"),
  ].filter((d): d is Date => !!d && d.getTime() > startsAt.getTime());
  const [endsAt] = candidates;
  if (!endsAt) {
    const exists = zonedTimeToInstant(endDate, endTime, timeZone);
    return {
      error: exists ? "must be after the start" : `${endTime} does not exist on ${endDate} (the clocks go forward)`,
      field: "endTime",
    };
  }
  return { startsAt, endsAt, minutes: elapsedMinutes(startsAt, endsAt) };
}

/** The local clock time of an instant, for filling a slot form. */
export function clockOf(instant: Date | string, timeZone: string): string {
  return localParts(typeof instant === "string" ? new Date(instant) : instant, timeZone).time;
}
