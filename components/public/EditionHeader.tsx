import Link from "next/link";
import type { SnapshotEdition } from "@/lib/types";

export function EditionHeader({ edition, version }: { edition: SnapshotEdition; version: number }) {
  const base = `/schedule/${edition.slug}`;
  return (
    <header className="border-b-4 border-accent bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4">
        <p className="text-sm">
          <Link href={base} className="font-serif text-2xl font-bold text-ink no-underline">
            {edition.name}
          </Link>
        </p>
        <nav aria-label="Festival" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={base} className="underline underline-offset-2">
            Programme
          </Link>
          <Link href={`${base}/changes`} className="underline underline-offset-2">
            Changes
          </Link>
          <span className="text-stone-600">
            Times in {edition.timeZone.replace(/_/g, " ")} · release {version}
          </span>
        </nav>
      </div>
    </header>
  );
}
