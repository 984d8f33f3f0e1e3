/**
 * Festival time: instants are UTC; everything a person sees is the edition's
 * IANA zone, whatever the host's TZ. A festival day runs from the day-break
 * (default 06:00 local) to the next day's day-break, so a screening at 00:30
 * belongs to the previous festival day.
 *
 * Implemented on Intl (no host-zone arithmetic anywhere), with formatters cached per zone.
 */

export interface LocalParts {
  /** yyyy-mm-dd on the local calendar */
  date: string;
  /** HH:MM on the local clock (24 h) */
  time: string;
  /** Offset from UTC in minutes (Lisbon summer: 60) */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** localParts of recent instants per zone (a board shows the same slots again and again); bounded. */
const partsCache = new Map<string, Map<number, LocalParts>>();
const PARTS_CACHE_SIZE = 50_000;

/** The local calendar date, clock time and UTC offset of an instant in a zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const ms = instant.getTime();
  const zone = partsCache.get(timeZone) ?? new Map<number, LocalParts>();
  partsCache.set(timeZone, zone);
  const hit = zone.get(ms);
  if (hit) return { ...hit };
  const parts = computeLocalParts(instant, ms, timeZone);
  if (zone.size >= PARTS_CACHE_SIZE) zone.clear();
  zone.set(ms, parts);
  return { ...parts };
}

function computeLocalParts(instant: Date, ms: number, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const y = get("year");
  const mo = get("month");
  const d = get("day");
  const h = get("hour");
  const mi = get("minute");
  const s = get("second");
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetMinutes = Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}`, offsetMinutes };
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 with the zone's offset: 2026-10-25T00:30:00+01:00 */
export function toZonedIso(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const seconds = pad(new Date(instant.getTime()).getUTCSeconds());
  return `${p.date}T${p.time}:${seconds}${formatOffset(p.offsetMinutes)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Year, month (1-12) and day of a yyyy-mm-dd text (not checked against the calendar), or null. */
function dayNumbers(day: string): { y: number; m: number; d: number } | null {
  const [, y, m, d] = ISO_DAY.exec(day) ?? [];
  return y && m && d ? { y: +y, m: +m, d: +d } : null;
}

export function isIsoDay(day: string): boolean {
  const n = dayNumbers(day);
  if (!n) return false;
  const d = new Date(Date.UTC(n.y, n.m - 1, n.d));
  return d.getUTCFullYear() === n.y && d.getUTCMonth() === n.m - 1 && d.getUTCDate() === n.d;
}

export function isClockTime(time: string): boolean {
  return CLOCK.test(time);
}

export function addDays(day: string, n: number): string {
  const m = dayNumbers(day);
  if (!m) throw new Error(`not a yyyy-mm-dd day: ${day}`);
  const d = new Date(Date.UTC(m.y, m.m - 1, m.d + n));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Every calendar day from first to last, inclusive. */
export function daysBetween(firstDay: string, lastDay: string): string[] {
  const out: string[] = [];
  for (let d = firstDay; d <= lastDay && out.length < 1000; d = addDays(d, 1)) out.push(d);
  return out;
}

export type Disambiguation = "earlier" | "later";

/**
 * The instant at which the local clock in `timeZone` shows `day` `time`.
 * In the autumn repeat (01:30 happens twice) `prefer` picks the earlier (summer-time) or later instant.
 * In the spring gap (02:30 never happens) returns null.
 */
export function zonedTimeToInstant(day: string, time: string, timeZone: string, prefer: Disambiguation = "earlier"): Date | null {
  const dm = dayNumbers(day);
  const [, hh, mm, ss] = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time) ?? [];
  if (!dm || !hh || !mm) return null;
  const asUtc = Date.UTC(dm.y, dm.m - 1, dm.d, +hh, +mm, ss ? +ss : 0);
  const wanted = `${day} ${hh}:${mm}`;
  const candidates = new Set<number>();
  // Offsets in force a day either side cover every transition of real zones.
  for (const probe of [asUtc - 86_400_000, asUtc, asUtc + 86_400_000]) {
    const off = localParts(new Date(probe), timeZone).offsetMinutes;
    candidates.add(asUtc - off * 60_000);
  }
  const matches = [...candidates]
    .filter((c) => {
      const p = localParts(new Date(c), timeZone);
      return `${p.date} ${p.time}` === wanted;
    })
    .sort((a, b) => a - b);
  const pick = matches.at(prefer === "earlier" ? 0 : -1);
  return pick === undefined ? null : new Date(pick);
}

/** The festival day an instant belongs to: its local date, or the day before when earlier than the day-break. */
export function festivalDayOf(instant: Date, timeZone: string, dayBreak = "06:00"): string {
  const p = localParts(instant, timeZone);
  return p.time < dayBreak ? addDays(p.date, -1) : p.date;
}

/** True when the local calendar date is already the next day (after midnight, before the day-break). */
export function isAfterMidnight(instant: Date, timeZone: string, dayBreak = "06:00"): boolean {
  return localParts(instant, timeZone).time < dayBreak;
}

/**
 * Where a local time that does not exist (spring gap) falls: the first instant
 * after the gap. Used for day windows whose day-break lands in a gap.
 */
function instantAtOrAfter(day: string, time: string, timeZone: string): Date {
  const exact = zonedTimeToInstant(day, time, timeZone, "earlier");
  if (exact) return exact;
  const [h = 0, m = 0] = time.split(":").map(Number);
  for (let step = 1; step <= 180; step++) {
    const mins = h * 60 + m + step;
    if (mins >= 24 * 60) break;
    const t = zonedTimeToInstant(day, `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`, timeZone, "earlier");
    if (t) return t;
  }
  throw new Error(`no local time at or after ${day} ${time} in ${timeZone}`);
}

/** The instants a festival day spans: [day-break of `day`, day-break of the next day). */
export function festivalDayWindow(day: string, timeZone: string, dayBreak = "06:00"): { start: Date; end: Date } {
  return {
    start: instantAtOrAfter(day, dayBreak, timeZone),
    end: instantAtOrAfter(addDays(day, 1), dayBreak, timeZone),
  };
}

/** Real elapsed whole minutes between two instants (a 00:30-02:30 slot on the night DST ends is 180). */
export function elapsedMinutes(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses ISO 8601 with an explicit offset or Z; null for anything else (a bare local time is ambiguous). */
export function parseIsoInstant(text: string): Date | null {
  if (typeof text !== "string") return null;
  const [, y, mo, d, hh = "", mi = "", ss] = ISO_INSTANT.exec(text.trim()) ?? [];
  if (!y) return null;
  if (!isIsoDay(`${y}-${mo}-${d}`) || +hh > 23 || +mi > 59 || (ss && +ss > 59)) return null;
  const instant = new Date(text.trim());
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** "Friday 16 October 2026" style label for a festival day, independent of the host's locale data. */
export function dayLabel(day: string, locale = "en-GB"): string {
  const d = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(d);
}

export function shortDayLabel(day: string, locale = "en-GB"): string {
  const d = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }).format(d);
}
