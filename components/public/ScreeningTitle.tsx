import Link from "next/link";
import type { ProgrammeScreening } from "@/lib/programme";
import { pageText } from "@/server/i18n-page";

const TITLE_LINK = "font-serif text-lg font-semibold text-ink underline-offset-2 hover:underline";

/** The films, each linking to its page. */
function FilmLinks({ s, base, className }: { s: ProgrammeScreening; base: string; className: string }) {
  return (
    <>
      {s.films.map((f, i) => (
        <span key={f.id}>
          {i > 0 && <span aria-hidden="true">{s.programmeTitle ? " · " : " + "}</span>}
          <Link href={`${base}/films/${f.segment}`} className={className} lang={f.textLang?.title}>
            {f.displayTitle}
          </Link>
        </span>
      ))}
    </>
  );
}

/**
 * The screening's name: a programme's own title with its films listed under it, or the films'
 * titles joined. "Cancelled" before it, struck through.
 */
export async function ScreeningTitle({ s, base }: { s: ProgrammeScreening; base: string }) {
  const { t } = await pageText();
  const cancelled = s.status === "cancelled";
  return (
    <div>
      {cancelled && (
        <span className="mr-2 rounded bg-stone-800 px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide text-white">
          {t("screening.cancelled")}
        </span>
      )}
      {s.programmeTitle ? (
        <>
          <span
            className={`font-serif text-lg font-semibold text-ink ${cancelled ? "line-through" : ""}`}
            data-field="title"
            lang={s.textLang.title}
          >
            {s.programmeTitle}
          </span>
          <div className="text-sm" data-field="films">
            <FilmLinks s={s} base={base} className="text-ink underline underline-offset-2" />
          </div>
          {s.description && (
            <p className="mt-1 max-w-prose text-sm text-stone-700" lang={s.textLang.description}>
              {s.description}
            </p>
          )}
        </>
      ) : (
        <span className={cancelled ? "line-through" : ""} data-field="title">
          <FilmLinks s={s} base={base} className={TITLE_LINK} />
        </span>
      )}
    </div>
  );
}
