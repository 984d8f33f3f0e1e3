/** A missed film's reason in plain words (issue 17 §2): "both screenings clash with Matewan, a must-see". */
import type { MissReason } from "./planner";

export interface ReasonContext {
  from: string | null;
  to: string | null;
  title: (filmId: number) => string;
  isMust: (filmId: number) => boolean;
}

/** "A", "A and B", "A, B and C". */
function andList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function screeningsWord(n: number): string {
  if (n === 1) return "its only screening clashes";
  if (n === 2) return "both screenings clash";
  return `all ${n} screenings clash`;
}

export function reasonText(reason: MissReason, ctx: ReasonContext): string {
  switch (reason.kind) {
    case "not-in-programme":
      return "it is not in this festival's programme";
    case "all-cancelled":
      return "every screening is cancelled";
    case "outside-hours":
      return `no screening between ${ctx.from ?? "the start of the day"} and ${ctx.to ?? "the end of the day"}`;
    case "clashes": {
      const [only] = reason.withFilms;
      if (reason.withFilms.length === 0) return "there was no room left in the plan";
      if (reason.withFilms.length === 1 && only !== undefined)
        return `${screeningsWord(reason.screenings)} with ${ctx.title(only)}${ctx.isMust(only) ? ", a must-see" : ""}`;
      const names = reason.withFilms.map((f) => `${ctx.title(f)}${ctx.isMust(f) ? " (a must-see)" : ""}`);
      return `${screeningsWord(reason.screenings)} with ${andList(names)}`;
    }
  }
}
