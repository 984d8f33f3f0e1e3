/**
 * The public pages of one part of an edition's latest release (a film, a venue, a day): the
 * part read from the release, the page's title, and a 404 when the edition has no release yet
 * or the release has no such part.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Programme } from "@/lib/programme";
import { publishedHere } from "./i18n-page";
import type { Published } from "./services/public";

export function publishedPart<P extends { edition: string }, T>(
  find: (programme: Programme, params: P) => T | null | undefined,
  title: (part: T, published: Published) => string,
  fallback: string,
) {
  const read = async (params: Promise<P>) => {
    const p = await params;
    const published = await publishedHere(p.edition);
    const part = published ? find(published.programme, p) : undefined;
    return published && part ? { published, part } : null;
  };
  return {
    generateMetadata: async ({ params }: { params: Promise<P> }): Promise<Metadata> => {
      const found = await read(params);
      return { title: found ? title(found.part, found.published) : fallback };
    },
    /** The part and its release; the page is a 404 when either is missing. */
    load: async (params: Promise<P>) => (await read(params)) ?? notFound(),
  };
}

/** A public page's title with the festival's name after it ("Find a screening · Picket Line Film Festival 2026"). */
export async function festivalTitle(what: string, params: Promise<{ edition: string; day?: string }>): Promise<Metadata> {
  const { edition, day } = await params;
  const programme = (await publishedHere(edition))?.programme;
  const label = day ? programme?.days.find((d) => d.day === day)?.label : undefined;
  return { title: [what, label, programme?.edition.name].filter(Boolean).join(" · ") };
}
