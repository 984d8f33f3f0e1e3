/**
 * The words of the week page, the embeddable listing and the planner in a page's language, from
 * the message files (messages/{locale}.json: week, embed, planner), with dates by the locale.
 */
import { isClockTime, shortDayLabel } from "@/lib/festival-time";
import { dateLocale } from "@/lib/i18n";
import type { ReasonWords } from "@/lib/planner-reasons";
import { translator } from "./i18n";

/** The week page's words (and the edition index's link to it). */
export function weekWords(locale: string) {
  const t = translator(locale);
  const day = (d: string) => shortDayLabel(d, dateLocale(locale));
  return {
    /** The festival days the week shows: "Films from Fri 23 Oct to Sun 25 Oct" (or "Films on Sun 25 Oct"). */
    title: (days: { day: string }[]) => {
      const first = days.at(0)?.day ?? "";
      const last = days.at(-1)?.day ?? first;
      return first === last ? t("week.titleOne", { day: day(first) }) : t("week.titleRange", { first: day(first), last: day(last) });
    },
    day,
    intro: t("week.intro"),
    weeks: t("week.weeks"),
    previous: (start: string) => t("week.previous", { day: day(start) }),
    next: (start: string) => t("week.next", { day: day(start) }),
    films: t("week.films"),
    none: t("week.none"),
    today: t("week.today"),
    cancelled: t("week.cancelled"),
    afterMidnight: t("week.afterMidnight"),
    inProgramme: (title: string) => t("week.inProgramme", { title }),
    /** The index's link: the week from today while the festival runs, else from its first day. */
    indexLink: (today: boolean, start: string) => (today ? t("week.thisWeek") : t("week.weekFrom", { day: day(start) })),
  };
}

export type WeekWords = ReturnType<typeof weekWords>;

export function embedWords(locale: string) {
  const t = translator(locale);
  return {
    listing: t("embed.listing"),
    none: t("embed.none"),
    cancelled: t("embed.cancelled"),
    afterMidnight: t("embed.afterMidnight"),
    newTab: t("embed.newTab"),
    full: t("embed.full"),
    screeningsOn: (day: string) => t("embed.screeningsOn", { day }),
  };
}

export type EmbedWords = ReturnType<typeof embedWords>;

/** A missed film's reasons on the planner page (the API keeps lib/planner-reasons.ts's English). */
export function reasonWords(locale: string): ReasonWords {
  const t = translator(locale);
  return {
    notInProgramme: t("planner.reasons.notInProgramme"),
    allCancelled: t("planner.reasons.allCancelled"),
    outsideHours: (from, to) => t("planner.reasons.outsideHours", { from, to }),
    dayStart: t("planner.reasons.dayStart"),
    dayEnd: t("planner.reasons.dayEnd"),
    noRoom: t("planner.reasons.noRoom"),
    clashes: (count, films) => t("planner.reasons.clashes", { count, films }),
    mustSee: (title) => t("planner.reasons.mustSee", { title }),
    mustSeeInList: (title) => t("planner.reasons.mustSeeInList", { title }),
    and: t("planner.reasons.and"),
  };
}

/** Every word of the planner's page and its "Want to see" toggle. */
export function plannerText(locale: string) {
  const t = translator(locale);
  const dates = new Intl.DateTimeFormat(dateLocale(locale), { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });
  return {
    locale,
    title: t("planner.title"),
    intro: t("planner.intro"),
    wanted: t("planner.wanted"),
    noFilms: t("planner.noFilms"),
    want: t("planner.want"),
    mustSee: t("planner.mustSee"),
    film: (id: number) => t("planner.film", { id }),
    addFilm: t("planner.addFilm"),
    addNone: t("planner.addNone"),
    from: t("planner.from"),
    to: t("planner.to"),
    breakMinutes: t("planner.breakMinutes"),
    submit: t("planner.submit"),
    resultHeading: t("planner.resultHeading"),
    summary: (placed: number, wanted: number, days: number) =>
      days > 0 ? t("planner.summaryDays", { placed, wanted, days }) : t("planner.summary", { placed, wanted }),
    walk: (minutes: number, from: string) => t("planner.walk", { minutes, from }),
    sameVenue: t("planner.sameVenue"),
    missedHeading: t("planner.missedHeading"),
    changedHeading: t("planner.changedHeading"),
    changedIntro: t("planner.changedIntro"),
    cancelled: (title: string, was: string) => t("planner.cancelled", { title, was }),
    moved: (title: string, was: string, now: string) => t("planner.moved", { title, was, now }),
    changedOffer: t("planner.changedOffer"),
    calendar: t("planner.calendar"),
    share: t("planner.share"),
    shareHint: t("planner.shareHint"),
    icsName: (festival: string) => t("planner.icsName", { festival }),
    /** planner.js's bar, read from the toggle's data- attributes: its label, and its link for one film and for {n}. */
    barLabel: t("planner.barLabel"),
    barOne: t("planner.barOne"),
    barMany: t("planner.barMany", { count: "{n}" }),
    /** "Sat 24 Oct, 18:00" of a kept start (yyyy-mm-ddTHH:MM, local). */
    when: (localStart: string) => `${dates.format(new Date(`${localStart.slice(0, 10)}T12:00:00Z`))}, ${localStart.slice(11, 16)}`,
  };
}

export type PlannerText = ReturnType<typeof plannerText>;

/**
 * The planner form's refusals in the page's language, beside their fields (the service's own
 * messages are the API's English): the field tells which words, the wish as asked fills them in.
 */
export function plannerErrors(
  locale: string,
  errors: Record<string, string>,
  asked: { from: string },
  limits: { films: number; breakMinutes: number },
): Record<string, string> {
  const t = translator(locale);
  const say = (field: string, message: string): string => {
    switch (field) {
      case "from":
        return t("planner.errors.time");
      case "to":
        return isClockTime(asked.from) && message.startsWith("must be later")
          ? t("planner.errors.toAfter", { from: asked.from })
          : t("planner.errors.time");
      case "breakMinutes":
        return t("planner.errors.breakMinutes", { max: limits.breakMinutes });
      case "films":
      case "must":
        return message.includes("at most") ? t("planner.errors.tooMany", { max: limits.films }) : t("planner.errors.films");
      case "kept":
        return t("planner.errors.kept");
      default:
        return message;
    }
  };
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, say(field, message)]));
}
