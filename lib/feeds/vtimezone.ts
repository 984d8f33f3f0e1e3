/**
 * A VTIMEZONE component for an IANA zone, built from the host's Intl zone data
 * (no tz package needed): one observance per real offset change in the years
 * concerned, each with its own DTSTART (no RRULE), plus one opening observance
 * for the offset in force at the start of the range.
 */
import { localParts } from "@/lib/festival-time";

const HOUR = 3_600_000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function offsetAt(ms: number, timeZone: string): number {
  return localParts(new Date(ms), timeZone).offsetMinutes;
}

/** "+0100" / "-0330" as RFC 5545 UTC-OFFSET. */
function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Local wall-clock time (in the given offset) as an iCal DATE-TIME without Z. */
function wallClock(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

export interface OffsetTransition {
  /** The first instant (ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every offset change in [fromMs, toMs), to the minute. */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number): OffsetTransition[] {
  const out: OffsetTransition[] = [];
  const step = 6 * HOUR;
  let prev = offsetAt(fromMs, timeZone);
  for (let t = fromMs + step; t < toMs + step; t += step) {
    const cur = offsetAt(t, timeZone);
    if (cur === prev) continue;
    // Binary search to the minute in (t - step, t].
    let lo = t - step;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: cur });
    prev = cur;
  }
  return out.filter((x) => x.at >= fromMs && x.at < toMs);
}

/**
 * The VTIMEZONE text for `timeZone`, covering whole calendar years from
 * `from`'s year to `to`'s year (inclusive). Lines end in CRLF.
 */
export function buildVtimezone(timeZone: string, from: Date, to: Date): string {
  // It depends on the zone and the years only, and takes ~40 ms (1,500 offset look-ups a year):
  // a release's thousands of per-screening calendars share it.
  const key = `${timeZone} ${from.getUTCFullYear()} ${to.getUTCFullYear()}`;
  let text = vtimezones.get(key);
  if (text === undefined) {
    if (vtimezones.size >= 100) vtimezones.clear();
    text = vtimezoneText(timeZone, from, to);
    vtimezones.set(key, text);
  }
  return text;
}

const vtimezones = new Map<string, string>();

function vtimezoneText(timeZone: string, from: Date, to: Date): string {
  const startMs = Date.UTC(from.getUTCFullYear(), 0, 1) - 14 * HOUR;
  const endMs = Date.UTC(to.getUTCFullYear() + 1, 0, 1) + 14 * HOUR;
  const transitions = offsetTransitions(timeZone, startMs, endMs);
  const initial = offsetAt(startMs, timeZone);
  const all = [initial, ...transitions.map((t) => t.to)];
  const standard = Math.min(...all);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const observance = (kind: "STANDARD" | "DAYLIGHT", at: number, fromOff: number, toOff: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallClock(at, fromOff)}`,
      `TZOFFSETFROM:${icalOffset(fromOff)}`,
      `TZOFFSETTO:${icalOffset(toOff)}`,
      `END:${kind}`,
    );
  };
  observance(initial > standard ? "DAYLIGHT" : "STANDARD", startMs, initial, initial);
  for (const t of transitions) observance(t.to > standard ? "DAYLIGHT" : "STANDARD", t.at, t.from, t.to);
  lines.push("END:VTIMEZONE");
  return `${lines.join("\r\n")}\r\n`;
}
