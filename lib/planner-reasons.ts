/** A missed film's reason in plain words (issue 17 §2): "both screenings clash with Matewan, a must-see". */
import type { MissReason } from "./planner";

export interface ReasonContext {
  from: string | null;
  to: string | null;
  title: (filmId: number) => string;
  isMust: (filmId: number) => boolean;
}

/** The reasons' words in one language (the pages' from the message files; the API's are ENGLISH_REASONS). */
export interface ReasonWords {
  notInProgramme: string;
  allCancelled: string;
  outsideHours: (from: string, to: string) => string;
  dayStart: string;
  dayEnd: string;
  noRoom: string;
  /** "both screenings clash with {films}" for `count` screenings. */
  clashes: (count: number, films: string) => string;
  mustSee: (title: string) => string;
  mustSeeInList: (title: string) => string;
  and: string;
}

function screeningsWord(n: number): string {
  if (n === 1) return "its only screening clashes";
  if (n === 2) return "both screenings clash";
  return `all ${n} screenings clash`;
}

/** The planner API's words: it is read by programs, and stays English whatever the page's language. */
export const ENGLISH_REASONS: ReasonWords = {
  notInProgramme: "it is not in this festival's programme",
  allCancelled: "every screening is cancelled",
  outsideHours: (from, to) => `no screening between ${from} and ${to}`,
  dayStart: "the start of the day",
  dayEnd: "the end of the day",
  noRoom: "there was no room left in the plan",
  clashes: (count, films) => `${screeningsWord(count)} with ${films}`,
  mustSee: (title) => `${title}, a must-see`,
  mustSeeInList: (title) => `${title} (a must-see)`,
  and: "and",
};

/** "A", "A and B", "A, B and C". */
function andList(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

export function reasonText(reason: MissReason, ctx: ReasonContext, w: ReasonWords = ENGLISH_REASONS): string {
  switch (reason.kind) {
    case "not-in-programme":
      return w.notInProgramme;
    case "all-cancelled":
      return w.allCancelled;
    case "outside-hours":
      return w.outsideHours(ctx.from ?? w.dayStart, ctx.to ?? w.dayEnd);
    case "clashes": {
      const [only] = reason.withFilms;
      if (reason.withFilms.length === 0) return w.noRoom;
      if (reason.withFilms.length === 1 && only !== undefined)
        return w.clashes(reason.screenings, ctx.isMust(only) ? w.mustSee(ctx.title(only)) : ctx.title(only));
      const names = reason.withFilms.map((f) => (ctx.isMust(f) ? w.mustSeeInList(ctx.title(f)) : ctx.title(f)));
      return w.clashes(reason.screenings, andList(names, w.and));
    }
  }
}
