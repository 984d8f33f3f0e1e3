/**
 * Every text the week page and the embeddable listing show, in English, in one place (the
 * festival's languages move them into message files).
 */
import { shortDayLabel } from "./festival-time";

export const WEEK_WORDS = {
  title: (first: string, last: string) => `Films from ${shortDayLabel(first)} to ${shortDayLabel(last)}`,
  intro: "Every film showing in these seven days, with all its times. Films still to be shown today come first.",
  weeks: "Weeks",
  previous: (start: string) => `← Week from ${shortDayLabel(start)}`,
  next: (start: string) => `Week from ${shortDayLabel(start)} →`,
  films: "Films this week",
  none: "No screenings in these days.",
  today: "Today",
  cancelled: "cancelled",
  indexLink: (today: boolean) => (today ? "This week, film by film" : "The first week, film by film"),
};

export const EMBED_WORDS = {
  listing: "Programme",
  title: (festival: string) => `${festival}: programme`,
  dayTitle: (festival: string, day: string) => `${festival}: ${day}`,
  none: "No screenings on this day.",
  cancelled: "Cancelled",
  newTab: "(opens in a new tab)",
  full: "Full programme",
  screeningsOn: (day: string) => `Screenings on ${day}`,
};
