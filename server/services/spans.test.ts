/**
 * A patch merged onto the record obeys the same span rules (lib/spans) as a whole create:
 * a slot's end moved alone, or an edition's last day moved alone.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { lisbonEdition } from "@/server/test/db";
import { createVenue, updateEdition } from "./editions";
import { createSlot, updateSlot } from "./schedule";

let admin: User;
let venueId: number;
const slug = "spans-test";

beforeEach(() => {
  admin = lisbonEdition(slug, "Spans");
  venueId = createVenue(admin, slug, { name: "Cinema 1" }).id;
});

function refusal(fn: () => unknown): { code: string; fields: Record<string, string> } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ServiceError) return { code: e.code, fields: e.fields };
    throw e;
  }
  throw new Error("was not refused");
}

describe("patches obey the span rules", () => {
  it("a slot's end moved alone past 24 hours is refused, naming endsAt", () => {
    const slot = createSlot(admin, slug, { venueId, startsAt: "2026-10-24T20:00:00+01:00", endsAt: "2026-10-24T22:00:00+01:00" });
    expect(refusal(() => updateSlot(admin, slug, slot.id, { endsAt: "2026-10-26T20:00:00+00:00" }))).toEqual({
      code: "bad_request",
      fields: { endsAt: "a slot lasts at most 24 hours" },
    });
  });

  it("a slot's start moved alone past its end is refused, naming endsAt", () => {
    const slot = createSlot(admin, slug, { venueId, startsAt: "2026-10-24T20:00:00+01:00", endsAt: "2026-10-24T22:00:00+01:00" });
    expect(refusal(() => updateSlot(admin, slug, slot.id, { startsAt: "2026-10-24T23:00:00+01:00" })).fields).toEqual({
      endsAt: "must be after startsAt",
    });
  });

  it("an edition's last day moved alone before its first, or 367 days on, is refused, naming lastDay", () => {
    expect(refusal(() => updateEdition(admin, slug, { lastDay: "2026-10-22" })).fields).toEqual({ lastDay: "must not be before firstDay" });
    expect(refusal(() => updateEdition(admin, slug, { lastDay: "2027-10-24" })).fields).toEqual({
      lastDay: "an edition lasts at most 366 days",
    });
    expect(updateEdition(admin, slug, { lastDay: "2027-10-23" }).lastDay).toBe("2027-10-23");
  });
});
