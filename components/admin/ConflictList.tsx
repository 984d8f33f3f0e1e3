import { conflictKey } from "@/lib/conflicts";
import type { Conflict } from "@/lib/types";

/** Conflicts as a list, errors first; each names its slots. */
export function ConflictList({ conflicts, link }: { conflicts: Conflict[]; link?: (slotId: number) => string | null }) {
  if (conflicts.length === 0) return <p role="status">No conflicts.</p>;
  const sorted = [...conflicts].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className="grid gap-2" aria-label="Conflicts">
      {sorted.map((c) => (
        <li
          key={conflictKey(c)}
          className={`rounded border-l-4 bg-white p-2 text-sm ${c.severity === "error" ? "border-red-700" : "border-amber-500"}`}
          data-conflict={c.type}
        >
          <strong className={c.severity === "error" ? "text-red-800" : "text-amber-900"}>
            {c.severity === "error" ? "Error" : "Warning"}
          </strong>{" "}
          · {c.type}: {c.message}
          {link &&
            c.slotIds.map((id) => {
              const href = link(id);
              return href ? (
                <a key={id} href={href} className="ml-2 underline">
                  slot {id}
                </a>
              ) : null;
            })}
        </li>
      ))}
    </ul>
  );
}
