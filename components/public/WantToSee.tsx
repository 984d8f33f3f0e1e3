import { PLANNER_SCRIPT_HASH, PLANNER_SCRIPT_PATH } from "@/lib/planner-script";
import { pageText } from "@/server/i18n-page";
import { plannerText } from "@/server/i18n-words";

/**
 * "Want to see" on a public screening: without JavaScript a link to the planner with its films;
 * with it, public/planner.js makes it a button (aria-pressed) kept in this browser's storage, and
 * shows a bar to the planner whose words it reads from the link's data- attributes (the page's
 * language: the script is the same bytes for every page).
 * The script is one static file allowed by its hash; React puts it in the head once per page.
 */
export async function WantToSee({ base, filmIds, title }: { base: string; filmIds: number[]; title: string }) {
  if (filmIds.length === 0) return null;
  const T = plannerText((await pageText()).locale);
  const films = filmIds.join(",");
  return (
    <>
      <a
        href={`${base}/planner?films=${films}`}
        className="want-to-see"
        data-want={films}
        data-bar-label={T.barLabel}
        data-bar-one={T.barOne}
        data-bar-many={T.barMany}
      >
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
