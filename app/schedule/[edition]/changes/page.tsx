import { notFound } from "next/navigation";
import { EditionHeader } from "@/components/public/EditionHeader";
import { ReleaseMark } from "@/components/public/ReleaseMark";
import { toZonedIso } from "@/lib/festival-time";
import { BASE_LOCALE } from "@/lib/i18n";
import type { ReleaseChange } from "@/lib/types";
import { type Translator, translator } from "@/server/i18n";
import { publishedHere, requestLocale } from "@/server/i18n-page";
import { festivalTitle } from "@/server/published-page";
import type { Published } from "@/server/services/public";

// Rendered per request in its language (proxy.ts hands it on), then kept by the HTTP front until the next release (server/release-site.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ edition: string }> };

export const generateMetadata = async ({ params }: { params: Promise<{ edition: string; day?: string }> }) =>
  festivalTitle(translator(await requestLocale())("changes.title"), params);

type Entry = Published["history"][number];

/**
 * How the page speaks: its words, and the language of what it cannot translate (the release's
 * change lines are written in English by lib/release-diff.ts; its notes in the default language).
 */
interface Voice {
  t: Translator;
  changesLang?: string;
  notesLang?: string;
}

function ChangeList({ changes, v }: { changes: ReleaseChange[]; v: Voice }) {
  const { t } = v;
  if (changes.length === 0) return <p className="mt-1 text-sm text-stone-700">{t("changes.none")}</p>;
  return (
    <ul className="mt-2 grid gap-1">
      {changes.map((c) => (
        <li key={`${c.type}:${c.screeningId}:${c.message}`} data-change={c.type}>
          <span className="mr-2 inline-block min-w-28 rounded bg-stone-200 px-1.5 text-xs font-semibold uppercase tracking-wide">
            {t(`changes.kind.${c.type}`)}
          </span>
          <span lang={v.changesLang}>{c.message}</span>
        </li>
      ))}
    </ul>
  );
}

function When({ at, tz }: { at: Date; tz: string }) {
  const iso = toZonedIso(at, tz);
  return (
    <time dateTime={iso}>
      {iso.slice(0, 10)} {iso.slice(11, 16)}
    </time>
  );
}

/** A status-only release (ticket availability alone): folded, its heading says so; opens without JavaScript. */
function TicketRelease({ r, tz, v }: { r: Entry; tz: string; v: Voice }) {
  const { t } = v;
  const n = r.changes.length;
  return (
    <section
      data-release={r.version}
      data-kind="tickets"
      aria-labelledby={`release-${r.version}`}
      className="mt-6 border-t border-stone-300 pt-4"
    >
      <details>
        <summary className="cursor-pointer">
          <h2 id={`release-${r.version}`} className="inline text-lg font-semibold">
            {t("changes.ticketRelease", { version: r.version })}
          </h2>
          <span className="ml-2 text-base text-stone-700">
            <When at={r.publishedAt} tz={tz} /> · {t("changes.screenings", { count: n })}
          </span>
        </summary>
        {r.note && (
          <p className="mt-1 italic" lang={v.notesLang}>
            {r.note}
          </p>
        )}
        <ChangeList changes={r.changes} v={v} />
      </details>
    </section>
  );
}

function ScheduleRelease({ r, tz, v }: { r: Entry; tz: string; v: Voice }) {
  const { t } = v;
  return (
    <section
      data-release={r.version}
      data-kind="schedule"
      aria-labelledby={`release-${r.version}`}
      className="mt-6 border-t border-stone-300 pt-4"
    >
      <h2 id={`release-${r.version}`} className="text-xl font-semibold">
        {t("changes.release", { version: r.version })}
        <span className="ml-2 text-base font-normal text-stone-700">
          <When at={r.publishedAt} tz={tz} />
        </span>
      </h2>
      {r.note && (
        <p className="mt-1 italic" lang={v.notesLang}>
          {r.note}
        </p>
      )}
      <ChangeList changes={r.changes} v={v} />
    </section>
  );
}

export default async function ChangesPage({ params }: Props) {
  const { edition } = await params;
  const published = await publishedHere(edition);
  if (!published) notFound();
  const { programme, history } = published;
  const tz = programme.edition.timeZone;
  const { locale, defaultLocale } = programme;
  const v: Voice = {
    t: translator(locale),
    changesLang: locale === BASE_LOCALE ? undefined : BASE_LOCALE,
    notesLang: locale === defaultLocale ? undefined : defaultLocale,
  };
  return (
    <>
      <ReleaseMark version={published.version} segments={[edition, "changes"]} />
      <EditionHeader edition={programme.edition} venues={programme.venues} version={published.version} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="font-serif text-3xl font-bold">{v.t("changes.heading")}</h1>
        {history.map((r) =>
          r.kind === "tickets" ? (
            <TicketRelease key={r.version} r={r} tz={tz} v={v} />
          ) : (
            <ScheduleRelease key={r.version} r={r} tz={tz} v={v} />
          ),
        )}
      </main>
    </>
  );
}
