import type React from "react";
import type { ProgrammeScreening } from "@/lib/programme";
import { ACCESS_ICONS, availabilityWords, languageSentence, offersTickets, qaSentence } from "@/lib/screening-words";
import { pageText } from "@/server/i18n-page";

/** Spoken languages and subtitles, in words. */
export async function LanguageLine({ s }: { s: Pick<ProgrammeScreening, "languages" | "subtitles"> }) {
  const { w } = await pageText();
  const words = languageSentence(s.languages, s.subtitles, w);
  return words ? <span data-field="languages">{words}</span> : null;
}

/**
 * Access marks as words, each with its symbol beside it where one is widely understood. The
 * venue's step-free access is said beside the venue (StepFree), not repeated here.
 */
export async function AccessMarks({ s }: { s: Pick<ProgrammeScreening, "accessibility"> }) {
  const { t, w } = await pageText();
  const marks = s.accessibility.filter((a) => a !== "step-free");
  if (!marks.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" data-field="access" aria-label={t("screening.access")}>
      {marks.map((a) => (
        <li key={a} className="rounded border border-stone-400 px-1.5 text-xs leading-5 text-stone-800">
          {ACCESS_ICONS[a] && (
            <span aria-hidden="true" className="mr-1 font-semibold">
              {ACCESS_ICONS[a]}
            </span>
          )}
          {w.access[a]}
        </li>
      ))}
    </ul>
  );
}

/** "♿ Step-free", said beside the venue's name (only for a screening with step-free access). */
export async function StepFree() {
  const { t } = await pageText();
  return (
    <span className="whitespace-nowrap" data-field="step-free">
      <span aria-hidden="true">♿ </span>
      {t("screening.stepFree")}
    </span>
  );
}

/** "Q&A with Ana Ferreira (director)": guests by their public names only. */
export async function GuestLine({ s }: { s: Pick<ProgrammeScreening, "guests" | "qaMinutes"> }) {
  const { w } = await pageText();
  const words = qaSentence(s.guests, s.qaMinutes, w);
  if (!words) return null;
  return (
    <div className="font-medium" data-field="guests">
      {words}
    </div>
  );
}

/** Ticket status in words and, while tickets are sold online, the link (never for a cancelled screening). */
export async function TicketLine({ s }: { s: Pick<ProgrammeScreening, "availability" | "ticketUrl" | "status" | "title"> }) {
  if (s.status === "cancelled" || (!s.availability && !s.ticketUrl)) return null;
  const { t, w } = await pageText();
  const link = offersTickets(s.availability, s.ticketUrl) ? s.ticketUrl : null;
  const words = availabilityWords(s.availability, link !== null, w);
  const soldOut = s.availability === "sold-out";
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-field="tickets">
      {link && (
        <a
          href={link}
          className="rounded border border-ink px-2 text-sm font-semibold leading-6 text-ink hover:bg-ink hover:text-white"
          rel="external"
        >
          {t.rich("screening.buyTickets", { title: s.title, sr: (words) => <span className="sr-only">{words}</span> })}
        </a>
      )}
      {words && (
        <span
          className={soldOut ? "rounded bg-stone-900 px-1.5 text-xs font-bold uppercase leading-5 tracking-wide text-white" : "text-sm"}
        >
          {words}
        </span>
      )}
    </span>
  );
}

/** Its non-empty items joined by " · " on one line. */
export function Dotted({ items, className }: { items: React.ReactNode[]; className?: string }) {
  const shown = items.filter((x) => x !== null && x !== false && x !== undefined && x !== "");
  if (!shown.length) return null;
  return (
    <div className={className}>
      {shown.map((x, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are fixed positions of one line
        <span key={i}>
          {i > 0 && " · "}
          {x}
        </span>
      ))}
    </div>
  );
}
