import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { PlannerForm } from "@/components/public/PlannerForm";
import { PlannerResult } from "@/components/public/PlannerResult";
import { PlannerScript } from "@/components/public/WantToSee";
import { editionBase, publishedHere, requestLocale } from "@/server/i18n-page";
import { plannerErrors, plannerText, reasonWords } from "@/server/i18n-words";
import { festivalTitle } from "@/server/published-page";
import { MAX_BREAK_MINUTES, MAX_PLANNER_FILMS, plannerQuery, plannerView } from "@/server/services/planner";

export const generateMetadata = async ({ params }: { params: Promise<{ edition: string }> }) =>
  festivalTitle(plannerText(await requestLocale()).title, params);

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The audience's planner (issue 17 §2), rendered per request from its query over the latest
 * release: the plan (announced: a live region, and planner.js moves focus to its heading), then
 * the form to change the wish. Works without JavaScript; its address is the plan to share.
 */
export default async function PlannerPage({ params, searchParams }: Props) {
  const published = await publishedHere((await params).edition);
  if (!published) notFound();
  const { programme } = published;
  const base = editionBase(programme.edition, programme.locale);
  const T = plannerText(programme.locale);
  const read = plannerView(published, await searchParams, reasonWords(programme.locale));
  const limits = { films: MAX_PLANNER_FILMS, breakMinutes: MAX_BREAK_MINUTES };
  const view = { ...read, errors: plannerErrors(programme.locale, read.errors, read.asked, limits) };
  const query = plannerQuery(view);
  return (
    <>
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main
        id="main"
        className="mx-auto max-w-5xl px-4 py-6"
        data-planner={programme.edition.slug}
        data-kept={view.kept}
        data-query={query}
      >
        <h1 className="font-serif text-3xl font-bold">{T.title}</h1>
        <p className="mt-2 max-w-prose text-stone-800">{T.intro}</p>
        <section aria-labelledby="plan-result" className="mt-4">
          <h2 id="plan-result" tabIndex={-1} className="font-serif text-2xl font-bold">
            {T.resultHeading}
          </h2>
          <div aria-live="polite" aria-atomic="false">
            <PlannerResult view={view} base={base} query={query} T={T} />
          </div>
        </section>
        <div className="mt-8">
          <PlannerForm action={`${base}/planner`} films={programme.films} view={view} T={T} />
        </div>
      </main>
      <PlannerScript />
    </>
  );
}
