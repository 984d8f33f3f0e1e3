import Link from "next/link";
import type { ReactNode } from "react";

/** A page inside one edition: the way back to the edition's page above the page's title. */
export function EditionPageHeading({ slug, back, children }: { slug: string; back: ReactNode; children: ReactNode }) {
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/editions/${slug}`} className="underline">
          {back}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{children}</h1>
    </>
  );
}
