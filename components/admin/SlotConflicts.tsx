import { conflictWords } from "@/lib/conflict-words";
import { conflictKey } from "@/lib/conflicts";
import type { Conflict } from "@/lib/types";
import { ConflictLinks, type ConflictPlace } from "./ConflictList";

/** A slot's conflicts, each a sentence ("Error: Two screenings overlap in …") with links to the other slots it names. */
export function SlotConflicts({
  conflicts,
  place,
  slotId,
  className = "grid gap-1",
}: {
  conflicts: Conflict[];
  place: ConflictPlace;
  /** This slot: it is not linked to itself. */
  slotId: number;
  className?: string;
}) {
  if (conflicts.length === 0) return null;
  return (
    <ul className={className} aria-label="Conflicts of this slot">
      {conflicts.map((c) => {
        const words = conflictWords(c, place.known, place.timeZone);
        return (
          <li key={conflictKey(c)} className={c.severity === "error" ? "text-red-800" : "text-amber-900"} data-conflict={c.type}>
            {c.severity === "error" ? "Error" : "Warning"}: {words.sentence}
            <ConflictLinks edition={place.edition} slots={words.slots.filter((s) => s.id !== slotId)} scenarioId={place.scenarioId} />
          </li>
        );
      })}
    </ul>
  );
}
