import { expect, test } from "@playwright/test";
import { anonymous, makeEdition, signedIn } from "@/e2e/helpers";
import { plannerFestival } from "@/e2e/planner-festival";

test.describe("GET /api/v1/editions/{slug}/planner (public)", () => {
  test("the best plan where greedy is wrong, missed films with reasons, 404s and bad input naming the field", async () => {
    const api = await signedIn();
    const { ed, films, s, titles } = await plannerFestival(api);
    const pub = await anonymous();
    const url = (q: string) => `/api/v1/editions/${ed.slug}/planner?${q}`;
    const all = `films=${films.matewan},${films.salt},${films.norma}`;
    const res = await pub.get(url(`${all}&breakMinutes=0`));
    expect(res.status(), await res.text()).toBe(200);
    const body = await res.json();
    expect(body.plan.map((p: { screeningId: number }) => p.screeningId)).toEqual([s.salt11.id, s.matewan14.id, s.norma24.id]);
    expect(body.plan[0]).toMatchObject({ filmId: films.salt, startsAt: "2026-10-23T11:00:00+01:00", endsAt: "2026-10-23T13:00:00+01:00" });
    expect(body.plan[0].venue.name).toBe("Hall B");
    expect(body.missed).toEqual([]);

    // Matewan a must-see and only the 23rd's evening: Norma Rae's one screening that day clashes once the walk is counted.
    const must = await (await pub.get(url(`${all}&must=${films.matewan}&from=10:00&to=19:00`))).json();
    expect(must.missed).toEqual([
      { filmId: films.norma, title: titles.norma, reason: `its only screening clashes with ${titles.matewan}, a must-see` },
    ]);
    const late = await (await pub.get(url(`films=${films.salt}&from=14:00&to=23:30`))).json();
    expect(late).toMatchObject({ plan: [], missed: [{ filmId: films.salt, reason: "no screening between 14:00 and 23:30" }] });

    for (const [q, field, status] of [
      ["films=abc", "films", 400],
      ["", "films", 400],
      [`films=${films.salt}&from=25:00`, "from", 400],
      [`films=${films.salt}&breakMinutes=-5`, "breakMinutes", 400],
      [`films=${films.salt}&from=20:00&to=10:00`, "to", 422],
    ] as const) {
      const bad = await pub.get(url(q));
      expect(bad.status(), q).toBe(status);
      expect(Object.keys((await bad.json()).error.fields), q).toContain(field);
    }
    expect((await pub.get(`/api/v1/editions/no-such-edition/planner?films=1`)).status()).toBe(404);
    const unreleased = await makeEdition(api);
    expect((await pub.get(`/api/v1/editions/${unreleased.slug}/planner?films=1`)).status()).toBe(404);
  });
});
