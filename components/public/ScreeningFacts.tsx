import type { ProgrammeScreening } from "@/lib/programme";
import { ACCESS_ICONS, ACCESS_WORDS, AVAILABILITY_WORDS, guestsSentence, languageSentence, offersTickets } from "@/lib/screening-words";

/** Spoken languages and subtitles, in words. */
export function LanguageLine({ s }: { s: Pick<ProgrammeScreening, "languages" | "subtitles"> }) {
  const words = languageSentence(s.languages, s.subtitles);
  return words ? <span data-field="languages">{words}</span> : null;
}

/** Access marks as words, each with its symbol beside it where one is widely understood. */
export function AccessMarks({ s }: { s: Pick<ProgrammeScreening, "accessibility"> }) {
  if (!s.accessibility.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" data-field="access" aria-label="Access">
      {s.accessibility.map((a) => (
        <li key={a} className="rounded border border-stone-400 px-1.5 text-xs leading-5 text-stone-800">
          {ACCESS_ICONS[a] && (
            <span aria-hidden="true" className="mr-1 font-semibold">
              {ACCESS_ICONS[a]}
            </span>
          )}
          {ACCESS_WORDS[a]}
        </li>
      ))}
    </ul>
  );
}

/** "Q&A with Ana Ferreira (director)": guests by their public names only. */
export function GuestLine({ s }: { s: Pick<ProgrammeScreening, "guests" | "qaMinutes"> }) {
  const words = guestsSentence(s.guests, s.qaMinutes);
  if (!words) return s.qaMinutes > 0 ? <span data-field="guests">with Q&amp;A</span> : null;
  return (
    <span className="font-medium" data-field="guests">
      {words}
    </span>
  );
}

/** Ticket status in words and, where tickets can be bought, the link (never for a cancelled screening). */
export function TicketLine({ s }: { s: Pick<ProgrammeScreening, "availability" | "ticketUrl" | "status" | "title"> }) {
  if (s.status === "cancelled" || (!s.availability && !s.ticketUrl)) return null;
  const soldOut = s.availability === "sold-out";
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-field="tickets">
      {s.availability && (
        <span
          className={soldOut ? "rounded bg-stone-900 px-1.5 text-xs font-bold uppercase leading-5 tracking-wide text-white" : "text-sm"}
        >
          {AVAILABILITY_WORDS[s.availability]}
        </span>
      )}
      {offersTickets(s.availability, s.ticketUrl) && s.ticketUrl && (
        <a href={s.ticketUrl} className="text-sm font-semibold underline underline-offset-2" rel="external">
          Tickets<span className="sr-only"> for {s.title}</span>
        </a>
      )}
    </span>
  );
}
