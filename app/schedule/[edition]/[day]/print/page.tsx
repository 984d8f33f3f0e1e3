import { PrintChoices, PrintTable } from "@/components/public/PrintSheet";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { toZonedIso } from "@/lib/festival-time";
import { logoAddress } from "@/lib/images";
import { legendOf, printGroups, printOptions, printPageChrome } from "@/lib/print-sheet";
import { findDay } from "@/lib/programme-pages";
import { translator, wordingFor } from "@/server/i18n";
import { editionBase } from "@/server/i18n-page";
import { publishedPart } from "@/server/published-page";

// The address without a query is rendered once per release and served from memory by the front
// (server/release-site.ts); a choice in the query (?by=venue, ?images=show) is rendered by Next
// per request (the page reads the query, so Next renders it on demand).

type Props = {
  params: Promise<{ edition: string; day: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const page = publishedPart(
  (programme, { day }: { edition: string; day: string }) => findDay(programme, day),
  (d, { programme }) => translator(programme.locale)("print.page", { festival: programme.edition.name, day: d.label }),
  "Print",
);
export const generateMetadata = page.generateMetadata;

export default async function PrintPage({ params, searchParams }: Props) {
  const { edition, day } = await params;
  const options = printOptions(await searchParams);
  const { published, part: d } = await page.load(params);
  const { programme } = published;
  const asOf = toZonedIso(published.publishedAt, programme.edition.timeZone);
  const base = editionBase(programme.edition, programme.locale);
  const t = translator(programme.locale);
  const w = wordingFor(programme.locale);
  const legend = legendOf(d.screenings, (key) => t(`print.${key}`));
  const release = t("print.release", { version: published.version, date: asOf.slice(0, 10), time: asOf.slice(11, 16) });
  return (
    <main id="main" className="print-sheet mx-auto max-w-[190mm] bg-white p-4 text-black print:p-0">
      <ReleaseMark version={published.version} segments={[edition, day, "print"]} />
      {/* On paper, the festival, the day, the legend and the release are in every page's margins. */}
      <style>{printPageChrome(programme.edition.name, d.label, legend, release, { page: t("print.pageWord"), of: t("print.of") })}</style>
      <header className="no-print mb-2 border-b-2 border-black pb-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h1 className="font-serif text-[15pt] font-bold">{programme.edition.name}</h1>
          <p className="text-[12pt] font-semibold">{d.label}</p>
        </div>
        <p className="flex flex-wrap justify-between gap-x-4">
          <span>
            {legend.map((l) => (
              <span key={l.mark} className="mr-3">
                {l.mark} {l.text}
              </span>
            ))}
          </span>
          <time dateTime={asOf}>{release}</time>
        </p>
      </header>
      {programme.edition.logo && (
        // the festival's logo heads the first sheet (its name and the day are in every page's margin)
        // biome-ignore lint/performance/noImgElement: a stored SVG or PNG logo, sized by its own width and height
        <img
          src={logoAddress(programme.edition.logo)}
          alt={programme.edition.name}
          width={programme.edition.logo.width}
          height={programme.edition.logo.height}
          className="print-logo mb-1 h-[12mm] w-auto"
        />
      )}
      <PrintChoices path={`${base}/${d.day}/print`} options={options} dayHref={`${base}/${d.day}`} />
      <PrintTable
        groups={printGroups(
          d,
          options.by,
          programme.venues.map((v) => v.id),
          w,
        )}
        by={options.by}
        images={options.images}
      />
      {d.screenings.length === 0 && <p className="mt-2">{t("day.none")}</p>}
    </main>
  );
}
