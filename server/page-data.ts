/**
 * Server components read through the services like everyone else; a refusal becomes the
 * App Router's answer instead of an error page: a record or address that is not there is
 * a 404 (not-found.tsx), a caller who may not see it a 403/401 (forbidden.tsx,
 * unauthorized.tsx). Anything else reaches the segment's error.tsx.
 */
import { forbidden, notFound, unauthorized } from "next/navigation";
import { cache } from "react";
import { isIsoDay } from "@/lib/festival-time";
import { defaultLocaleOf } from "@/lib/i18n";
import type { Edition } from "@/lib/types";
import { ServiceError } from "./errors";
import { getEdition } from "./services/editions";
import { scenarioParam } from "./services/scenarios-lineup";
import type { Board } from "./services/schedule";
import { currentActor } from "./session";

/** What the App Router hands a page: its route's parameters and the query string's values, both awaited. */
export interface RouteProps<Params, Search> {
  params: Promise<Params>;
  searchParams: Promise<Search>;
}

export function pageData<T>(load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (e instanceof ServiceError) {
      // A malformed id or day in the address is an address that does not exist.
      if (e.code === "not_found" || e.code === "bad_request") notFound();
      if (e.code === "forbidden") forbidden();
      if (e.code === "unauthorized") unauthorized();
    }
    throw e;
  }
}

/**
 * The edition of a day page, when `day` is one of its festival days; else 404 (403 for a
 * caller who may not read it). The day's layout and its page both ask (Next renders them in
 * parallel, so the page cannot rely on the layout's check); once per request.
 */
export const editionOfDay = cache(async (slug: string, day: string): Promise<Edition> => {
  if (!isIsoDay(day)) notFound();
  const actor = await currentActor();
  const edition = pageData(() => getEdition(actor, slug));
  if (day < edition.firstDay || day > edition.lastDay) notFound();
  return edition;
});

/** The lineup a page's `?scenario=` names (null: the working lineup); one that is not an id is an address that is not there. */
export function scenarioOfPage(value: string | string[] | undefined): number | null {
  if (Array.isArray(value)) notFound();
  try {
    return scenarioParam(value);
  } catch {
    notFound();
  }
}

/** What the board and the day view of one festival day are drawn from: the edition's clock, its venues, the slots (of one lineup). */
export function dayViewProps(board: Board, day: string, scenarioId: number | null = null) {
  const { edition } = board;
  return {
    edition: {
      slug: edition.slug,
      name: edition.name,
      timeZone: edition.timeZone,
      dayBreak: edition.dayBreak,
      firstDay: edition.firstDay,
      lastDay: edition.lastDay,
      scenarioId,
      // the languages besides the default: the assign form's programme text in each (issue 17 §3)
      locales: edition.locales.filter((l) => l !== defaultLocaleOf(edition)),
    },
    venues: board.venues.map((v) => ({ id: v.id, name: v.name, changeoverMinutes: v.changeoverMinutes, stepFree: v.stepFree })),
    day,
    initialSlots: board.slots,
  };
}
