import Link from "next/link";
import type { SnapshotEdition } from "@/lib/types";

/** The foot of every public page: the festival, the release shown, and Lineup in small print. Not printed. */
export function EditionFooter({ edition, version }: { edition: SnapshotEdition; version: number }) {
  const base = `/schedule/${edition.slug}`;
  return (
    <footer className="edition-footer no-print mt-12 border-t border-stone-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm text-stone-700">
        <p>
          <span className="font-semibold text-ink">{edition.name}</span> · Times in {edition.timeZone.replace(/_/g, " ")} ·{" "}
          <Link href={`${base}/changes`} className="underline underline-offset-2">
            programme release {version}
          </Link>
        </p>
        <p className="text-xs">Made with Lineup</p>
      </div>
    </footer>
  );
}
