/**
 * A plan as it was when its reader last saw it (issue 17 §2): its screenings and their starts,
 * `kept=101@2026-10-24T18:00,205@2026-10-25T21:30` in the address (and in the browser's
 * storage), so the next visit can say what a newer release cancelled or moved.
 */

export interface KeptStop {
  screeningId: number;
  /** Local start, yyyy-mm-ddTHH:MM in the edition's zone (the first 16 characters of startIso). */
  start: string;
}

export interface KeptChange {
  screeningId: number;
  was: string;
  kind: "cancelled" | "moved";
  /** The new local start when moved. */
  now: string | null;
}

const ENTRY = /^([1-9]\d{0,8})@(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/;
const MAX_KEPT = 60;

export function keptText(stops: readonly { id: number; startIso: string }[]): string {
  return [...new Set(stops.map((s) => `${s.id}@${s.startIso.slice(0, 16)}`))].join(",");
}

/** The stops of a `kept` text, or null when it is not one. */
export function parseKept(text: string): KeptStop[] | null {
  const parts = text.split(",").filter(Boolean);
  if (parts.length > MAX_KEPT) return null;
  const out: KeptStop[] = [];
  for (const p of parts) {
    const m = ENTRY.exec(p.trim());
    if (!m?.[1] || !m[2]) return null;
    out.push({ screeningId: Number(m[1]), start: m[2] });
  }
  return out;
}

/** What the latest release did to the kept screenings: cancelled (or gone), or moved to another start. */
export function keptChanges(
  kept: readonly KeptStop[],
  screenings: readonly { id: number; startIso: string; status: string }[],
): KeptChange[] {
  const byId = new Map(screenings.map((s) => [s.id, s]));
  return kept.flatMap((k): KeptChange[] => {
    const s = byId.get(k.screeningId);
    if (!s || s.status === "cancelled") return [{ screeningId: k.screeningId, was: k.start, kind: "cancelled", now: null }];
    const now = s.startIso.slice(0, 16);
    return now === k.start ? [] : [{ screeningId: k.screeningId, was: k.start, kind: "moved", now }];
  });
}
