import { PLANNER_SCRIPT_HASH, PLANNER_SCRIPT_PATH } from "@/lib/planner-script";
import { PLANNER_TEXT as T } from "./PlannerText";

/**
 * "Want to see" on a public screening: without JavaScript a link to the planner with its films;
 * with it, public/planner.js makes it a button (aria-pressed) kept in this browser's storage.
 * The script is one static file allowed by its hash; React puts it in the head once per page.
 */
export function WantToSee({ base, filmIds, title }: { base: string; filmIds: number[]; title: string }) {
  if (filmIds.length === 0) return null;
  const films = filmIds.join(",");
  return (
    <>
      <a href={`${base}/planner?films=${films}`} className="want-to-see" data-want={films}>
        {T.want}
        <span className="sr-only"> {title}</span>
      </a>
      <PlannerScript />
    </>
  );
}

/** The planner's script tag, async (React hoists it to the head and writes it once). */
export function PlannerScript() {
  return <script async src={PLANNER_SCRIPT_PATH} integrity={PLANNER_SCRIPT_HASH} />;
}
