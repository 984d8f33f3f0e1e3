import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { isIsoDay } from "@/lib/festival-time";
import { findDay } from "@/lib/programme-pages";
import { translator } from "@/server/i18n";
import { editionBase, publishedHere } from "@/server/i18n-page";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release (server/release-site.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, day } = await params;
  const published = await publishedHere(edition);
  const d = published && findDay(published.programme, day);
  return { title: d ? `${d.label} · ${published.programme.edition.name}` : translator(published?.programme.locale ?? "en")("day.title") };
}

export default async function DayPage({ params }: Props) {
  const { edition, day } = await params;
  const published = await publishedHere(edition);
  if (!published || !isIsoDay(day)) notFound();
  const { programme } = published;
  const index = programme.days.findIndex((d) => d.day === day);
  const current = programme.days[index];
  if (!current) notFound();
  const base = editionBase(programme.edition, programme.locale);
  const prev = programme.days[index - 1];
  const next = programme.days[index + 1];
  const t = translator(programme.locale);
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, day]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} day={current.day} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{current.label}</h1>
        <p className="mt-1 text-sm text-stone-700">{t("day.dayBreak", { dayBreak: programme.edition.dayBreak })}</p>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <Link href={`${base}/${current.day}/grid`} className="hidden underline md:inline">
            {t("day.grid")}
          </Link>
          <Link href={`${base}/${current.day}/print`} className="underline">
            {t("day.print")}
          </Link>
          <Link href={`${base}/search?day=${current.day}`} className="underline">
            {t("day.filter")}
          </Link>
        </p>
        <nav aria-label={t("day.days")} className="mt-3 flex justify-between text-sm">
          {prev ? (
            <Link href={`${base}/${prev.day}`} className="underline">
              ← {prev.label}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`${base}/${next.day}`} className="underline">
              {next.label} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
        {current.screenings.length === 0 ? (
          <p className="mt-6">{t("day.none")}</p>
        ) : (
          <ol className="mt-4" aria-label={t("day.screeningsOn", { day: current.label })}>
            {current.screenings.map((s) => (
              <ScreeningItem key={s.id} s={s} base={base} />
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
