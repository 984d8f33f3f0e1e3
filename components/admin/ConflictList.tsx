import { type ConflictSlot, conflictWords, slotLinks } from "@/lib/conflict-words";
import { conflictKey } from "@/lib/conflicts";
import { shortDayLabel } from "@/lib/festival-time";
import type { Conflict } from "@/lib/types";

export interface ConflictPlace {
  /** The edition's slug, for the links to the board and the day view. */
  edition: string;
  timeZone: string;
  /** The slots the conflicts may name (lib/conflict-words conflictSlots). */
  known: ReadonlyMap<number, ConflictSlot>;
  /** The lineup the links stay in (a scenario's id; null or absent: the working lineup). */
  scenarioId?: number | null;
}

/** Conflicts as a list of sentences, errors first, then by time; each links to its slots on the board and the day view. */
export function ConflictList({ conflicts, place }: { conflicts: Conflict[]; place: ConflictPlace }) {
  if (conflicts.length === 0) return <p role="status">No conflicts.</p>;
  const rows = conflicts.map((c) => ({ c, words: conflictWords(c, place.known, place.timeZone), at: firstStart(c, place.known) }));
  rows.sort((a, b) => severityRank(a.c) - severityRank(b.c) || a.at - b.at);
  return (
    <ul className="grid gap-2" aria-label="Conflicts">
      {rows.map(({ c, words }) => (
        <li
          key={conflictKey(c)}
          className={`rounded border-l-4 bg-white p-2 text-sm ${c.severity === "error" ? "border-red-700" : "border-amber-500"}`}
          data-conflict={c.type}
        >
          <strong className={c.severity === "error" ? "text-red-800" : "text-amber-900"}>
            {c.severity === "error" ? "Error" : "Warning"}
          </strong>
          {words.day && <span className="text-stone-700"> · {shortDayLabel(words.day)}</span>}: {words.sentence}
          <ConflictLinks edition={place.edition} slots={words.slots} scenarioId={place.scenarioId} />
        </li>
      ))}
    </ul>
  );
}

/** "Matewan 20:00: board · day view" for each slot a conflict names. */
export function ConflictLinks({
  edition,
  slots,
  scenarioId = null,
}: {
  edition: string;
  slots: { id: number; label: string; day: string }[];
  scenarioId?: number | null;
}) {
  if (slots.length === 0) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-stone-800">
      {slots.map((s) => {
        const links = slotLinks(edition, s.id, s.day, scenarioId);
        return (
          <span key={s.id} data-conflict-slot={s.id}>
            {s.label}:{" "}
            <a href={links.board} className="underline" aria-label={`${s.label} on the board`}>
              board
            </a>{" "}
            ·{" "}
            <a href={links.dayView} className="underline" aria-label={`${s.label} in the day view`}>
              day view
            </a>
          </span>
        );
      })}
    </span>
  );
}

const severityRank = (c: Conflict) => (c.severity === "error" ? 0 : 1);

function firstStart(c: Conflict, known: ReadonlyMap<number, ConflictSlot>): number {
  const id = c.slotIds[0];
  return (id !== undefined ? known.get(id)?.startsAt.getTime() : undefined) ?? Number.POSITIVE_INFINITY;
}
