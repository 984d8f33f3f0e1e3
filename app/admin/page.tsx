import type { Metadata } from "next";
import Link from "next/link";
import { EditionForm } from "@/components/admin/EditionForm";
import { Panel } from "@/components/ui/Section";
import { listEditions } from "@/server/services/editions";
import { requireSignedIn } from "@/server/session";

export const metadata: Metadata = { title: "Editions" };

export default async function AdminHome() {
  const editions = listEditions(await requireSignedIn("/admin"));
  return (
    <div className="grid gap-8">
      <section aria-labelledby="editions-h">
        <h1 id="editions-h" className="font-serif text-3xl font-bold">
          Editions
        </h1>
        {editions.length === 0 ? (
          <p className="mt-2">No edition yet: create one below.</p>
        ) : (
          <ul className="mt-3 grid gap-2">
            {editions.map((e) => (
              <li key={e.id} className="rounded border border-stone-300 bg-white p-3">
                <Link href={`/admin/editions/${e.slug}`} className="text-lg font-semibold underline">
                  {e.name}
                </Link>
                <span className="ml-2 text-sm text-stone-700">
                  {e.firstDay} to {e.lastDay} · {e.timeZone}
                </span>
                <Link href={`/schedule/${e.slug}`} className="ml-3 text-sm underline">
                  public schedule
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Panel id="new-edition-h" title="New edition">
        <EditionForm />
      </Panel>
    </div>
  );
}
