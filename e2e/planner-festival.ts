/**
 * A hand-made festival for the planner's tests where earliest-first greedy is wrong:
 * Matewan at 10:00 (Cinema 1) and 14:00 (Cinema 1); Salt of the Earth only at 11:00 (Hall B);
 * Norma Rae at 16:10 (Hall B, 15 minutes' walk from Cinema 1) and on the 24th at 18:00.
 * Greedy takes Matewan at 10:00 and loses Salt of the Earth; the best plan is Salt 11:00,
 * Matewan 14:00, Norma Rae on the 24th (16:10 is too close once the walk is counted).
 */
import { type APIRequestContext, expect } from "@playwright/test";
import { makeEdition, makeFilm, makeSlot, uniqueSlug } from "./helpers";

export async function publish(api: APIRequestContext, slug: string) {
  const res = await api.post(`/api/v1/editions/${slug}/releases`, { data: {} });
  expect(res.status(), await res.text()).toBe(201);
}

async function screen(api: APIRequestContext, slug: string, venueId: number, from: string, to: string, filmIds: number[]) {
  const slot = await makeSlot(api, slug, venueId, from, to);
  const res = await api.put(`/api/v1/editions/${slug}/slots/${slot.id}/screening`, { data: { filmIds } });
  expect(res.status(), await res.text()).toBe(200);
  return { slotId: slot.id as number, id: (await res.json()).screening.id as number };
}

export async function plannerFestival(api: APIRequestContext) {
  const ed = await makeEdition(api);
  const tag = uniqueSlug("p");
  const walk = await api.put(`/api/v1/editions/${ed.slug}/walking-minutes`, {
    data: { minutes: [{ fromVenueId: ed.venueId, toVenueId: ed.venue2Id, minutes: 15 }] },
  });
  expect(walk.status(), await walk.text()).toBe(200);
  const titles = { matewan: `Matewan ${tag}`, salt: `Salt of the Earth ${tag}`, norma: `Norma Rae ${tag}` };
  const film = async (title: string) => makeFilm(api, { title, year: 1987, directors: ["Jane Doe"], runtimeMinutes: 90 });
  const films = { matewan: await film(titles.matewan), salt: await film(titles.salt), norma: await film(titles.norma) };
  const s = {
    matewan10: await screen(api, ed.slug, ed.venueId, "2026-10-23T10:00:00+01:00", "2026-10-23T12:00:00+01:00", [films.matewan]),
    salt11: await screen(api, ed.slug, ed.venue2Id, "2026-10-23T11:00:00+01:00", "2026-10-23T13:00:00+01:00", [films.salt]),
    matewan14: await screen(api, ed.slug, ed.venueId, "2026-10-23T14:00:00+01:00", "2026-10-23T16:00:00+01:00", [films.matewan]),
    norma1610: await screen(api, ed.slug, ed.venue2Id, "2026-10-23T16:10:00+01:00", "2026-10-23T18:00:00+01:00", [films.norma]),
    norma24: await screen(api, ed.slug, ed.venueId, "2026-10-24T18:00:00+01:00", "2026-10-24T20:00:00+01:00", [films.norma]),
  };
  await publish(api, ed.slug);
  return { ed, titles, films, s };
}
