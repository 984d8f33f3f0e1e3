import Link from "next/link";
import { dayTabs, festivalDates } from "@/lib/festival-dates";
import { daysBetween } from "@/lib/festival-time";
import { dateLocale } from "@/lib/i18n";
import { zoneName } from "@/lib/i18n-names";
import { logoAddress } from "@/lib/images";
import type { Programme, ProgrammeVenue } from "@/lib/programme";
import { editionBase, pageText } from "@/server/i18n-page";
import { Languages } from "./Languages";

/** The page container's width: the header lines up with the page's own (the grid is wider). */
const WIDTH = { normal: "max-w-5xl", wide: "max-w-7xl" } as const;

const navLink = "rounded py-0.5 text-on-accent underline-offset-4 hover:underline";

/**
 * The festival's own header on every public page: its logo and name, its dates, the ways
 * round the programme (days, venues, search, changes, feeds), in its accent colour (the
 * edition layout sets the colours: lib/colour.ts). No script: the venues open with <details>.
 */
export async function EditionHeader({
  edition,
  venues,
  day,
  width = "normal",
}: {
  edition: Programme["edition"];
  /** The release's venues (when the page has them; else "Venues" leads to the index's list). */
  venues?: ProgrammeVenue[];
  /** The festival day the page shows, marked in the days' strip. */
  day?: string;
  width?: keyof typeof WIDTH;
  /** The release shown (the footer names it; kept for callers). */
  version?: number;
}) {
  const { locale, t } = await pageText();
  const base = editionBase(edition, locale);
  const box = `mx-auto ${WIDTH[width]} px-4`;
  const dateTag = dateLocale(locale);
  return (
    <header className="edition-header" data-width={width}>
      <Languages edition={edition} />
      <div className="bg-accent text-on-accent">
        <div className={`${box} flex flex-wrap items-end justify-between gap-x-6 gap-y-1 pt-3 pb-2`}>
          <Masthead edition={edition} base={base} />
          <p className="text-sm sm:text-base">
            <span className="font-semibold">{festivalDates(edition.firstDay, edition.lastDay, dateTag)}</span>
            <span>
              {" "}
              ·{" "}
              {t("header.timesIn", {
                city: cityOf(edition.timeZone),
                zone: zoneName(edition.timeZone, locale, new Date(`${edition.firstDay}T12:00:00Z`)),
              })}
            </span>
          </p>
        </div>
        <nav
          aria-label={t("header.festival")}
          className={`${box} flex flex-wrap items-center gap-x-3 gap-y-1 pb-2 text-sm font-medium sm:gap-x-5`}
        >
          {/* On a phone the festival's name leads to the programme: one line of links fits. */}
          <Link href={base} className={`${navLink} hidden sm:inline`}>
            {t("header.programme")}
          </Link>
          <VenuesMenu base={base} venues={venues} label={t("header.venues")} />
          <Link href={`${base}/search`} className={navLink}>
            {t("header.search")}
          </Link>
          <Link href={`${base}/changes`} className={navLink}>
            {t("header.changes")}
          </Link>
          <Link href={`${base}#take-away`} className={navLink}>
            {t("header.calendars")}
          </Link>
        </nav>
      </div>
      <nav aria-label={t("header.days")} className="border-b border-stone-300 bg-white">
        <div className={box}>
          <ol className="-mx-2 flex gap-1 overflow-x-auto text-sm whitespace-nowrap">
            {dayTabs(daysBetween(edition.firstDay, edition.lastDay), dateTag).map(({ day: d, label }) => (
              <li key={d}>
                <Link
                  href={`${base}/${d}`}
                  aria-current={d === day ? "page" : undefined}
                  className={`block border-b-4 px-2 py-2 no-underline hover:border-accent ${d === day ? "border-accent-dark font-bold text-ink" : "border-transparent text-stone-800"}`}
                >
                  {label}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      </nav>
    </header>
  );
}

/** The festival's logo and name, leading to its programme; the name in its fallback language is marked. */
function Masthead({ edition, base }: { edition: Programme["edition"]; base: string }) {
  return (
    <Link href={base} className="flex min-w-0 items-center gap-3 text-on-accent no-underline">
      {edition.logo && (
        // biome-ignore lint/performance/noImgElement: a released page runs no script and needs no image optimiser for an uploaded logo
        <img
          src={logoAddress(edition.logo)}
          alt={edition.name}
          width={edition.logo.width}
          height={edition.logo.height}
          className="h-10 w-auto shrink-0 sm:h-12"
        />
      )}
      <span
        className="font-serif text-xl leading-tight font-bold sm:text-3xl"
        aria-hidden={edition.logo ? true : undefined}
        lang={edition.textLang?.name}
      >
        {edition.name}
      </span>
    </Link>
  );
}

function VenuesMenu({ base, venues, label }: { base: string; venues?: ProgrammeVenue[]; label: string }) {
  if (!venues || venues.length === 0)
    return (
      <Link href={`${base}#venues`} className={navLink}>
        {label}
      </Link>
    );
  return (
    <details className="venues-menu relative">
      <summary className={`${navLink} cursor-pointer`}>{label}</summary>
      <ul className="absolute left-0 z-20 mt-1 min-w-48 rounded border border-stone-300 bg-white py-1 text-ink shadow-lg">
        {venues.map((v) => (
          <li key={v.id}>
            <Link
              href={`${base}/venues/${v.slug}`}
              className="block px-3 py-1.5 text-ink no-underline hover:bg-stone-100 hover:underline"
              lang={v.textLang?.name}
            >
              {v.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Europe/Lisbon" -> "Lisbon"; "America/Argentina/Buenos_Aires" -> "Buenos Aires"; "UTC" stays. */
function cityOf(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}
