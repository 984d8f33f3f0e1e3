import { EditionHeader } from "@/components/public/EditionHeader";
import { FilmPicture } from "@/components/public/FilmPicture";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { Section } from "@/components/ui/Section";
import { languageName } from "@/lib/i18n-names";
import { findFilm } from "@/lib/programme-pages";
import { formatRuntime } from "@/lib/runtime";
import { translator } from "@/server/i18n";
import { editionBase } from "@/server/i18n-page";
import { publishedPart } from "@/server/published-page";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release (server/release-site.ts).
export const dynamic = "force-dynamic";

/** A still (landscape) gets a wider column than a poster (portrait), so neither towers over the facts. */
const orientation = (image: { width: number; height: number }) => (image.height > image.width ? "portrait" : "landscape");
const IMAGE_LAYOUT = {
  landscape: {
    grid: "md:grid-cols-[minmax(0,1fr)_22rem] lg:grid-cols-[minmax(0,1fr)_26rem]",
    figure: "max-w-md",
    sizes: "(min-width: 1024px) 26rem, (min-width: 768px) 22rem, (min-width: 480px) 28rem, 100vw",
  },
  portrait: {
    grid: "md:grid-cols-[minmax(0,1fr)_16rem] lg:grid-cols-[minmax(0,1fr)_18rem]",
    figure: "max-w-64 md:max-w-none",
    sizes: "(min-width: 1024px) 18rem, 16rem",
  },
} as const;

type Props = { params: Promise<{ edition: string; film: string }> };

const page = publishedPart(
  (programme, { film }: { edition: string; film: string }) => findFilm(programme, film),
  (film, { programme }) => `${film.displayTitle} · ${programme.edition.name}`,
  "Film",
);
export const generateMetadata = page.generateMetadata;

export default async function FilmPage({ params }: Props) {
  const { edition, film: segment } = await params;
  const { published, part: film } = await page.load(params);
  const { programme } = published;
  const base = editionBase(programme.edition, programme.locale);
  const layout = film.image ? IMAGE_LAYOUT[orientation(film.image)] : null;
  const screenings = programme.screenings.filter((s) => s.films.some((f) => f.id === film.id));
  const t = translator(programme.locale);
  const language = (name: string) => languageName(name, programme.locale);
  // [field (data-field), label, value]
  const facts: [string, string, string | null][] = [
    ["directed-by", t("film.directedBy"), film.directors.join(", ") || null],
    ["starring", t("film.starring"), film.cast.join(", ") || null],
    ["year", t("film.year"), film.year ? String(film.year) : null],
    ["countries", t("film.countries"), film.countries.join(", ") || null],
    ["runtime", t("film.runtime"), formatRuntime(film.runtimeMinutes)],
    ["languages", t("film.languages"), film.languages.map(language).join(", ") || null],
    ["subtitles", t("film.subtitles"), film.subtitles?.split(", ").map(language).join(", ") ?? null],
    ["genre", t("film.genre"), film.genre],
    ["section", t("film.section"), film.section],
    ["age-rating", t("film.rating"), film.rating],
    ["original-title", t("film.originalTitle"), film.originalTitle && film.originalTitle !== film.title ? film.originalTitle : null],
  ];
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "films", segment]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <article>
          <h1 className="font-serif text-3xl font-bold" lang={film.textLang?.title}>
            {film.displayTitle}
          </h1>
          <div className={`mt-4 grid gap-5 ${layout?.grid ?? ""}`}>
            {film.image && layout && (
              <figure className={`${layout.figure} md:col-start-2 md:row-start-1`}>
                <FilmPicture image={film.image} sizes={layout.sizes} loading="eager" className="rounded" />
              </figure>
            )}
            <div className="md:col-start-1 md:row-start-1">
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {facts
                  .filter(([, , v]) => v)
                  .map(([field, k, v]) => (
                    <div key={field} className="contents">
                      <dt className="font-medium text-stone-700">{k}</dt>
                      <dd data-field={field}>{v}</dd>
                    </div>
                  ))}
              </dl>
              {film.synopsis && (
                <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed" lang={film.textLang?.synopsis}>
                  {film.synopsis}
                </p>
              )}
            </div>
          </div>
          <Section id="screenings" title={t("film.screenings")} className="mt-8">
            {screenings.length > 0 && (
              <p className="mt-1 text-sm">
                <a href={`${base}/films/${film.segment}.ics`} className="underline" data-feed="film-ics">
                  {t("film.calendar", { title: film.displayTitle })}
                </a>
              </p>
            )}
            <ol>
              {screenings.map((s) => (
                <ScreeningItem key={s.id} s={s} base={base} showDay showImage={false} />
              ))}
            </ol>
          </Section>
        </article>
      </main>
    </>
  );
}
