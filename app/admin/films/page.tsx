import type { Metadata } from "next";
import Link from "next/link";
import { CatalogueList } from "@/components/admin/CatalogueList";

export const metadata: Metadata = { title: "Catalogue" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ q?: string; deleted?: string }> }) {
  const { q, deleted } = await searchParams;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="font-serif text-3xl font-bold">Catalogue</h1>
        <Link href="/admin/films/new" className="rounded bg-accent px-3 py-1.5 font-semibold text-white no-underline">
          Add a film
        </Link>
        <Link href="/admin/films/import" className="underline">
          Import from an archive page or spreadsheet
        </Link>
        <a href="/api/v1/films.csv" className="underline">
          Download as CSV
        </a>
      </div>
      {deleted && (
        <p role="status" className="rounded bg-green-50 p-2 text-sm">
          Film deleted.
        </p>
      )}
      <CatalogueList initialQuery={q ?? ""} />
    </div>
  );
}
