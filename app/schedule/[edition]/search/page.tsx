import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { FilterForm } from "@/components/public/FilterForm";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { filterScreenings, isEmptyFilter, parseFilter } from "@/lib/programme-filter";
import { translator } from "@/server/i18n";
import { editionBase, publishedHere, requestLocale } from "@/server/i18n-page";
import { festivalTitle } from "@/server/published-page";

export const generateMetadata = async ({ params }: { params: Promise<{ edition: string; day?: string }> }) =>
  festivalTitle(translator(await requestLocale())("search.title"), params);

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ params, searchParams }: Props) {
  const published = await publishedHere((await params).edition);
  if (!published) notFound();
  const { programme } = published;
  const filter = parseFilter(await searchParams);
  const base = editionBase(programme.edition, programme.locale);
  const t = translator(programme.locale);
  const results = isEmptyFilter(filter) ? programme.screenings : filterScreenings(programme, filter);
  return (
    <>
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{t("search.title")}</h1>
        <div className="mt-4">
          <FilterForm programme={programme} filter={filter} action={`${base}/search`} />
        </div>
        <h2 className="mt-6 text-xl font-semibold" aria-live="polite">
          {t("search.results", { count: results.length })}
        </h2>
        {results.length > 0 && (
          <ol className="mt-2">
            {results.map((s) => (
              <ScreeningItem key={s.id} s={s} base={base} showDay />
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
