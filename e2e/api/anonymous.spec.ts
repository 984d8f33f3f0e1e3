import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "@/e2e/constants";
import { anonymous } from "@/e2e/helpers";

// Every mutation and every read of unreleased data refuses the public with 401; public reads need nothing.
const refused: [string, string, unknown?][] = [
  ["GET", "/api/v1/films"],
  ["POST", "/api/v1/films", { title: "x" }],
  ["GET", "/api/v1/films/1"],
  ["PATCH", "/api/v1/films/1", { title: "x" }],
  ["DELETE", "/api/v1/films/1"],
  ["GET", "/api/v1/editions"],
  ["POST", "/api/v1/editions", { slug: "anon", name: "x", firstDay: "2026-01-01", lastDay: "2026-01-02", timeZone: "UTC" }],
  ["GET", `/api/v1/editions/${DEMO_SLUG}`],
  ["PATCH", `/api/v1/editions/${DEMO_SLUG}`, { name: "x" }],
  ["GET", `/api/v1/editions/${DEMO_SLUG}/venues`],
  ["POST", `/api/v1/editions/${DEMO_SLUG}/venues`, { name: "x" }],
  ["PATCH", `/api/v1/editions/${DEMO_SLUG}/venues/1`, { name: "x" }],
  ["DELETE", `/api/v1/editions/${DEMO_SLUG}/venues/1`],
  ["GET", `/api/v1/editions/${DEMO_SLUG}/slots`],
  [
    "POST",
    `/api/v1/editions/${DEMO_SLUG}/slots`,
    { venueId: 1, startsAt: "2026-10-23T10:00:00+01:00", endsAt: "2026-10-23T12:00:00+01:00" },
  ],
  ["GET", `/api/v1/editions/${DEMO_SLUG}/slots/1`],
  ["PATCH", `/api/v1/editions/${DEMO_SLUG}/slots/1`, { startsAt: "2026-10-23T10:00:00+01:00" }],
  ["DELETE", `/api/v1/editions/${DEMO_SLUG}/slots/1`],
  ["PUT", `/api/v1/editions/${DEMO_SLUG}/slots/1/screening`, { filmIds: [1] }],
  ["DELETE", `/api/v1/editions/${DEMO_SLUG}/slots/1/screening`],
  ["GET", `/api/v1/editions/${DEMO_SLUG}/conflicts`],
  ["GET", `/api/v1/editions/${DEMO_SLUG}/releases/preview`],
  ["POST", `/api/v1/editions/${DEMO_SLUG}/releases`, {}],
];

test.describe("anonymous callers", () => {
  for (const [method, path, body] of refused) {
    test(`${method} ${path} -> 401`, async () => {
      const api = await anonymous();
      const res = await api.fetch(path, { method, data: body });
      expect(res.status()).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    });
  }

  test("public reads need no login", async () => {
    const api = await anonymous();
    expect((await api.get(`/api/v1/editions/${DEMO_SLUG}/schedule`)).status()).toBe(200);
    expect((await api.get(`/api/v1/editions/${DEMO_SLUG}/releases`)).status()).toBe(200);
    expect((await api.get(`/schedule/${DEMO_SLUG}`)).status()).toBe(200);
  });
});
