import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { EditionHeader } from "@/components/public/EditionHeader";
import { getPublished } from "@/server/services/public";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const published = getPublished((await params).edition);
  return { title: published?.programme.edition.name ?? "Schedule" };
}

export default async function EditionPage({ params }: Props) {
  const published = getPublished((await params).edition);
  if (!published) notFound();
  const { programme } = published;
  const base = `/schedule/${programme.edition.slug}`;
  return (
    <>
      <EditionHeader edition={programme.edition} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">Programme</h1>
        <h2 className="mt-6 text-xl font-semibold">Days</h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-3">
          {programme.days.map((d) => (
            <li key={d.day}>
              <Link href={`${base}/${d.day}`} className="block rounded border border-stone-300 bg-white p-3 hover:border-accent">
                <span className="block font-semibold">{d.label}</span>
                <span className="text-sm text-stone-700">
                  {d.screenings.length} screening{d.screenings.length === 1 ? "" : "s"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
