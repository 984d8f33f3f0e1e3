/** The publish page's list of earlier releases: number, kind (a schedule or ticket status alone), when, how many changes. */
import { Section } from "@/components/ui/Section";
import { toZonedIso } from "@/lib/festival-time";
import type { Release } from "@/lib/types";

const KIND_WORDS: Record<Release["kind"], string> = { schedule: "Schedule", tickets: "Ticket status only" };

export function ReleaseHistory({ releases, timeZone }: { releases: Omit<Release, "snapshot">[]; timeZone: string }) {
  if (releases.length === 0) return null;
  return (
    <Section id="history-h" title="Earlier releases">
      <ul className="mt-2 grid gap-1" aria-label="Earlier releases">
        {releases.slice(0, 20).map((r) => {
          const iso = toZonedIso(r.publishedAt, timeZone);
          return (
            <li key={r.version} data-release={r.version} data-kind={r.kind} className="flex flex-wrap gap-x-3">
              <span className="font-semibold">Release {r.version}</span>
              <span className={r.kind === "tickets" ? "rounded bg-sky-100 px-1.5 text-sky-900" : "rounded bg-stone-100 px-1.5"}>
                {KIND_WORDS[r.kind]}
              </span>
              <time dateTime={iso}>
                {iso.slice(0, 10)} {iso.slice(11, 16)}
              </time>
              <span className="text-stone-700">
                {r.changes.length} {r.changes.length === 1 ? "change" : "changes"}
                {r.note ? `: ${r.note}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
