import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedListing } from "@/components/public/EmbedListing";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { findDay } from "@/lib/programme-pages";
import { publishedHere, requestLocale } from "@/server/i18n-page";
import { embedWords } from "@/server/i18n-words";
import { festivalTitle } from "@/server/published-page";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release
// (server/release-site.ts); framed only by the edition's embedOrigins (proxy.ts, the front).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return festivalTitle(embedWords(await requestLocale()).listing, params);
}

/** The embeddable listing of one day (issue 17 §4). */
export default async function EmbedDayPage({ params }: Props) {
  const { edition, day } = await params;
  const published = await publishedHere(edition);
  const current = published && findDay(published.programme, day);
  if (!published || !current) notFound();
  const { programme } = published;
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "embed", "day", day]} />
      <EmbedListing edition={programme.edition} locale={programme.locale} days={[current]} />
    </>
  );
}
