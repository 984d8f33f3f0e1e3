import Link from "next/link";
import { shortDayLabel } from "@/lib/festival-time";
import { dateLocale } from "@/lib/i18n";
import type { ProgrammeScreening } from "@/lib/programme";
import { formatRuntime } from "@/lib/runtime";
import { pageText } from "@/server/i18n-page";
import { FilmPicture } from "./FilmPicture";
import { AccessMarks, Dotted, GuestLine, LanguageLine, StepFree, TicketLine } from "./ScreeningFacts";
import { ScreeningTitle } from "./ScreeningTitle";
import { WantToSee } from "./WantToSee";

/** When: start and end in the festival's zone, the day when asked, "after midnight" when it belongs to the day before. */
async function ScreeningTimes({ s, showDay }: { s: ProgrammeScreening; showDay: boolean }) {
  const { locale, t } = await pageText();
  return (
    <div className="tabular-nums">
      {showDay && <div className="text-xs text-stone-600">{shortDayLabel(s.festivalDay, dateLocale(locale))}</div>}
      <time dateTime={s.startIso} className="block text-lg font-semibold leading-tight" data-field="start">
        {s.startTime}
      </time>
      <span className="text-sm text-stone-700">
        {t("screening.to")}{" "}
        <time dateTime={s.endIso} data-field="end">
          {s.endTime}
        </time>
      </span>
      {s.afterMidnight && (
        <span className="mt-1 block text-xs font-medium text-indigo-800" title={t("screening.startsAfterMidnight", { date: s.localDate })}>
          {t("screening.afterMidnight")}
        </span>
      )}
    </div>
  );
}

/**
 * One screening in a public list: times in the festival's zone, the programme's name or the
 * films, venue, runtime, section, languages, guests, access marks and tickets; cancelled ones
 * struck through.
 */
export async function ScreeningItem({
  s,
  base,
  showDay = false,
  showImage = true,
}: {
  s: ProgrammeScreening;
  base: string;
  showDay?: boolean;
  /** false on a film's own page, which shows its picture once, above */
  showImage?: boolean;
}) {
  const { t } = await pageText();
  const cancelled = s.status === "cancelled";
  // a still of the (first) film that has one, lazy-loaded: the list itself stays light
  const image = showImage ? (s.films.find((f) => f.image)?.image ?? null) : null;
  return (
    <li
      className={`grid grid-cols-[4.5rem_1fr] gap-x-3 sm:grid-cols-[4.5rem_1fr_auto] border-b border-stone-200 py-3 ${cancelled ? "text-stone-500" : ""}`}
      data-screening-id={s.id}
    >
      <ScreeningTimes s={s} showDay={showDay} />
      <div className="space-y-1">
        <ScreeningTitle s={s} base={base} />
        <Dotted
          className="text-sm text-stone-700"
          items={[
            <Link
              key="venue"
              href={`${base}/venues/${s.venue.slug}`}
              className="underline-offset-2 hover:underline"
              data-field="venue"
              lang={s.venue.textLang?.name}
            >
              {s.venue.name}
            </Link>,
            <span key="runtime" data-field="runtime">
              {formatRuntime(s.runtimeMinutes)}
            </span>,
            !s.programmeTitle && s.films.length === 1 ? s.films[0]?.directors.join(", ") : null,
            s.sections.length > 0 && (
              <span key="section" data-field="section">
                {s.sections.join(", ")}
              </span>
            ),
            s.format,
            s.accessibility.includes("step-free") && <StepFree key="step-free" />,
          ]}
        />
        <div className="text-sm text-stone-700">
          <LanguageLine s={s} />
        </div>
        <div className="text-sm text-stone-800">
          <GuestLine s={s} />
        </div>
        <AccessMarks s={s} />
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <TicketLine s={s} />
          {!cancelled && <WantToSee base={base} filmIds={s.films.map((f) => f.id)} title={s.title} />}
          <a
            href={`${base}/screenings/${s.id}.ics`}
            className="text-stone-700 underline-offset-2 hover:underline"
            data-feed="screening-ics"
          >
            {t.rich("screening.addToCalendar", { title: s.title, sr: (words) => <span className="sr-only">{words}</span> })}
          </a>
        </div>
      </div>
      {/* on a phone the list keeps its width for the words (and a hidden lazy image is never fetched) */}
      <div className="hidden sm:block">{image && <FilmPicture image={image} sizes="8rem" className="w-32 rounded-sm" />}</div>
    </li>
  );
}
