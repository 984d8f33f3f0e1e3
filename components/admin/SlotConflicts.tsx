import type { Conflict } from "@/lib/types";

/** A slot's conflicts, each a sentence: "Error: …" or "Warning: …". */
export function SlotConflicts({ conflicts, className = "grid gap-1" }: { conflicts: Conflict[]; className?: string }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className={className} aria-label="Conflicts of this slot">
      {conflicts.map((c) => (
        <li
          key={`${c.type}:${c.slotIds.join(",")}:${c.filmIds.join(",")}:${c.message}`}
          className={c.severity === "error" ? "text-red-800" : "text-amber-900"}
          data-conflict={c.type}
        >
          {c.severity === "error" ? "Error" : "Warning"}: {c.message}
        </li>
      ))}
    </ul>
  );
}
