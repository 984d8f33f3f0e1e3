import { describe, expect, it } from "vitest";
import { diffReleases, nextRevisions } from "./release-diff";
import { film, lisbonSnapshot, screening } from "./test-fixtures";

const [matewan, salt, modern] = [film(1, "Matewan", 135), film(2, "Salt of the Earth", 94), film(3, "Modern Times", 87)];
const films = [matewan, salt, modern];
const base = screening(10, 1, "2026-10-24T21:00:00+01:00", "2026-10-24T23:30:00+01:00", [1]);
const prev = lisbonSnapshot([base], films);

describe("diffReleases: named boundary cases", () => {
  const cases = [
    { name: "first release: everything new", prev: null, next: prev, types: ["new"], message: "New: Matewan, Sat 24 Oct 21:00, Cinema 1" },
    { name: "unchanged: no changes", prev, next: prev, types: [], message: undefined },
    {
      name: "new screening",
      prev,
      next: lisbonSnapshot([base, screening(11, 2, "2026-10-23T18:00:00+01:00", "2026-10-23T20:00:00+01:00", [2])], films),
      types: ["new"],
      message: "New: Salt of the Earth, Fri 23 Oct 18:00, Hall B",
    },
    {
      name: "moved venue",
      prev,
      next: lisbonSnapshot([{ ...base, venueId: 2 }], films),
      types: ["moved"],
      message: "Matewan moved from Cinema 1 to Hall B",
    },
    {
      name: "re-timed across midnight keeps the festival day",
      prev,
      next: lisbonSnapshot(
        [
          {
            ...base,
            startsAt: new Date("2026-10-25T00:30:00+01:00").toISOString(),
            endsAt: new Date("2026-10-25T02:30:00+00:00").toISOString(),
          },
        ],
        films,
      ),
      types: ["retimed"],
      message: "Matewan moved from Sat 24 Oct 21:00 to Sat 24 Oct 00:30 (after midnight)",
    },
    {
      name: "cancelled",
      prev,
      next: lisbonSnapshot([{ ...base, status: "cancelled" as const }], films),
      types: ["cancelled"],
      message: "Cancelled: Matewan (Sat 24 Oct 21:00, Cinema 1)",
    },
    {
      name: "film swapped",
      prev,
      next: lisbonSnapshot([{ ...base, filmIds: [3] }], films),
      types: ["films-changed"],
      message: "Sat 24 Oct 21:00, Cinema 1: Matewan is now Modern Times",
    },
    {
      name: "second film added to make a double bill",
      prev,
      next: lisbonSnapshot([{ ...base, filmIds: [1, 3] }], films),
      types: ["films-changed"],
      message: "Sat 24 Oct 21:00, Cinema 1: Matewan is now Matewan + Modern Times",
    },
    {
      name: "reinstated after cancellation",
      prev: lisbonSnapshot([{ ...base, status: "cancelled" as const }], films),
      next: prev,
      types: ["reinstated"],
      message: "Back on: Matewan, Sat 24 Oct 21:00, Cinema 1",
    },
    {
      name: "film details edited",
      prev,
      next: lisbonSnapshot([base], [film(1, "Matewan (restored)", 135), salt, modern]),
      types: ["films-changed"],
      message: "Sat 24 Oct 21:00, Cinema 1: details of Matewan (restored) updated",
    },
    {
      name: "programme title set: renamed from the films' titles",
      prev,
      next: lisbonSnapshot([{ ...base, title: "Shorts: Work and Hands" }], films),
      types: ["details-changed"],
      message: "Shorts: Work and Hands (Sat 24 Oct 21:00, Cinema 1): renamed from Matewan",
    },
    {
      name: "subtitles overridden on the screening",
      prev: lisbonSnapshot([{ ...base, title: "Shorts: Work and Hands" }], films),
      next: lisbonSnapshot([{ ...base, title: "Shorts: Work and Hands", subtitles: "Portuguese" }], films),
      types: ["details-changed"],
      message: "Shorts: Work and Hands (Sat 24 Oct 21:00, Cinema 1): now with Portuguese subtitles",
    },
    {
      name: "an override equal to the films' own language says nothing but 'details updated'",
      prev,
      next: lisbonSnapshot([{ ...base, languages: ["Portuguese"] }], films),
      types: ["films-changed"],
      message: "Sat 24 Oct 21:00, Cinema 1: details of Matewan updated",
    },
    {
      name: "languages, description, access marks and format in one entry",
      prev: lisbonSnapshot([{ ...base, accessibility: ["relaxed"], format: "DCP" }], films),
      next: lisbonSnapshot(
        [
          {
            ...base,
            languages: ["Portuguese", "English"],
            description: "Restored.",
            accessibility: ["open-captions", "step-free"],
            format: "35mm",
          },
        ],
        films,
      ),
      types: ["details-changed"],
      message:
        "Matewan (Sat 24 Oct 21:00, Cinema 1): description added; now in Portuguese and English; now with open captions and step-free access; no longer with relaxed screening; format now 35mm",
    },
    {
      name: "access marks in another order: unchanged",
      prev: lisbonSnapshot([{ ...base, accessibility: ["relaxed", "step-free"] }], films),
      next: lisbonSnapshot([{ ...base, accessibility: ["step-free", "relaxed"] }], films),
      types: [],
      message: undefined,
    },
    {
      name: "guest added",
      prev,
      next: lisbonSnapshot([{ ...base, guests: [{ personId: 7, name: "Ana Ferreira", role: "director" }] }], films),
      types: ["guests-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): guest added: Ana Ferreira (director)",
    },
    {
      name: "guest removed, another's role changed",
      prev: lisbonSnapshot(
        [
          {
            ...base,
            guests: [
              { personId: 7, name: "Ana Ferreira", role: "director" },
              { personId: 8, name: "Rui Costa", role: null },
            ],
          },
        ],
        films,
      ),
      next: lisbonSnapshot([{ ...base, guests: [{ personId: 7, name: "Ana Ferreira", role: "moderator" }] }], films),
      types: ["guests-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): guest now: Ana Ferreira (moderator); guest removed: Rui Costa",
    },
    {
      name: "now sold out",
      prev: lisbonSnapshot([{ ...base, availability: "few-left" }], films),
      next: lisbonSnapshot([{ ...base, availability: "sold-out" }], films),
      types: ["tickets-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): now sold out",
    },
    {
      name: "tickets on sale, with a link",
      prev,
      next: lisbonSnapshot([{ ...base, availability: "on-sale", ticketUrl: "https://tickets.example.org/1" }], films),
      types: ["tickets-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): tickets on sale; ticket link added",
    },
    {
      name: "sold out and a Q&A added: both said",
      prev,
      next: lisbonSnapshot([{ ...base, availability: "sold-out", qaMinutes: 20 }], films),
      types: ["tickets-changed", "films-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): now sold out",
    },
    {
      name: "ticket link changed",
      prev: lisbonSnapshot([{ ...base, ticketUrl: "https://tickets.example.org/1" }], films),
      next: lisbonSnapshot([{ ...base, ticketUrl: "https://tickets.example.org/2" }], films),
      types: ["tickets-changed"],
      message: "Matewan (Sat 24 Oct 21:00, Cinema 1): ticket link changed",
    },
    {
      name: "moved and sold out: one entry each",
      prev,
      next: lisbonSnapshot([{ ...base, venueId: 2, availability: "sold-out" }], films),
      types: ["moved", "tickets-changed"],
      message: "Matewan moved from Cinema 1 to Hall B",
    },
    {
      name: "cancelled and sold out: the cancellation only",
      prev,
      next: lisbonSnapshot([{ ...base, status: "cancelled" as const, availability: "sold-out" }], films),
      types: ["cancelled"],
      message: "Cancelled: Matewan (Sat 24 Oct 21:00, Cinema 1)",
    },
  ];
  it.each(cases)("$name", ({ prev: p, next, types, message }) => {
    const changes = diffReleases(p, next);
    expect(changes.map((c) => c.type)).toEqual(types);
    if (message) expect(changes[0]?.message).toBe(message);
  });
});

describe("nextRevisions", () => {
  it("starts at 0, keeps unchanged, bumps changed", () => {
    const first = nextRevisions(null, prev);
    expect(first.screenings[0]?.revision).toBe(0);
    expect(nextRevisions(first, prev).screenings[0]?.revision).toBe(0);
    const moved = nextRevisions(first, lisbonSnapshot([{ ...base, venueId: 2 }], films));
    expect(moved.screenings[0]?.revision).toBe(1);
    expect(nextRevisions(moved, lisbonSnapshot([{ ...base, venueId: 2, status: "cancelled" }], films)).screenings[0]?.revision).toBe(2);
  });

  it.each([
    ["subtitles", { subtitles: "Portuguese" }],
    ["access marks", { accessibility: ["audio-description" as const] }],
    ["a guest", { guests: [{ personId: 7, name: "Ana Ferreira", role: "director" }] }],
    ["availability", { availability: "sold-out" as const }],
    ["the ticket link", { ticketUrl: "https://tickets.example.org/1" }],
  ])("bumps the revision when %s change", (_what, extra) => {
    const first = nextRevisions(null, prev);
    expect(nextRevisions(first, lisbonSnapshot([{ ...base, ...extra }], films)).screenings[0]?.revision).toBe(1);
  });
});
