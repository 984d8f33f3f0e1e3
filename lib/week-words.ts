/**
 * Every text the week page and the embeddable listing show, in English, in one place (the
 * festival's languages move them into message files).
 */
import { shortDayLabel } from "./festival-time";

export const WEEK_WORDS = {
  /** The festival days the week shows: "Films from Fri 23 Oct to Sun 25 Oct" (or "Films on Sun 25 Oct"). */
  title: (days: { day: string }[]) => {
    const first = days.at(0)?.day ?? "";
    const last = days.at(-1)?.day ?? first;
    return first === last ? `Films on ${shortDayLabel(first)}` : `Films from ${shortDayLabel(first)} to ${shortDayLabel(last)}`;
  },
  intro: "Every film showing in these seven days, with all its times. Films still to be shown today come first.",
  weeks: "Weeks",
  previous: (start: string) => `← Week from ${shortDayLabel(start)}`,
  next: (start: string) => `Week from ${shortDayLabel(start)} →`,
  films: "Films this week",
  none: "No screenings in these days.",
  today: "Today",
  cancelled: "cancelled",
  afterMidnight: "after midnight",
  inProgramme: (title: string) => `in ${title}`,
  /** The index's link: the week from today while the festival runs, else from its first day. */
  indexLink: (today: boolean, start: string) => (today ? "This week, film by film" : `Film by film, the week from ${shortDayLabel(start)}`),
};

export const EMBED_WORDS = {
  listing: "Programme",
  none: "No screenings on this day.",
  cancelled: "Cancelled",
  afterMidnight: "after midnight",
  newTab: "(opens in a new tab)",
  full: "Full programme",
  screeningsOn: (day: string) => `Screenings on ${day}`,
};
