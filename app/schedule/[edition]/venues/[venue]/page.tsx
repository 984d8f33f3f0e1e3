import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { findVenue } from "@/lib/programme-pages";
import { walksFrom } from "@/lib/walking";
import { translator } from "@/server/i18n";
import { editionBase } from "@/server/i18n-page";
import { publishedPart } from "@/server/published-page";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release (server/release-site.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string; venue: string }> };

const page = publishedPart(
  (programme, { venue }: { edition: string; venue: string }) => findVenue(programme, venue),
  (venue, { programme }) => `${venue.name} · ${programme.edition.name}`,
  "Venue",
);
export const generateMetadata = page.generateMetadata;

export default async function VenuePage({ params }: Props) {
  const { edition, venue: venueSlug } = await params;
  const { published, part: venue } = await page.load(params);
  const { programme } = published;
  const base = editionBase(programme.edition, programme.locale);
  const days = programme.days
    .map((d) => ({ ...d, screenings: d.screenings.filter((s) => s.venue.id === venue.id) }))
    .filter((d) => d.screenings.length > 0);
  const walks = walksFrom(venue.id, programme.venues, programme.walking);
  const t = translator(programme.locale);
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "venues", venueSlug]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold" lang={venue.textLang?.name}>
          {venue.name}
        </h1>
        <p className="text-sm text-stone-700" data-field="venue-facts">
          {[
            venue.capacity != null ? t("venue.seats", { count: venue.capacity }) : null,
            venue.stepFree ? t("venue.stepFree") : t("venue.noStepFree"),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {walks.length > 0 && (
          <ul className="mt-2 text-sm text-stone-700" data-field="venue-walks" aria-label={t("venue.walks")}>
            {walks.map((w) => (
              <li key={w.venue.id}>
                {w.minutes === 0 ? t("venue.nextDoor") : t("venue.walk", { minutes: w.minutes })}{" "}
                <a href={`${base}/venues/${w.venue.slug}`} className="underline">
                  {w.venue.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <a href={`${base}/venues/${venue.slug}.ics`} className="underline" data-feed="venue-ics">
            {t("venue.calendar", { venue: venue.name })}
          </a>
        </p>
        {days.length === 0 && <p className="mt-4">{t("venue.none")}</p>}
        {days.map((d) => (
          <section key={d.day} aria-labelledby={`day-${d.day}`} className="mt-6">
            <h2 id={`day-${d.day}`} className="text-xl font-semibold">
              {d.label}
            </h2>
            <ol>
              {d.screenings.map((s) => (
                <ScreeningItem key={s.id} s={s} base={base} />
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  );
}
