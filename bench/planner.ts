/**
 * The planner's figure of `npm run bench` (issue 17 §2): the best plan for 30 wanted films
 * (the 30 with the most screenings, the first three must-sees, a 10 minute break, the whole
 * day) over the latest release of the generated festival; target < 100 ms.
 */
import { planFor, requirePublished } from "@/server/services/planner";
import { type Figure, figure, notAvailable } from "./results";

const PLANNER_FILMS = 30;
const TARGET = { op: "<=", value: 100 } as const;

export function plannerFigure(slug: string, runs: number): Figure {
  const name = `planner: best plan for ${PLANNER_FILMS} wanted films`;
  try {
    const published = requirePublished(slug);
    const shows = new Map<number, number>();
    for (const s of published.programme.screenings)
      if (s.status !== "cancelled") for (const f of s.films) shows.set(f.id, (shows.get(f.id) ?? 0) + 1);
    const films = [...shows]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, PLANNER_FILMS)
      .map(([id]) => id);
    const wish = { films, must: films.slice(0, 3), from: null, to: null, breakMinutes: 10 };
    const times: number[] = [];
    let placed = 0;
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      placed = planFor(published, wish).plan.length;
      if (r > 0) times.push(performance.now() - t0);
    }
    const screenings = films.reduce((n, f) => n + (shows.get(f) ?? 0), 0);
    return figure(name, "ms", times, TARGET, `${screenings} screenings of them; ${placed} placed; walking minutes and the break counted`);
  } catch (e) {
    return notAvailable(name, "ms", TARGET, `planner failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
}
