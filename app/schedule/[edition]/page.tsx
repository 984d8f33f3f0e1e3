import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { FilterForm } from "@/components/public/FilterForm";
import { ScreeningItem } from "@/components/public/ScreeningItem";
import { Section } from "@/components/ui/Section";
import type { ProgrammeScreening } from "@/lib/programme";
import { currentWeekStart } from "@/lib/week";
import { currentFestivalDay, daysTodayFirst, nowAndNext } from "@/lib/whats-on";
import { type Translator, translator } from "@/server/i18n";
import { editionBase, publishedHere } from "@/server/i18n-page";
import { weekWords } from "@/server/i18n-words";

// "Today" and "now" are read per request; the programme itself comes from the in-memory release.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const published = await publishedHere((await params).edition);
  return { title: published?.programme.edition.name ?? "Schedule" };
}

export default async function EditionPage({ params }: Props) {
  const published = await publishedHere((await params).edition);
  if (!published) notFound();
  const { programme } = published;
  const base = editionBase(programme.edition, programme.locale);
  const now = new Date();
  const today = currentFestivalDay(programme, now);
  const days = daysTodayFirst(programme, now);
  const onNow = today ? nowAndNext(programme, now, 4) : null;
  const weekStart = currentWeekStart(programme, now);
  const t = translator(programme.locale);
  return (
    <>
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{t("index.programme")}</h1>
        {onNow && (onNow.now.length > 0 || onNow.next.length > 0) && <WhatsOn now={onNow.now} next={onNow.next} base={base} t={t} />}
        <h2 className="mt-6 text-xl font-semibold">{t("index.days")}</h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-3">
          {days.map((d) => (
            <li key={d.day}>
              <Link href={`${base}/${d.day}`} className="block rounded border border-stone-300 bg-white p-3 hover:border-accent">
                <span className="block font-semibold">
                  {d.day === today && <span className="mr-1 text-accent-dark">{t("index.today")}</span>}
                  {d.label}
                </span>
                <span className="text-sm text-stone-700">{t("index.screenings", { count: d.screenings.length })}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href={`${base}/week/${weekStart}`} className="underline" data-link="week">
            {weekWords(programme.locale).indexLink(today !== null, weekStart)}
          </Link>
        </p>
        <h2 className="mt-6 text-xl font-semibold">{t("index.venues")}</h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {programme.venues.map((v) => (
            <li key={v.id}>
              <Link href={`${base}/venues/${v.slug}`} className="underline" lang={v.textLang?.name}>
                {v.name}
              </Link>
            </li>
          ))}
        </ul>
        <h2 className="mt-6 text-xl font-semibold">{t("index.find")}</h2>
        <div className="mt-2">
          <FilterForm programme={programme} filter={{}} action={`${base}/search`} />
        </div>
        <TakeAway base={base} t={t} />
      </main>
    </>
  );
}

/** The screenings on now and next, when the festival is on. */
function WhatsOn({ now, next, base, t }: { now: ProgrammeScreening[]; next: ProgrammeScreening[]; base: string; t: Translator }) {
  return (
    <Section id="whats-on" title={t("index.whatsOn")} className="mt-4 rounded border border-accent bg-white p-3">
      {now.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">{t("index.now")}</h3>
          <ol>
            {now.map((s) => (
              <ScreeningItem key={s.id} s={s} base={base} />
            ))}
          </ol>
        </>
      )}
      {next.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">{t("index.next")}</h3>
          <ol>
            {next.map((s) => (
              <ScreeningItem key={s.id} s={s} base={base} showDay />
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}

/** The feeds: calendar, festival apps, spreadsheet. */
function TakeAway({ base, t }: { base: string; t: Translator }) {
  return (
    <Section id="take-away" title={t("index.takeAway")} className="mt-6">
      <ul className="mt-2 list-disc pl-5">
        <li>
          <a href={`${base}/schedule.ics`} className="underline" data-feed="ics">
            {t("index.wholeFestival")}
          </a>{" "}
          (iCalendar)
        </li>
        <li>
          <a href={`${base}/schedule.xml`} className="underline" data-feed="xml">
            schedule.xml
          </a>{" "}
          {t("index.and")}{" "}
          <a href={`${base}/schedule.json`} className="underline" data-feed="json">
            schedule.json
          </a>{" "}
          {t("index.frab")}
        </li>
        <li>
          <a href={`${base}/schedule.csv`} className="underline" data-feed="csv">
            {t("index.csv")}
          </a>
        </li>
      </ul>
    </Section>
  );
}
