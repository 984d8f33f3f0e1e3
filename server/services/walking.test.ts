import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/server/auth";
import { ServiceError } from "@/server/errors";
import { freshDatabase } from "@/server/test/db";
import { createEdition, createVenue } from "./editions";
import { getWalkingMinutes, putWalkingMatrix, putWalkingMinutes } from "./walking";

let admin: User;
let run = 0;

beforeAll(() => {
  ({ admin } = freshDatabase());
});

function edition() {
  const slug = `walk-${++run}`;
  createEdition(admin, { slug, name: "Walk", firstDay: "2026-10-23", lastDay: "2026-10-25", timeZone: "Europe/Lisbon" });
  const [a = 0, b = 0, c = 0] = ["Cinema Operário", "Sala Estúdio", "Ateliê"].map((name) => createVenue(admin, slug, { name }).id);
  return { slug, a, b, c };
}

function refusal(fn: () => unknown): { status: number; message: string; fields: Record<string, string> } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return { status: e.status, message: e.message, fields: e.fields };
  }
}

describe("the admin's matrix (putWalkingMatrix)", () => {
  it("saves each filled box one way, empty boxes none", () => {
    const { slug, a, b, c } = edition();
    putWalkingMatrix(admin, slug, [
      { fromVenueId: a, toVenueId: b, minutes: 2 },
      { fromVenueId: a, toVenueId: c, minutes: null },
      { fromVenueId: b, toVenueId: c, minutes: 11 },
    ]);
    expect(getWalkingMinutes(admin, slug).minutes).toEqual([
      { fromVenueId: a, toVenueId: b, minutes: 2 },
      { fromVenueId: b, toVenueId: c, minutes: 11 },
    ]);
  });

  it("a box that is not whole minutes: 400 naming the box and, in words, its two venues; nothing written", () => {
    const { slug, a, b, c } = edition();
    putWalkingMinutes(admin, slug, { minutes: [{ fromVenueId: a, toVenueId: b, minutes: 5 }] });
    for (const minutes of [-3, 241, 2.5, Number.NaN]) {
      const r = refusal(() =>
        putWalkingMatrix(admin, slug, [
          { fromVenueId: a, toVenueId: b, minutes: 9 },
          { fromVenueId: a, toVenueId: c, minutes },
        ]),
      );
      expect(r).toEqual({
        status: 400,
        message: "The walk between Cinema Operário and Ateliê must be whole minutes from 0 to 240, or empty",
        fields: { [`walk-${a}-${c}`]: "must be whole minutes from 0 to 240, or empty" },
      });
    }
    expect(getWalkingMinutes(admin, slug).minutes).toEqual([{ fromVenueId: a, toVenueId: b, minutes: 5 }]);
  });

  it("a venue of another edition in a box: 400, as the API answers", () => {
    const one = edition();
    const other = edition();
    const r = refusal(() => putWalkingMatrix(admin, one.slug, [{ fromVenueId: one.a, toVenueId: other.b, minutes: 3 }]));
    expect(r?.status).toBe(400);
    expect(r?.fields).toEqual({ "minutes.0.toVenueId": "is not a venue of this edition" });
  });
});
