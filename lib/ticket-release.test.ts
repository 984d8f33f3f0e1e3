import { describe, expect, it } from "vitest";
import { nextRevisions } from "./release-diff";
import { film, lisbonSnapshot, screening } from "./test-fixtures";
import { pendingTicketChanges, type TicketFacts, ticketRelease } from "./ticket-release";

const films = [film(1, "Matewan", 135), film(2, "Salt of the Earth", 94)];
const matewan = screening(10, 1, "2026-10-24T21:00:00+01:00", "2026-10-24T23:30:00+01:00", [1], { availability: "few-left" });
const salt = screening(11, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00", [2], { availability: "on-sale" });
const released = nextRevisions(null, lisbonSnapshot([matewan, salt], films));
const facts = (availability: TicketFacts["availability"], ticketUrl: string | null = null): TicketFacts => ({ availability, ticketUrl });

describe("pendingTicketChanges: named cases", () => {
  const cases = [
    { name: "nothing changed", current: [facts("few-left"), facts("on-sale")], only: undefined, pending: [] },
    { name: "one sold out", current: [facts("sold-out"), facts("on-sale")], only: undefined, pending: [10] },
    { name: "a link added", current: [facts("few-left"), facts("on-sale", "https://t.example.org/11")], only: undefined, pending: [11] },
    { name: "both changed, only one asked for", current: [facts("sold-out"), facts("free")], only: new Set([11]), pending: [11] },
    { name: "a screening no longer in the lineup is left alone", current: [undefined, facts("on-sale")], only: undefined, pending: [] },
  ];
  it.each(cases)("$name", ({ current, only, pending }) => {
    const byId = new Map<number, TicketFacts>();
    current.forEach((f, i) => {
      if (f) byId.set([10, 11][i] ?? 0, f);
    });
    expect([...pendingTicketChanges(released, byId, only).keys()]).toEqual(pending);
  });
});

describe("ticketRelease", () => {
  it("is the previous release with the new availability: tickets-changed entries only, revisions bumped", () => {
    const { snapshot, changes } = ticketRelease(released, new Map([[10, facts("sold-out", "https://t.example.org/10")]]));
    expect(changes).toEqual([
      { type: "tickets-changed", screeningId: 10, message: "Matewan (Sat 24 Oct 21:00, Cinema 1): now sold out; ticket link added" },
    ]);
    const [a, b] = [snapshot.screenings.find((s) => s.id === 10), snapshot.screenings.find((s) => s.id === 11)];
    expect(a).toEqual({ ...matewan, availability: "sold-out", ticketUrl: "https://t.example.org/10", revision: 1 });
    expect(b).toEqual({ ...salt, revision: 0 });
    expect(snapshot.films).toBe(released.films);
    expect(snapshot.edition).toBe(released.edition);
  });

  it("nothing pending: no changes", () => {
    expect(ticketRelease(released, new Map()).changes).toEqual([]);
  });
});
