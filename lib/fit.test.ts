import { describe, expect, it } from "vitest";
import { checkFit, fitBadge, fitOfScreening, rankFilmsForSlot, screeningRefusal } from "./fit";
import { slotInstants } from "./slot-times";

const base = { preShowMinutes: 0, introMinutes: 0, qaMinutes: 0 };

/**
 * 00:30-02:30 on the night Lisbon's clocks go back (2026-10-25, 02:00 WEST -> 01:00 WET),
 * typed on festival day 2026-10-24: 120 minutes on the clock face, 180 real minutes.
 */
const dstNight = slotInstants("2026-10-24", "00:30", "02:30", "Europe/Lisbon");
const dstNightMinutes = "minutes" in dstNight ? dstNight.minutes : Number.NaN;

describe("checkFit: named boundary cases", () => {
  const cases: { name: string; input: Parameters<typeof checkFit>[0]; status: string; message: string; over?: number; spare?: number }[] = [
    {
      name: "the design card's example: over by 27",
      input: { ...base, slotMinutes: 180, preShowMinutes: 10, qaMinutes: 20, runtimes: [177] },
      status: "over",
      message: "10 + 177 + 20 = 207 min > 180 min slot, over by 27 min",
      over: 27,
    },
    {
      name: "177 min film alone in a 150 min slot",
      input: { ...base, slotMinutes: 150, runtimes: [177] },
      status: "over",
      message: "177 = 177 min > 150 min slot, over by 27 min",
      over: 27,
    },
    {
      name: "177 min film in a 195 min slot: 18 spare",
      input: { ...base, slotMinutes: 195, runtimes: [177] },
      status: "fits",
      message: "177 = 177 min <= 195 min slot, 18 min spare",
      spare: 18,
    },
    {
      name: "exactly equal fits",
      input: { ...base, slotMinutes: 180, preShowMinutes: 3, runtimes: [177] },
      status: "fits",
      message: "3 + 177 = 180 min = 180 min slot, fits exactly",
      spare: 0,
    },
    {
      name: "over by 1",
      input: { ...base, slotMinutes: 180, introMinutes: 4, runtimes: [177] },
      status: "over",
      message: "4 + 177 = 181 min > 180 min slot, over by 1 min",
      over: 1,
    },
    {
      name: "shorts programme sums every film",
      input: { ...base, slotMinutes: 90, introMinutes: 5, runtimes: [12, 20, 30], qaMinutes: 15 },
      status: "fits",
      message: "5 + 12 + 20 + 30 + 15 = 82 min <= 90 min slot, 8 min spare",
      spare: 8,
    },
    {
      name: "unknown runtime means unknown total",
      input: { ...base, slotMinutes: 120, runtimes: [90, null], titles: ["A", "B"] },
      status: "unknown",
      message: "90 + ? = ? min in a 120 min slot, runtime unknown (B)",
    },
    {
      name: "DST night (clocks go back): a 00:30-02:30 slot is 180 real minutes and holds a 177 min film",
      input: { ...base, slotMinutes: dstNightMinutes, runtimes: [177] },
      status: "fits",
      message: "177 = 177 min <= 180 min slot, 3 min spare",
      spare: 3,
    },
    {
      name: "DST night (clocks go back): a 181 min film is over the 00:30-02:30 slot by 1, not by 61",
      input: { ...base, slotMinutes: dstNightMinutes, runtimes: [181] },
      status: "over",
      message: "181 = 181 min > 180 min slot, over by 1 min",
      over: 1,
    },
  ];
  it.each(cases)("$name", ({ input, status, message, over, spare }) => {
    const fit = checkFit(input);
    expect(fit.status).toBe(status);
    expect(fit.message).toBe(message);
    if (over !== undefined) expect(fit.overByMinutes).toBe(over);
    if (spare !== undefined) expect(fit.spareMinutes).toBe(spare);
    expect(fit.slotMinutes).toBe(input.slotMinutes);
  });

  it("carries the terms as data in display order", () => {
    const fit = checkFit({
      slotMinutes: 180,
      preShowMinutes: 10,
      introMinutes: 5,
      qaMinutes: 20,
      runtimes: [177],
      titles: ["The Long Shift"],
    });
    expect(fit.terms).toEqual([
      { label: "pre-show", minutes: 10 },
      { label: "intro", minutes: 5 },
      { label: "The Long Shift", minutes: 177 },
      { label: "Q&A", minutes: 20 },
    ]);
    expect(fit.totalMinutes).toBe(212);
  });
});

describe("fitBadge", () => {
  it.each([
    { name: "spare", fit: checkFit({ ...base, slotMinutes: 102, runtimes: [90] }), label: "12 min spare" },
    { name: "exact", fit: checkFit({ ...base, slotMinutes: 90, runtimes: [90] }), label: "fits" },
    { name: "over", fit: checkFit({ ...base, slotMinutes: 150, runtimes: [177] }), label: "over by 27" },
    { name: "unknown", fit: checkFit({ ...base, slotMinutes: 150, runtimes: [null] }), label: "runtime unknown" },
  ])("$name -> $label", ({ fit, label }) => expect(fitBadge(fit).label).toBe(label));
});

describe("rankFilmsForSlot", () => {
  const films = [
    { id: 1, title: "Short", runtimeMinutes: 60, scheduled: false },
    { id: 2, title: "Exact", runtimeMinutes: 120, scheduled: false },
    { id: 3, title: "Too long", runtimeMinutes: 121, scheduled: false },
    { id: 4, title: "Unknown", runtimeMinutes: null, scheduled: false },
    { id: 5, title: "Near, screened", runtimeMinutes: 110, scheduled: true },
    { id: 6, title: "Near, unscreened", runtimeMinutes: 110, scheduled: false },
  ];
  it("puts a film that exactly fills the slot first, then least spare, unscreened before screened", () => {
    const ranked = rankFilmsForSlot(120, { preShowMinutes: 0, introMinutes: 0, qaMinutes: 0 }, films);
    expect(ranked.map((f) => f.id)).toEqual([2, 6, 5, 1]);
    expect(ranked[0]?.spareMinutes).toBe(0);
  });
  it("counts the extras", () => {
    const ranked = rankFilmsForSlot(120, { preShowMinutes: 10, introMinutes: 0, qaMinutes: 0 }, films);
    expect(ranked.map((f) => f.id)).toEqual([6, 5, 1]);
  });
});

describe("screeningRefusal: over the slot is refused unless cancelled; an unknown runtime may only be tentative", () => {
  const fits = checkFit({ ...base, slotMinutes: 120, runtimes: [90] });
  const exact = checkFit({ ...base, slotMinutes: 90, runtimes: [90] });
  const over = checkFit({ ...base, slotMinutes: 120, runtimes: [121] });
  const unknown = checkFit({ ...base, slotMinutes: 120, runtimes: [null] });
  it.each([
    { name: "fits, confirmed", fit: fits, status: "confirmed", refusal: null },
    { name: "fits exactly, confirmed", fit: exact, status: "confirmed", refusal: null },
    { name: "fits, tentative", fit: fits, status: "tentative", refusal: null },
    { name: "over by 1, confirmed", fit: over, status: "confirmed", refusal: "does-not-fit" },
    { name: "over by 1, tentative: pencilling in does not make it fit", fit: over, status: "tentative", refusal: "does-not-fit" },
    { name: "over by 1, cancelled: a cancelled screening keeps its slot", fit: over, status: "cancelled", refusal: null },
    { name: "runtime unknown, confirmed", fit: unknown, status: "confirmed", refusal: "runtime-unknown" },
    { name: "runtime unknown, tentative", fit: unknown, status: "tentative", refusal: null },
    { name: "runtime unknown, cancelled", fit: unknown, status: "cancelled", refusal: null },
  ] as const)("$name -> $refusal", ({ fit, status, refusal }) => expect(screeningRefusal(fit, status)).toBe(refusal));
});

describe("fitOfScreening", () => {
  it("adds the extras to the films' runtimes, labelled by display title", () => {
    const fit = fitOfScreening(180, { preShowMinutes: 10, introMinutes: 0, qaMinutes: 20 }, [
      { runtimeMinutes: 177, displayTitle: "Matewan" },
    ]);
    expect(fit.message).toBe("10 + 177 + 20 = 207 min > 180 min slot, over by 27 min");
    expect(fit.terms.map((t) => t.label)).toEqual(["pre-show", "Matewan", "Q&A"]);
  });
});
