import { describe, expect, it } from "vitest";
import { inLineup } from "./lineup-links";

const cases: [name: string, href: string, scenarioId: number | null | undefined, expected: string][] = [
  ["the working lineup leaves the address alone", "/admin/editions/f/board/2026-10-23", null, "/admin/editions/f/board/2026-10-23"],
  ["absent is the working lineup", "/admin/editions/f/conflicts", undefined, "/admin/editions/f/conflicts"],
  ["a scenario adds the query", "/admin/editions/f/board/2026-10-23", 7, "/admin/editions/f/board/2026-10-23?scenario=7"],
  [
    "joined to a query already there",
    "/admin/editions/f/scenarios/3/compare?with=current",
    7,
    "/admin/editions/f/scenarios/3/compare?with=current&scenario=7",
  ],
  ["before the fragment", "/admin/editions/f/days/2026-10-23#slot-12", 7, "/admin/editions/f/days/2026-10-23?scenario=7#slot-12"],
];

describe("inLineup", () => {
  for (const [name, href, id, expected] of cases) it(name, () => expect(inLineup(href, id)).toBe(expected));
});
