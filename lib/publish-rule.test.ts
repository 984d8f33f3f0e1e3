import { describe, expect, it } from "vitest";
import { publishHold, sameSnapshot } from "./publish-rule";
import { lisbonSnapshot, screening } from "./test-fixtures";
import type { ReleaseSnapshot } from "./types";

// A Lisbon edition with one confirmed screening (lib/test-fixtures.ts).
const snapshot: ReleaseSnapshot = lisbonSnapshot([screening(5, 1, "2026-10-23T19:00:00.000Z", "2026-10-23T21:30:00.000Z", [7])], []);
/** As read back from the database: JSON, keys possibly in another order, undefined fields gone. */
const stored = (s: ReleaseSnapshot) => JSON.parse(JSON.stringify(s)) as ReleaseSnapshot;

describe("publishHold: named cases", () => {
  const cases: { name: string; previous: { version: number; snapshot: ReleaseSnapshot } | null; next: ReleaseSnapshot; held: boolean }[] = [
    { name: "the first release is always allowed", previous: null, next: snapshot, held: false },
    { name: "nothing changed since release 2: held", previous: { version: 2, snapshot: stored(snapshot) }, next: snapshot, held: true },
    {
      name: "a retimed screening: allowed",
      previous: { version: 2, snapshot },
      next: { ...snapshot, screenings: snapshot.screenings.map((s) => ({ ...s, startsAt: "2026-10-23T19:30:00.000Z" })) },
      held: false,
    },
    {
      name: "a venue renamed (no screening change in the changelog): allowed",
      previous: { version: 2, snapshot },
      next: { ...snapshot, venues: [{ id: 1, slug: "operario", name: "Cinema Operário (Sala 1)", capacity: 200, stepFree: false }] },
      held: false,
    },
    {
      name: "the same data with its keys in another order: held",
      previous: {
        version: 4,
        snapshot: { walking: [], screenings: snapshot.screenings, films: [], venues: snapshot.venues, edition: snapshot.edition },
      },
      next: snapshot,
      held: true,
    },
  ];
  it.each(cases)("$name", ({ previous, next, held }) => {
    const hold = publishHold({
      nextVersion: (previous?.version ?? 0) + 1,
      unchanged: previous !== null && sameSnapshot(previous.snapshot, next),
    });
    expect(hold !== null).toBe(held);
    if (hold) expect(hold).toContain(`release ${previous?.version}`);
  });

  it("an undefined field counts as absent, as it is once stored", () => {
    expect(sameSnapshot({ ...snapshot, extra: undefined } as ReleaseSnapshot, stored(snapshot))).toBe(true);
  });
});

it("the first release is allowed even if the preview says unchanged", () => {
  expect(publishHold({ nextVersion: 1, unchanged: true })).toBeNull();
});
