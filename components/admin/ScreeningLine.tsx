import type { SlotView } from "@/lib/board";
import { fitBadge } from "@/lib/fit";
import { titlesOf, toneClass } from "./format";

/** The screening (or "Empty") and its fit badge with the arithmetic. */
export function ScreeningLine({ slot }: { slot: SlotView }) {
  const badge = fitBadge(slot.fit);
  const s = slot.screening;
  return (
    <>
      {s ? (
        <div
          className={`mt-1 ${s.status === "cancelled" ? "line-through" : ""} ${s.status === "tentative" ? "italic text-stone-700" : ""}`}
        >
          {s.title ? (
            <>
              <strong>{s.title}</strong>: {titlesOf(s)}
            </>
          ) : (
            titlesOf(s)
          )}
          <span className="ml-2 not-italic text-xs uppercase tracking-wide">{s.status}</span>
        </div>
      ) : (
        <p className="mt-1 text-stone-600">Empty</p>
      )}
      {slot.fit && (
        <p className="mt-1" data-testid="fit">
          <span className={`rounded px-1.5 ${toneClass(badge.tone)}`} data-testid="fit-badge">
            {badge.label}
          </span>{" "}
          <span className="text-stone-700">{slot.fit.message}</span>
        </p>
      )}
    </>
  );
}
