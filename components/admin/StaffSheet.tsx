import type { SheetScreening, VenueSheet } from "@/lib/staff-sheet";

const STATUS_WORDS: Record<SheetScreening["status"], string | null> = {
  confirmed: null,
  tentative: "TENTATIVE",
  cancelled: "CANCELLED: doors stay closed",
  empty: null,
};

function ScreeningBlock({ s }: { s: SheetScreening }) {
  const status = STATUS_WORDS[s.status];
  return (
    <section className="staff-screening" data-slot-id={s.slotId}>
      <h3 className="text-[13pt] font-bold">
        <span className="tabular-nums">
          {s.start}–{s.end}
        </span>{" "}
        {status && <span className="mr-1">{status}</span>}
        <span className={s.status === "cancelled" ? "line-through" : ""}>{s.title}</span>
        {s.afterMidnight && <span className="font-normal"> (after midnight: {s.localDate})</span>}
      </h3>
      {s.steps.length > 0 && (
        <table className="staff-steps">
          <tbody>
            {s.steps.map((step) => (
              <tr key={`${step.kind}-${step.label}-${step.time}`} data-step={step.kind}>
                <td className="whitespace-nowrap tabular-nums font-semibold">{step.time ?? "—"}</td>
                <td className={step.kind === "doors" || step.kind === "next-doors" ? "font-semibold" : ""}>{step.label}</td>
                <td>
                  {step.detail}
                  {step.clockNote && <em> ({step.clockNote})</em>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.notes.length > 0 && (
        <div className="staff-notes">
          <strong>Notes (staff only):</strong>
          <ul>
            {s.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** One venue's page of the day's staff sheets. */
export function VenueSheetPage({ sheet, festival, day }: { sheet: VenueSheet; festival: string; day: string }) {
  const v = sheet.venue;
  const facts = [
    v.capacity != null ? `${v.capacity} seats` : null,
    `doors ${v.doorsMinutes} min before`,
    v.changeoverMinutes > 0 ? `changeover ${v.changeoverMinutes} min` : "no changeover",
    v.stepFree ? "step-free" : null,
  ].filter(Boolean);
  return (
    <article className="staff-sheet" data-venue-id={v.id}>
      <header className="staff-sheet-head">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 className="font-serif text-[18pt] font-bold">{v.name}</h2>
          <span className="text-[12pt] font-semibold">{day}</span>
        </div>
        <div className="flex flex-wrap justify-between gap-x-4">
          <span>{facts.join(" · ")}</span>
          <span>{festival} · staff sheet, not for the public</span>
        </div>
      </header>
      {sheet.screenings.map((s) => (
        <ScreeningBlock key={s.slotId} s={s} />
      ))}
    </article>
  );
}
